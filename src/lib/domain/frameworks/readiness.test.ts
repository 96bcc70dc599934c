import { describe, expect, it } from 'vitest';
import type {
	ControlCrosswalk,
	FrameworkGroup,
	FrameworkTarget
} from '$lib/catalog/frameworks/types';
import { frameworkReadiness, targetCredit, type ControlFacts, type TargetLink } from './readiness';

const GROUPS: FrameworkGroup[] = [
	{ id: 'A.5', title: 'Organizational', parent: 'A.5' },
	{ id: 'A.8', title: 'Technological', parent: 'A.8' }
];
const TARGETS: FrameworkTarget[] = [
	{ id: 'A.5.1', group: 'A.5', title: 'Policies' },
	{ id: 'A.5.2', group: 'A.5', title: 'Roles' },
	{ id: 'A.8.5', group: 'A.8', title: 'Authentication' },
	{ id: 'A.8.6', group: 'A.8', title: 'Capacity' }
];
const CROSSWALK: ControlCrosswalk[] = [
	{ control: 'C1', iso: { full: ['A.5.1'] }, csf: {} },
	{ control: 'C2', iso: { partial: ['A.5.2'] }, csf: {} },
	{ control: 'C3', iso: { full: ['A.8.5'], partial: ['A.5.1'] }, csf: {} },
	{ control: 'C4', iso: { full: ['A.8.5'] }, csf: {} }
];

function run(facts: Record<string, Partial<ControlFacts>>) {
	return frameworkReadiness({
		targets: TARGETS,
		groups: GROUPS,
		crosswalk: CROSSWALK,
		side: 'iso',
		notAddressed: { 'A.8.6': 'capacity is out of our catalog' },
		controlFacts: (id) => ({
			applicable: true,
			status: 'not_assessed',
			credit: 0,
			...facts[id]
		})
	});
}

const link = (
	coverage: 'full' | 'partial',
	credit: number | null,
	applicable = true
): TargetLink => ({
	control: 'X',
	coverage,
	applicable,
	status: 'implemented',
	credit
});

describe('targetCredit', () => {
	it('weights full links double and caps partial-only targets at half', () => {
		expect(targetCredit([link('full', 10_000), link('partial', 4_000)])).toBe(8_000);
		expect(targetCredit([link('partial', 10_000)])).toBe(5_000);
		expect(targetCredit([link('partial', 2_000), link('partial', 4_000)])).toBe(3_000);
		expect(targetCredit([link('full', 10_000, false)])).toBeNull();
		expect(targetCredit([])).toBeNull();
	});
});

describe('frameworkReadiness', () => {
	it('reads nothing assessed as 0 with no target assessed', () => {
		const r = run({});
		expect(r.targets.map((t) => t.state)).toEqual([
			'not_assessed',
			'not_assessed',
			'not_assessed',
			'not_addressed'
		]);
		expect(r.targets[3]?.reason).toBe('capacity is out of our catalog');
		expect(r.groups.map((g) => [g.total, g.mapped, g.inScope, g.assessed, g.readiness])).toEqual([
			[2, 2, 2, 0, 0],
			[2, 1, 1, 0, 0]
		]);
	});

	it('moves only the targets and groups the changed control links to', () => {
		const before = run({});
		const after = run({ C4: { status: 'implemented', credit: 10_000 } });
		// C4 links only A.8.5 (full, beside C3 full at 0): (2*0 + 2*10000) / 4.
		expect(after.targets.find((t) => t.target.id === 'A.8.5')?.credit).toBe(5_000);
		expect(after.targets.find((t) => t.target.id === 'A.8.5')?.state).toBe('partly');
		expect(after.groups[1]?.readiness).toBe(5_000);
		expect(after.groups[1]?.assessed).toBe(1);
		expect(after.groups[0]).toEqual(before.groups[0]);
		for (const id of ['A.5.1', 'A.5.2', 'A.8.6'])
			expect(after.targets.find((t) => t.target.id === id)).toEqual(
				before.targets.find((t) => t.target.id === id)
			);
	});

	it('meets a target only when every linked control is at full credit', () => {
		const r = run({
			C1: { status: 'implemented', credit: 10_000 },
			C3: { status: 'implemented', credit: 10_000 }
		});
		expect(r.targets[0]?.state).toBe('met');
		expect(r.targets[0]?.credit).toBe(10_000);
		expect(r.groups[0]?.met).toBe(1);
	});

	it('leaves a target whose controls are all out of scope out of readiness', () => {
		const r = run({ C2: { applicable: false, status: 'not_applicable', credit: null } });
		expect(r.targets[1]?.state).toBe('not_applicable');
		expect(r.targets[1]?.credit).toBeNull();
		expect(r.groups[0]?.inScope).toBe(1);
	});

	it('says Not met when assessed controls have no credit', () => {
		const r = run({ C2: { status: 'not_started', credit: 0 } });
		expect(r.targets[1]?.state).toBe('not_met');
	});
});
