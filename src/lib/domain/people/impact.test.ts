import { describe, expect, it } from 'vitest';
import { accessReviewImpact, peopleControlImpact, type ControlPeopleImpact } from './impact';
import type { CheckedPerson } from './checks';
import type { AccessReviewCounts } from './access-review';
import type { CheckKind, PersonCheck } from './types';

const TODAY = '2026-12-03';
const WINDOW = { start: '2026-06-01', end: '2026-11-30' };

const PEOPLE: CheckedPerson[] = [
	{
		id: 'alice-secret',
		startDate: '2026-07-01',
		endDate: null,
		inScope: true,
		companyDevice: true
	},
	{ id: 'bob', startDate: '2026-08-03', endDate: '2026-10-30', inScope: true, companyDevice: true },
	{ id: 'cy', startDate: '2025-01-06', endDate: null, inScope: true, companyDevice: false },
	{ id: 'dee', startDate: '2026-07-01', endDate: null, inScope: false, companyDevice: true }
];

const c = (personId: string, kind: CheckKind, date: string): PersonCheck => ({
	personId,
	kind,
	date
});

const CHECKS: PersonCheck[] = [
	c('alice-secret', 'background_check', '2026-06-30'),
	c('alice-secret', 'security_training', '2026-07-20'),
	c('alice-secret', 'policy_acknowledgement', '2026-07-01'),
	c('alice-secret', 'device_enrolled', '2026-07-01'),
	c('alice-secret', 'mfa_enabled', '2026-07-03'),
	c('alice-secret', 'access_granted', '2026-07-01'),
	c('bob', 'background_check', '2026-08-05'),
	c('bob', 'policy_acknowledgement', '2026-08-03'),
	c('bob', 'device_enrolled', '2026-08-03'),
	c('bob', 'mfa_enabled', '2026-08-03'),
	c('bob', 'access_granted', '2026-08-03'),
	c('bob', 'access_removed', '2026-11-02'),
	c('bob', 'device_returned', '2026-11-05'),
	c('cy', 'background_check', '2025-01-10'),
	c('cy', 'security_training', '2025-01-20'),
	c('cy', 'security_training', '2026-01-15'),
	c('cy', 'policy_acknowledgement', '2025-01-06'),
	c('cy', 'policy_acknowledgement', '2026-01-06'),
	c('cy', 'mfa_enabled', '2025-01-06'),
	c('cy', 'access_granted', '2025-01-06')
];

function row(
	controlId: string,
	[checked, done, doneLate, overdue, due, gaps]: number[],
	completionBp: number | null,
	onTimeBp: number | null
): ControlPeopleImpact {
	return {
		controlId: controlId as ControlPeopleImpact['controlId'],
		checked: checked ?? 0,
		done: done ?? 0,
		doneLate: doneLate ?? 0,
		overdue: overdue ?? 0,
		due: due ?? 0,
		gaps: gaps ?? 0,
		completionBp,
		onTimeBp
	};
}

describe('peopleControlImpact', () => {
	it('counts people per control for a Type II window', () => {
		const got = peopleControlImpact(PEOPLE, CHECKS, {
			today: TODAY,
			reportType: 'type2',
			window: WINDOW
		});
		// [checked, done, doneLate, overdue, due, gaps]
		expect(got).toEqual([
			row('HR-02', [3, 1, 2, 0, 0, 1], 10000, 3333),
			row('HR-07', [3, 1, 2, 0, 0, 1], 10000, 3333),
			row('HR-04', [3, 2, 0, 1, 0, 1], 6667, 6667),
			row('HR-01', [3, 3, 0, 0, 0, 0], 10000, 10000),
			row('END-01', [2, 2, 0, 0, 0, 0], 10000, 10000),
			row('IAM-02', [3, 3, 0, 0, 0, 0], 10000, 10000),
			row('IAM-04', [3, 3, 0, 0, 0, 0], 10000, 10000),
			row('IAM-05', [1, 0, 1, 0, 0, 1], 10000, 0),
			row('HR-08', [1, 0, 1, 0, 0, 1], 10000, 0)
		]);
	});

	it('makes a leaver whose access was removed late a gap on the offboarding control', () => {
		const got = peopleControlImpact(PEOPLE, CHECKS, {
			today: TODAY,
			reportType: 'type2',
			window: WINDOW
		});
		expect(got.find((r) => r.controlId === 'IAM-05')?.gaps).toBe(1);
	});

	it('counts lateness before the window only without a window', () => {
		const got = peopleControlImpact(PEOPLE, CHECKS, { today: TODAY, reportType: 'type2' });
		expect(got.find((r) => r.controlId === 'HR-02')?.gaps).toBe(2);
		expect(got.find((r) => r.controlId === 'HR-07')?.gaps).toBe(2);
	});

	it('counts only overdue checks as gaps for Type I', () => {
		const got = peopleControlImpact(PEOPLE, CHECKS, { today: TODAY, reportType: 'type1' });
		expect(got.map((r) => [r.controlId, r.gaps])).toEqual([
			['HR-02', 0],
			['HR-07', 0],
			['HR-04', 1],
			['HR-01', 0],
			['END-01', 0],
			['IAM-02', 0],
			['IAM-04', 0],
			['IAM-05', 0],
			['HR-08', 0]
		]);
	});

	it('leaves rates empty while nothing is due yet', () => {
		const joiner: CheckedPerson = { ...PEOPLE[0]!, startDate: '2027-01-04' };
		const got = peopleControlImpact([joiner], [], { today: TODAY, reportType: 'type2' });
		expect(got[0]).toEqual(row('HR-02', [1, 0, 0, 0, 1, 0], null, null));
	});

	it('gives zeros for an empty roster', () => {
		const got = peopleControlImpact([], [], { today: TODAY, reportType: 'type2' });
		expect(got.every((r) => r.checked === 0 && r.completionBp === null)).toBe(true);
		expect(got).toHaveLength(9);
	});

	it('names no person in its output', () => {
		const text = JSON.stringify(
			peopleControlImpact(PEOPLE, CHECKS, { today: TODAY, reportType: 'type2' })
		);
		expect(text).not.toContain('alice-secret');
		expect(text).not.toContain('bob');
	});
});

describe('accessReviewImpact', () => {
	const counts = (over: Partial<AccessReviewCounts>): AccessReviewCounts => ({
		accounts: 10,
		matched: 8,
		matchedByEmail: 8,
		matchedByName: 0,
		leavers: 0,
		unknown: 0,
		shared: 0,
		ambiguous: 0,
		...over
	});

	it("sums each system's latest completed review and dates the control", () => {
		const got = accessReviewImpact([
			{ systemName: 'GitHub', completedAt: '2026-07-01', counts: counts({ leavers: 5 }) },
			{
				systemName: 'GitHub',
				completedAt: '2026-10-01',
				counts: counts({ leavers: 1, shared: 2 })
			},
			{
				systemName: 'AWS',
				completedAt: '2026-09-15',
				counts: counts({ unknown: 1, ambiguous: 1 })
			},
			{ systemName: 'Okta', completedAt: null, counts: counts({ leavers: 9 }) }
		]);
		expect(got).toEqual({
			lastCompletedAt: '2026-10-01',
			systemsReviewed: 2,
			leaverAccounts: 1,
			unknownAccounts: 2,
			sharedAccounts: 2,
			controls: { accessReview: 'IAM-07', accessRemoval: 'IAM-05', uniqueAccounts: 'IAM-03' }
		});
	});

	it('reports nothing before any review is complete', () => {
		expect(accessReviewImpact([])).toMatchObject({
			lastCompletedAt: null,
			systemsReviewed: 0,
			leaverAccounts: 0
		});
	});
});
