import { describe, expect, it } from 'vitest';
import { peopleActivities, peopleGaps } from './plan';
import type { CheckedPerson } from './checks';
import type { CheckKind, PersonCheck } from './types';

const TODAY = '2026-12-01';
const ALL = new Set([
	'HR-01',
	'HR-02',
	'HR-04',
	'HR-07',
	'HR-08',
	'END-01',
	'IAM-02',
	'IAM-04',
	'IAM-05'
]);
const CRITERIA: Record<string, string[]> = {
	'HR-04': ['CC1.4', 'CC2.2'],
	'IAM-05': ['CC6.2', 'CC6.3'],
	'HR-08': ['CC6.2']
};
const criteriaOf = (id: string) => CRITERIA[id] ?? [];

const p = (id: string, startDate: string, endDate: string | null = null): CheckedPerson => ({
	id,
	startDate,
	endDate,
	inScope: true,
	companyDevice: false
});
const c = (personId: string, kind: CheckKind, date: string): PersonCheck => ({
	personId,
	kind,
	date
});
const firstDay = (id: string, d: string) =>
	(['background_check', 'policy_acknowledgement', 'mfa_enabled', 'access_granted'] as const).map(
		(k) => c(id, k, d)
	);

describe('peopleGaps', () => {
	it('one task per kind of overdue check, counting people and naming none, most urgent first', () => {
		// Training due 30 days after start: ann (start 2026-09-01, due 2026-10-01) and cy (start
		// 2026-10-15, due 2026-11-14) are overdue; dee (start 2026-11-20, due 2026-12-20) is not yet.
		// ben left on 2026-11-20: access removal due 2026-11-21, never recorded -> overdue.
		const people = [
			p('ann', '2026-09-01'),
			p('cy', '2026-10-15'),
			p('dee', '2026-11-20'),
			p('ben', '2025-01-06', '2026-11-20')
		];
		const checks = [
			...firstDay('ann', '2026-09-01'),
			...firstDay('cy', '2026-10-15'),
			...firstDay('dee', '2026-11-20'),
			...firstDay('ben', '2025-01-06'),
			c('ben', 'security_training', '2025-01-10'),
			c('ben', 'security_training', '2026-01-09'),
			c('ben', 'policy_acknowledgement', '2026-01-06')
		];
		const gaps = peopleGaps(people, checks, TODAY, { criteriaOf, applicable: ALL });
		expect(gaps.map((g) => [g.gapKey, g.title, g.controlIds, g.priority])).toEqual([
			[
				'people-check:access_removed',
				"Remove leavers' access: overdue for 1 person (the oldest due 21 Nov 2026)",
				['IAM-05', 'HR-08'],
				'high'
			],
			[
				'people-check:security_training',
				'Security awareness training: overdue for 2 people (the oldest due 1 Oct 2026)',
				['HR-04'],
				'medium'
			]
		]);
		expect(gaps[0]?.criteria).toEqual(['CC6.2', 'CC6.3']);
		expect(gaps[1]?.ownerDepartment).toBe('HR');
		expect(gaps[1]?.effortDays).toBe(0.5);
	});

	it('gives no task for checks whose controls are out of scope', () => {
		const gaps = peopleGaps([p('ann', '2026-09-01')], [], TODAY, {
			criteriaOf,
			applicable: new Set(['HR-04'])
		});
		expect(gaps.map((g) => g.gapKey)).toEqual(['people-check:security_training']);
	});
});

describe('peopleActivities', () => {
	it('nothing without anyone in scope', () => {
		expect(peopleActivities([], [], TODAY)).toEqual([]);
		expect(peopleActivities([{ ...p('x', '2026-01-05'), inScope: false }], [], TODAY)).toEqual([]);
	});

	it('the yearly rounds take the earliest due date and are overdue when anyone is', () => {
		// ann trained 2025-12-10: next due 2026-12-10, on time. cy trained 2025-11-20: due 2026-11-20, overdue.
		const people = [p('ann', '2025-11-03'), p('cy', '2025-11-03')];
		const checks = [
			...firstDay('ann', '2025-11-03'),
			...firstDay('cy', '2025-11-03'),
			c('ann', 'security_training', '2025-12-10'),
			c('cy', 'security_training', '2025-11-20')
		];
		const [training, , monthly] = peopleActivities(people, checks, TODAY);
		expect(training).toMatchObject({
			id: 'people:security_training',
			interval: { unit: 'year', count: 1 },
			nextDue: '2026-11-20',
			lastDone: '2025-12-10',
			overdue: true,
			source: 'people'
		});
		expect(monthly).toMatchObject({ id: 'people:joiners-leavers', overdue: false, nextDue: TODAY });
	});
});
