import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testControl, testCriterion } from '../../testing/catalog';
import {
	CAP_NO_EVIDENCE,
	CAP_OVERDUE,
	CAP_POLICY,
	FULL,
	scoreAssessment,
	type ControlInput,
	type EvidenceCoverage,
	type ScoringInput
} from './scoring';
import type { ControlStatus } from '../types';

const criterion = testCriterion;
const control = testControl;

const CRITERIA = [
	criterion('CC1.1'),
	criterion('CC1.2'),
	criterion('CC6.1'),
	criterion('A1.1', 'availability')
];
const CONTROLS = [
	control('K-01', ['CC1.1'], { key: true }),
	control('C-01', ['CC1.1', 'CC1.2']),
	control('C-02', ['CC6.1'], { frequency: 'quarterly' }),
	control('C-03', ['CC6.1'], { policies: ['POL-X'] }),
	control('A-01', ['A1.1'])
];

function input(
	states: Record<string, Partial<ControlInput>>,
	evidence: Record<string, EvidenceCoverage> = {},
	extra: Partial<ScoringInput> = {}
): ScoringInput {
	return {
		criteria: CRITERIA,
		controls: CONTROLS,
		applicable: new Set(CONTROLS.map((c) => c.id)),
		inScopeCriteria: new Set(['CC1.1', 'CC1.2', 'CC6.1']),
		states: new Map(
			Object.entries(states).map(([k, v]) => [
				k,
				{ status: 'not_started', lastPerformed: null, ...v }
			])
		),
		evidence: new Map(Object.entries(evidence)),
		today: '2027-01-15',
		...extra
	};
}
const BOTH = { type1: true, type2: true, type2Dates: ['2027-01-10'] };

describe('scoreAssessment', () => {
	it('scores nothing done as 0 and reports criteria with no applicable control as not covered', () => {
		const r = scoreAssessment(input({}, {}, { applicable: new Set(['K-01', 'C-01']) }));
		expect(r.type1.byCriterion).toEqual({ 'CC1.1': 0, 'CC1.2': 0, 'CC6.1': null });
		expect(r.type1.notCovered).toEqual(['CC6.1']);
		expect(r.type1.overall).toBe(0);
		// Nothing answered: not assessed, so no level at all.
		expect(r.type1.level).toBe('not_rated');
		expect(r.coverage).toEqual({ assessed: 0, applicable: 2 });
		expect(r.controls.every((c) => !c.assessed && c.gaps.type1.length === 0)).toBe(true);
		// Both answered "not started": assessed, scored 0, and a level.
		const answered = scoreAssessment(
			input({ 'K-01': {}, 'C-01': {} }, {}, { applicable: new Set(['K-01', 'C-01']) })
		);
		expect(answered.coverage).toEqual({ assessed: 2, applicable: 2 });
		expect(answered.type1.overall).toBe(0);
		expect(answered.type1.level).toBe('not_ready');
		expect(answered.byId.get('K-01')?.gaps.type1).toEqual(['not_implemented']);
	});

	it('weights key controls double within a criterion', () => {
		const r = scoreAssessment(input({ 'K-01': { status: 'implemented' } }, { 'K-01': BOTH }));
		// CC1.1: K-01 (weight 2) at 100%, C-01 (weight 1) at 0% -> 2/3
		expect(r.type1.byCriterion['CC1.1']).toBe(6667);
		expect(r.type1.byCriterion['CC1.2']).toBe(0);
	});

	it('caps implemented controls without evidence, and Type II recurring controls not performed on time', () => {
		const r = scoreAssessment(
			input(
				{
					'C-02': {
						status: 'implemented',
						lastPerformed: '2026-08-01',
						inPlaceSince: '2025-01-01'
					},
					'C-03': { status: 'implemented', inPlaceSince: '2025-01-01' }
				},
				{ 'C-02': BOTH }
			)
		);
		// Last performed 167 days ago, quarterly: stale for Type II and, as of today, for Type I.
		expect(r.byId.get('C-02')?.credit).toEqual({ type1: CAP_OVERDUE, type2: CAP_OVERDUE });
		expect(r.byId.get('C-02')?.gaps.type2).toEqual(['overdue']);
		expect(r.byId.get('C-02')?.gaps.type1).toEqual(['overdue']);
		// Never recorded: a Type II gap (no operation shown), not a Type I one.
		const never = scoreAssessment(
			input({ 'C-02': { status: 'implemented', inPlaceSince: '2025-01-01' } }, { 'C-02': BOTH })
		);
		expect(never.byId.get('C-02')?.credit).toEqual({ type1: FULL, type2: CAP_OVERDUE });
		expect(r.byId.get('C-03')?.credit).toEqual({ type1: CAP_NO_EVIDENCE, type2: CAP_NO_EVIDENCE });
		const onTime = scoreAssessment(
			input(
				{
					'C-02': {
						status: 'implemented',
						lastPerformed: '2026-11-01',
						// Quarterly across the 6-month window: 1 Aug and 1 Nov, each within 100 days.
						occurrences: ['2026-08-01'],
						inPlaceSince: '2025-01-01'
					}
				},
				{ 'C-02': BOTH }
			)
		);
		expect(onTime.byId.get('C-02')?.credit.type2).toBe(FULL);
	});

	it('caps controls whose governing policy is missing or a draft', () => {
		const r = scoreAssessment(
			input(
				{ 'C-03': { status: 'implemented' } },
				{ 'C-03': BOTH },
				{ policies: new Map([['POL-X', 'draft']]) }
			)
		);
		expect(r.byId.get('C-03')?.credit.type1).toBe(CAP_POLICY);
		const approved = scoreAssessment(
			input(
				{ 'C-03': { status: 'implemented' } },
				{ 'C-03': BOTH },
				{ policies: new Map([['POL-X', 'approved']]) }
			)
		);
		expect(approved.byId.get('C-03')?.credit.type1).toBe(FULL);
	});

	it('excludes controls the user marked not applicable and out-of-scope criteria', () => {
		const r = scoreAssessment(
			input(
				{ 'C-03': { status: 'not_applicable' }, 'C-02': { status: 'implemented' } },
				{ 'C-02': BOTH }
			)
		);
		expect(r.byId.has('C-03')).toBe(false);
		expect(r.type1.byCriterion['CC6.1']).toBe(FULL);
		expect(r.type1.byCriterion['A1.1']).toBeUndefined();
	});

	it('is audit-ready only when every criterion reaches 80% and every key control is implemented with evidence', () => {
		const all = Object.fromEntries(
			CONTROLS.map((c) => [
				c.id,
				{ status: 'implemented' as const, lastPerformed: '2027-01-01', inPlaceSince: '2026-01-05' }
			])
		);
		const ev = Object.fromEntries(CONTROLS.map((c) => [c.id, BOTH]));
		expect(scoreAssessment(input(all, ev)).type2.level).toBe('audit_ready');
		const keyWithoutEvidence = { ...ev, 'K-01': { type1: false, type2: false, type2Dates: [] } };
		const r = scoreAssessment(input(all, keyWithoutEvidence));
		expect(r.type1.level).not.toBe('audit_ready');
		expect(r.type1.levelReasons.join(' ')).toMatch(/1 key control not at full credit/);
		expect(r.type1.blockers).toEqual([
			{ kind: 'key_control', ref: 'K-01', text: 'Key control K-01: no evidence recorded.' }
		]);
	});

	it('adds programme items such as the vendor programme to their criteria', () => {
		const r = scoreAssessment(
			input(
				{},
				{},
				{
					programmes: [
						{
							id: 'vendors',
							label: 'Vendors',
							criteria: ['CC6.1'],
							credit: { type1: FULL, type2: 0 },
							weight: 2,
							gaps: []
						}
					]
				}
			)
		);
		// CC6.1: C-02 (0, w1), C-03 (0, w1), vendors (10000, w2) -> 5000
		expect(r.type1.byCriterion['CC6.1']).toBe(5000);
		expect(r.type2.byCriterion['CC6.1']).toBe(0);
	});
});

// Property tests over random assessments of the small catalog above.
const STATUSES: ControlStatus[] = [
	'not_assessed',
	'not_started',
	'planned',
	'in_progress',
	'implemented',
	'not_applicable'
];
const ORDER: ControlStatus[] = [
	'not_assessed',
	'not_started',
	'planned',
	'in_progress',
	'implemented'
];
const stateArb = fc.record({
	status: fc.constantFrom(...STATUSES),
	lastPerformed: fc.option(fc.constantFrom('2026-06-01', '2026-12-20', '2027-01-10'), { nil: null })
});
const evArb = fc.record({
	type1: fc.boolean(),
	type2: fc.boolean(),
	type2Dates: fc.constantFrom([], ['2026-01-01'], ['2027-01-10'])
});
const assessmentArb = fc.record({
	states: fc.dictionary(fc.constantFrom(...CONTROLS.map((c) => c.id)), stateArb),
	evidence: fc.dictionary(fc.constantFrom(...CONTROLS.map((c) => c.id)), evArb)
});
const allScores = (r: ReturnType<typeof scoreAssessment>) =>
	[r.type1, r.type2].flatMap((b) => [
		b.overall,
		...Object.values(b.byCategory),
		...Object.values(b.bySeries),
		...Object.values(b.byCriterion)
	]);

describe('scoring properties', () => {
	it('keeps every score within 0–100%', () => {
		fc.assert(
			fc.property(assessmentArb, ({ states, evidence }) => {
				for (const v of allScores(scoreAssessment(input(states, evidence)))) {
					if (v !== null && v !== undefined) {
						expect(v).toBeGreaterThanOrEqual(0);
						expect(v).toBeLessThanOrEqual(FULL);
					}
				}
			})
		);
	});

	it('never lowers any score when a control’s status is raised', () => {
		fc.assert(
			fc.property(
				assessmentArb,
				fc.constantFrom(...CONTROLS.map((c) => c.id)),
				({ states, evidence }, id) => {
					const current = states[id]?.status ?? 'not_assessed';
					if (current === 'not_applicable') return;
					const next = ORDER[ORDER.indexOf(current) + 1];
					if (!next) return;
					const before = scoreAssessment(input(states, evidence));
					const after = scoreAssessment(
						input({ ...states, [id]: { ...states[id], status: next } }, evidence)
					);
					const b = allScores(before);
					const a = allScores(after);
					b.forEach((v, i) => {
						if (v !== null && v !== undefined) expect(a[i]).toBeGreaterThanOrEqual(v);
					});
				}
			)
		);
	});

	it('does not depend on the order of controls', () => {
		fc.assert(
			fc.property(
				assessmentArb,
				fc.shuffledSubarray(CONTROLS, { minLength: CONTROLS.length }),
				({ states, evidence }, shuffled) => {
					const a = scoreAssessment(input(states, evidence));
					const b = scoreAssessment(input(states, evidence, { controls: shuffled }));
					expect(b.type1).toEqual(a.type1);
					expect(b.type2).toEqual(a.type2);
				}
			)
		);
	});

	it('changes only the criteria a control supports when it is marked not applicable', () => {
		fc.assert(
			fc.property(assessmentArb, fc.constantFrom(...CONTROLS), ({ states, evidence }, ctl) => {
				const before = scoreAssessment(input(states, evidence));
				const after = scoreAssessment(
					input({ ...states, [ctl.id]: { status: 'not_applicable' } }, evidence)
				);
				for (const type of ['type1', 'type2'] as const) {
					for (const [id, v] of Object.entries(before[type].byCriterion)) {
						if (!ctl.criteria.includes(id)) expect(after[type].byCriterion[id]).toBe(v);
					}
				}
			})
		);
	});
});
