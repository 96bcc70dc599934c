import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MINI_CATALOG,
	controlState,
	evaluateMini,
	evidence,
	policyState,
	type MiniData
} from '../../testing/planning';
import { planGaps } from './plan-gaps';
import { CONTROL_STATUSES, type PlanGap, type ReportType } from '../types';

function gaps(data: MiniData, reportType: ReportType = 'type1', extraGaps?: PlanGap[]) {
	return planGaps({
		evaluation: evaluateMini(data),
		catalog: MINI_CATALOG,
		reportType,
		policyStates: data.policies ?? [],
		extraGaps
	});
}
const byKey = (list: PlanGap[]) => new Map(list.map((g) => [g.gapKey, g]));

describe('planGaps', () => {
	it('turns every applicable control and policy of an empty assessment into a gap', () => {
		const keys = gaps({}).map((g) => g.gapKey);
		expect([...keys].sort()).toEqual(
			[
				'control:ENG-01',
				'control:GOV-01',
				'control:IAM-01',
				'control:IAM-07',
				'control:OPS-01',
				'policy:POL-ACCESS',
				'policy:POL-HR',
				'policy:POL-ISP'
			].sort()
		);
	});

	it('describes a control gap with its title, catalog effort, department and priority', () => {
		const g = byKey(gaps({})).get('control:IAM-07');
		expect(g).toEqual({
			gapKey: 'control:IAM-07',
			title: 'Implement: Quarterly user access review',
			controlIds: ['IAM-07'],
			criteria: ['CC6.1', 'CC6.2', 'CC7.1'],
			ownerName: '',
			ownerDepartment: 'IT & Security',
			effortDays: 2,
			priorityPoints: 7,
			priority: 'high',
			priorityReason: 'Key control, supports 3 criteria, not assessed yet',
			dueDate: null
		});
	});

	it("uses the control's owner, department and due date when set", () => {
		const g = byKey(
			gaps({
				controls: [
					controlState('IAM-01', {
						status: 'planned',
						ownerName: 'Zoë',
						ownerDepartment: 'Engineering',
						dueDate: '2027-03-01'
					})
				]
			})
		).get('control:IAM-01');
		expect(g).toMatchObject({
			ownerName: 'Zoë',
			ownerDepartment: 'Engineering',
			dueDate: '2027-03-01',
			priorityPoints: 2,
			priority: 'low'
		});
	});

	it('asks for evidence matching the report type once a control is implemented', () => {
		const data: MiniData = {
			controls: [controlState('IAM-01', { status: 'implemented' })],
			evidence: [evidence('IAM-01', 'type1')]
		};
		expect(byKey(gaps(data, 'type1')).has('evidence:IAM-01')).toBe(false);
		const g = byKey(gaps(data, 'type2')).get('evidence:IAM-01');
		expect(g).toMatchObject({ title: 'Collect evidence: Single sign-on', effortDays: 0.5 });
		expect(byKey(gaps(data, 'type2')).has('control:IAM-01')).toBe(false);
	});

	it('flags an overdue recurring control for both report types, and not a recent one', () => {
		const overdue: MiniData = {
			controls: [controlState('IAM-07', { status: 'implemented', lastPerformed: '2026-06-01' })],
			evidence: [evidence('IAM-07', 'both')]
		};
		for (const type of ['type1', 'type2'] as const) {
			const list = gaps(overdue, type);
			expect(byKey(list).get('recurring:IAM-07')).toMatchObject({
				title: 'Perform and record: Quarterly user access review',
				effortDays: 0.5
			});
			expect(list.some((g) => g.gapKey === 'evidence:IAM-07')).toBe(false);
		}
		const recent = {
			...overdue,
			controls: [controlState('IAM-07', { status: 'implemented', lastPerformed: '2026-12-01' })]
		};
		expect(byKey(gaps(recent, 'type2')).has('recurring:IAM-07')).toBe(false);
	});

	it('asks to perform each lapsed activity inside a continuous control, under its own key', () => {
		const withDates = (dates: string[]): MiniData => ({
			controls: [
				controlState('IAM-01', { status: 'implemented', activityDates: { 'sso-report': dates } })
			],
			evidence: [evidence('IAM-01', 'both')]
		});
		const key = 'recurring:IAM-01:sso-report';
		expect(byKey(gaps(withDates([]))).get(key)).toMatchObject({
			title: 'Perform and record: Review the sign-on exceptions report (IAM-01)',
			controlIds: ['IAM-01'],
			effortDays: 0.5
		});
		// Done 3 Jan, monthly: not due until February.
		expect(byKey(gaps(withDates(['2027-01-03']))).has(key)).toBe(false);
		expect(byKey(gaps(withDates(['2026-11-01']))).has(key)).toBe(true);
		// Not yet in place: the control's own "Implement" task covers it.
		const started = gaps({ controls: [controlState('IAM-01', { status: 'in_progress' })] });
		expect(byKey(started).has(key)).toBe(false);
	});

	it('leaves out controls the user marked not applicable', () => {
		const list = gaps({ controls: [controlState('ENG-01', { status: 'not_applicable' })] });
		expect(list.some((g) => g.controlIds.includes('ENG-01'))).toBe(false);
	});

	it('plans missing and draft policies with their governed controls and owner', () => {
		const list = byKey(
			gaps({
				policies: [
					policyState('POL-ACCESS', { status: 'draft', ownerName: 'Ana' }),
					policyState('POL-ISP', { status: 'approved' })
				]
			})
		);
		expect(list.get('policy:POL-ACCESS')).toEqual({
			gapKey: 'policy:POL-ACCESS',
			title: 'Approve: Access Control Policy',
			controlIds: ['IAM-01', 'IAM-07'],
			criteria: ['CC6.1', 'CC6.2', 'CC7.1'],
			ownerName: 'Ana',
			ownerDepartment: 'IT & Security',
			effortDays: 0.5,
			priorityPoints: 5,
			priority: 'high',
			priorityReason: 'Governs 2 applicable controls, including 1 key control',
			dueDate: null
		});
		expect(list.has('policy:POL-ISP')).toBe(false);
		expect(list.get('policy:POL-HR')).toMatchObject({
			title: 'Write and approve: Hiring Policy',
			effortDays: 2,
			priority: 'medium',
			controlIds: [],
			ownerDepartment: 'HR'
		});
	});

	it('rates a policy governing only non-key controls as medium', () => {
		const list = byKey(gaps({ controls: [controlState('IAM-07', { status: 'not_applicable' })] }));
		expect(list.get('policy:POL-ACCESS')).toMatchObject({
			priority: 'medium',
			controlIds: ['IAM-01'],
			priorityReason: 'Governs 1 applicable control, none of them key'
		});
	});

	it('passes vendor gaps through and sorts everything by priority points', () => {
		const vendor: PlanGap = {
			gapKey: 'vendor-review:v1',
			title: 'Review vendor: Acme',
			controlIds: [],
			criteria: ['CC9.2'],
			ownerName: '',
			ownerDepartment: 'Operations',
			effortDays: 1,
			priorityPoints: 6,
			priority: 'high',
			priorityReason: 'Critical vendor',
			dueDate: null
		};
		const list = gaps({}, 'type1', [vendor]);
		expect(list).toContainEqual(vendor);
		const points = list.map((g) => g.priorityPoints);
		expect(points).toEqual([...points].sort((a, b) => b - a));
	});

	it('gives unique keys and one control gap per unimplemented applicable control', () => {
		const ids = ['GOV-01', 'IAM-01', 'IAM-07', 'ENG-01', 'OPS-01'];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...CONTROL_STATUSES), { minLength: 5, maxLength: 5 }),
				fc.constantFrom<ReportType>('type1', 'type2'),
				(statuses, type) => {
					const controls = ids.map((id, i) => controlState(id, { status: statuses[i] }));
					const list = gaps({ controls }, type);
					const keys = list.map((g) => g.gapKey);
					expect(new Set(keys).size).toBe(keys.length);
					ids.forEach((id, i) => {
						const open = statuses[i] !== 'implemented' && statuses[i] !== 'not_applicable';
						expect(keys.includes(`control:${id}`)).toBe(open);
					});
				}
			)
		);
	});
});
