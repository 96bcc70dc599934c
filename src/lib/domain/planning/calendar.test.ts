import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeInterval, nextAfter, recurringActivities } from './calendar';
import { addDays } from '../dates';
import {
	MINI_CATALOG,
	TODAY,
	controlState,
	evaluateMini,
	policyState,
	type MiniData
} from '../../testing/planning';
import type { CalendarActivity } from '../types';

function activities(data: MiniData = {}, extra?: CalendarActivity[]) {
	return recurringActivities({
		evaluation: evaluateMini(data),
		catalog: MINI_CATALOG,
		policyStates: data.policies ?? [],
		today: TODAY,
		extra
	});
}
const byId = (list: CalendarActivity[]) => new Map(list.map((a) => [a.id, a]));

describe('recurringActivities', () => {
	it('lists periodic controls and policy reviews, leaving out daily, continuous and out-of-scope ones', () => {
		expect(
			activities()
				.map((a) => a.id)
				.sort()
		).toEqual(
			[
				'control:ENG-01',
				'control:GOV-01',
				'control:IAM-07',
				'policy-review:POL-ACCESS',
				'policy-review:POL-HR',
				'policy-review:POL-ISP'
			].sort()
		);
	});

	it('adds the activities inside a continuous control once it is implemented', () => {
		const id = 'activity:IAM-01:sso-report';
		expect(byId(activities()).has(id)).toBe(false);
		const list = byId(
			activities({
				controls: [
					controlState('IAM-01', {
						status: 'implemented',
						ownerName: 'Ana',
						activityDates: { 'sso-report': ['2026-12-10', '2026-11-08'] }
					})
				]
			})
		);
		expect(list.get(id)).toEqual({
			id,
			title: 'Review the sign-on exceptions report',
			description:
				'Part of control IAM-01 (Single sign-on), performed every month. Last done on 10 Dec 2026. Record the date in the app each time it is done.',
			interval: { unit: 'month', count: 1 },
			ownerName: 'Ana',
			ownerDepartment: 'IT & Security',
			lastDone: '2026-12-10',
			nextDue: '2027-01-10',
			overdue: true,
			source: 'control'
		});
	});

	it('leaves out controls marked not applicable', () => {
		const list = activities({ controls: [controlState('IAM-07', { status: 'not_applicable' })] });
		expect(byId(list).has('control:IAM-07')).toBe(false);
	});

	it('schedules a control from its last performance, with owner and overdue flag', () => {
		const list = byId(
			activities({
				controls: [
					controlState('IAM-07', {
						status: 'implemented',
						lastPerformed: '2026-09-30',
						ownerName: 'Zoë',
						ownerDepartment: 'Engineering'
					}),
					controlState('ENG-01', { status: 'implemented', lastPerformed: '2027-01-10' })
				]
			})
		);
		expect(list.get('control:IAM-07')).toEqual({
			id: 'control:IAM-07',
			title: 'Quarterly user access review',
			description:
				'Control IAM-07, performed every quarter. Last done on 30 Sep 2026. Record the date in the app each time it is done.',
			interval: { unit: 'month', count: 3 },
			ownerName: 'Zoë',
			ownerDepartment: 'Engineering',
			lastDone: '2026-09-30',
			nextDue: '2026-12-30',
			overdue: true,
			source: 'control'
		});
		expect(list.get('control:ENG-01')).toMatchObject({
			interval: { unit: 'week', count: 1 },
			nextDue: '2027-01-17',
			overdue: false,
			ownerDepartment: 'Engineering'
		});
	});

	it('makes a never-performed control due today, not overdue', () => {
		expect(byId(activities()).get('control:GOV-01')).toMatchObject({
			lastDone: null,
			nextDue: TODAY,
			overdue: false,
			interval: { unit: 'year', count: 1 },
			ownerDepartment: 'Leadership'
		});
	});

	it('schedules policy reviews from approval or the set review date; unapproved is due now', () => {
		const list = byId(
			activities({
				policies: [
					policyState('POL-ISP', {
						status: 'approved',
						approvedAt: '2026-02-10T12:00:00.000Z',
						ownerName: 'Ana'
					}),
					policyState('POL-ACCESS', {
						status: 'published',
						approvedAt: '2026-06-01',
						nextReview: '2027-03-01'
					}),
					policyState('POL-HR', { status: 'draft', approvedAt: '2020-01-01' })
				]
			})
		);
		expect(list.get('policy-review:POL-ISP')).toMatchObject({
			title: 'Review policy: Information Security Policy',
			lastDone: '2026-02-10',
			nextDue: '2027-02-10',
			overdue: false,
			ownerName: 'Ana',
			ownerDepartment: 'Leadership',
			source: 'policy'
		});
		expect(list.get('policy-review:POL-ACCESS')?.nextDue).toBe('2027-03-01');
		expect(list.get('policy-review:POL-HR')).toMatchObject({
			nextDue: TODAY,
			lastDone: null,
			interval: { unit: 'month', count: 6 },
			description:
				'The Hiring Policy is not approved yet: write or finish it and record the approval.'
		});
	});

	it('includes extra activities and sorts everything by due date, then title', () => {
		const vendor: CalendarActivity = {
			id: 'vendor-review:v1',
			title: 'Review vendor: Acme',
			description: '',
			interval: { unit: 'year', count: 1 },
			ownerName: '',
			ownerDepartment: 'Operations',
			lastDone: '2025-01-01',
			nextDue: '2026-01-01',
			overdue: true,
			source: 'vendor'
		};
		const list = activities({}, [vendor]);
		expect(list[0]).toEqual(vendor);
		const keys = list.map((a) => `${a.nextDue} ${a.title}`);
		expect(keys).toEqual([...keys].sort());
	});

	it('marks an activity overdue exactly when its next due date has passed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 800 }), (ago) => {
				const last = addDays(TODAY, -ago);
				const a = byId(
					activities({
						controls: [controlState('GOV-01', { status: 'implemented', lastPerformed: last })]
					})
				).get('control:GOV-01');
				expect(a?.nextDue).toBe(nextAfter(last, { unit: 'year', count: 1 }));
				expect(a?.overdue).toBe((a?.nextDue ?? '') < TODAY);
			})
		);
	});
});

describe('intervals', () => {
	it('steps weeks, months and years, clamping month ends', () => {
		expect(nextAfter('2027-01-31', { unit: 'month', count: 1 })).toBe('2027-02-28');
		expect(nextAfter('2027-01-31', { unit: 'week', count: 2 })).toBe('2027-02-14');
		expect(nextAfter('2028-02-29', { unit: 'year', count: 1 })).toBe('2029-02-28');
		expect(describeInterval({ unit: 'month', count: 6 })).toBe('every 6 months');
		expect(describeInterval({ unit: 'week', count: 1 })).toBe('every week');
	});
});
