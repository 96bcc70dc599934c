import { describe, expect, it } from 'vitest';
import { accessReviewDates, peopleVerdict, trailingWindow } from './verdict';
import type { AccessReview, CheckKind, Person, PersonCheck } from './types';

const TODAY = '2026-12-01';

function person(id: string, startDate: string, endDate: string | null = null): Person {
	return {
		id,
		name: `Name of ${id}`,
		email: `${id}@example.com`,
		role: 'Engineer',
		department: 'Engineering',
		manager: '',
		startDate,
		endDate,
		employmentType: 'employee',
		inScope: true,
		companyDevice: false
	};
}
const check = (personId: string, kind: CheckKind, date: string): PersonCheck => ({
	personId,
	kind,
	date
});

const ALL = new Set([
	'HR-01',
	'HR-02',
	'HR-04',
	'HR-07',
	'HR-08',
	'END-01',
	'IAM-02',
	'IAM-04',
	'IAM-05',
	'IAM-07'
]);

/** Every onboarding check of a device-less person on their first day (training within 30 days). */
function onboarded(id: string, start: string): PersonCheck[] {
	return (
		['background_check', 'policy_acknowledgement', 'mfa_enabled', 'access_granted'] as const
	).map((k) => check(id, k, start));
}

describe('peopleVerdict', () => {
	it('is null without a roster or a review: nothing to judge', () => {
		expect(
			peopleVerdict(
				{ people: [], personChecks: [], accessReviews: [] },
				{ today: TODAY, observationMonths: 6, applicable: ALL }
			)
		).toBeNull();
	});

	it('the trailing window ends today and starts the window length before', () => {
		expect(trailingWindow(TODAY, 6)).toEqual({ start: '2026-06-01', end: '2026-12-01' });
		expect(trailingWindow('2026-03-31', 1)).toEqual({ start: '2026-02-28', end: '2026-03-31' });
	});

	it('an overdue training blocks both types; a late removal inside the window blocks Type II only', () => {
		// ann: joined 2026-09-01, no training by 2026-10-01 -> overdue today (HR-04).
		// ben: left 2026-08-14 (a Friday); access removed 2026-08-20, six days after the 1-day deadline
		// (2026-08-15), inside the window 2026-06-01..2026-12-01 -> late on IAM-05 and HR-08.
		const people = [person('ann', '2026-09-01'), person('ben', '2025-01-06', '2026-08-14')];
		const checks = [
			...onboarded('ann', '2026-09-01'),
			...onboarded('ben', '2025-01-06'),
			check('ben', 'security_training', '2025-01-20'),
			check('ben', 'security_training', '2026-01-10'),
			check('ben', 'policy_acknowledgement', '2026-01-06'),
			check('ben', 'access_removed', '2026-08-20')
		];
		const v = peopleVerdict(
			{ people, personChecks: checks, accessReviews: [] },
			{ today: TODAY, observationMonths: 6, applicable: ALL }
		);
		expect(v?.rosterSize).toBe(2);
		expect(v?.blockers.type1.map((b) => b.ref)).toEqual(['HR-04']);
		expect(v?.blockers.type1[0]?.text).toBe(
			'HR-04 people checks (security awareness training): 1 person overdue of 2 checked.'
		);
		expect(v?.blockers.type2.map((b) => b.ref)).toEqual(['HR-04', 'IAM-05', 'HR-08']);
		expect(v?.blockers.type2.find((b) => b.ref === 'IAM-05')?.text).toBe(
			'IAM-05 people checks (access removed): 1 person done after the deadline inside the observation window of 1 checked.'
		);
		// Nothing names a person.
		for (const b of [...(v?.blockers.type1 ?? []), ...(v?.blockers.type2 ?? [])])
			expect(b.text).not.toMatch(/ann|ben|Name of/);
	});

	it('leaves out controls the scoping made not applicable', () => {
		const v = peopleVerdict(
			{ people: [person('ann', '2026-09-01')], personChecks: [], accessReviews: [] },
			{ today: TODAY, observationMonths: 6, applicable: new Set(['IAM-05']) }
		);
		expect(v?.blockers.type1).toEqual([]);
		expect(v?.controls.type1.map((c) => c.controlId)).toEqual(['IAM-05']);
	});

	it("counts a leaver's account in the latest completed review against IAM-05, and not an open review", () => {
		const people = [person('ann', '2024-01-08'), person('ben', '2024-01-08', '2026-10-02')];
		const review = (id: string, completedAt: string | null, reviewDate: string): AccessReview => ({
			id,
			systemName: 'GitHub',
			reviewDate,
			reviewer: 'Sam',
			completedAt,
			accounts: [{ account: 'ann@example.com' }, { account: 'ben@example.com' }],
			decisions: []
		});
		const open = peopleVerdict(
			{ people, personChecks: [], accessReviews: [review('r1', null, '2026-11-02')] },
			{ today: TODAY, observationMonths: 6, applicable: ALL }
		);
		expect(open?.blockers.type1.filter((b) => b.text.includes('access review'))).toEqual([]);
		const done = peopleVerdict(
			{ people, personChecks: [], accessReviews: [review('r1', '2026-11-03', '2026-11-02')] },
			{ today: TODAY, observationMonths: 6, applicable: ALL }
		);
		const found = done?.blockers.type1.filter((b) => b.text.includes('access review'));
		expect(found).toEqual([
			{
				kind: 'people',
				ref: 'IAM-05',
				text: "IAM-05: 1 leaver's account still listed after they left, in the latest completed access review of a system."
			}
		]);
		expect(done?.access.lastCompletedAt).toBe('2026-11-03');
	});
});

describe('accessReviewDates', () => {
	it('lists completed reviews once each, oldest first', () => {
		expect(
			accessReviewDates([
				{ completedAt: '2026-09-01' },
				{ completedAt: null },
				{ completedAt: '2026-03-01' },
				{ completedAt: '2026-09-01' }
			])
		).toEqual(['2026-03-01', '2026-09-01']);
	});
});
