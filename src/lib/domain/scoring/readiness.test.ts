import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testControl, testCriterion } from '../../testing/catalog';
import { LEVEL_RULES, coverageShare } from './readiness';
import { scoreAssessment, type ControlInput, type ScoringInput } from './scoring';
import type { ControlStatus, ReadinessLevel } from '../types';

const crit = testCriterion;
const ctl = testControl;

// Ten controls over two criteria; one key control governed by a policy.
const CONTROLS = [
	ctl('K-01', ['CC1.1'], { key: true, policies: ['POL-A'] }),
	...Array.from({ length: 9 }, (_, i) => ctl(`C-0${i + 1}`, [i % 2 ? 'CC1.1' : 'CC1.2']))
];
const ALL_DONE: Record<string, Partial<ControlInput>> = Object.fromEntries(
	CONTROLS.map((c) => [c.id, { status: 'implemented' }])
);
const EVIDENCE = new Map(
	CONTROLS.map((c) => [c.id, { type1: true, type2: true, type2Dates: ['2027-01-10'] }])
);

function input(
	states: Record<string, Partial<ControlInput>>,
	extra: Partial<ScoringInput> = {}
): ScoringInput {
	return {
		criteria: [crit('CC1.1'), crit('CC1.2'), crit('CC2.1')],
		controls: CONTROLS,
		applicable: new Set(CONTROLS.map((c) => c.id)),
		inScopeCriteria: new Set(['CC1.1', 'CC1.2']),
		states: new Map(
			Object.entries(states).map(([k, v]) => [
				k,
				{ status: 'not_started', lastPerformed: null, ...v }
			])
		),
		evidence: EVIDENCE,
		policies: new Map([['POL-A', 'approved']]),
		today: '2027-01-15',
		...extra
	};
}

const RANK: Record<ReadinessLevel, number> = {
	not_rated: 0,
	not_ready: 1,
	developing: 2,
	nearly_ready: 3,
	window_ready: 4,
	audit_ready: 5
};

describe('coverage and the level', () => {
	it('counts answered applicable controls, Not applicable included', () => {
		const r = scoreAssessment(
			input({ 'K-01': { status: 'implemented' }, 'C-01': { status: 'not_applicable' } })
		);
		expect(r.coverage).toEqual({ assessed: 2, applicable: 10 });
		expect(coverageShare(r.coverage)).toBe(2000);
	});

	it('gives no level below 80% assessed, and says how many are assessed', () => {
		const seven = Object.fromEntries(Object.entries(ALL_DONE).slice(0, 7));
		const r = scoreAssessment(input(seven));
		expect(r.type1.level).toBe('not_rated');
		expect(r.type1.levelReasons[0]).toBe(
			'7 of 10 applicable controls assessed (70.0%). A readiness level is given once 80.0% are assessed, so that it rests on answers rather than on blanks.'
		);
		const eight = Object.fromEntries(Object.entries(ALL_DONE).slice(0, 8));
		expect(scoreAssessment(input(eight)).type1.level).not.toBe('not_rated');
	});

	it('is not Audit-ready while any applicable control is unanswered, whatever the scores', () => {
		const nine = Object.fromEntries(Object.entries(ALL_DONE).slice(0, 9));
		const r = scoreAssessment(input(nine));
		expect(Object.values(r.type1.byCriterion).every((v) => (v ?? 0) >= 8000)).toBe(true);
		expect(r.type1.level).toBe('nearly_ready');
		expect(r.type1.blockers).toEqual([
			{
				kind: 'not_assessed',
				ref: '',
				text: '1 applicable control not assessed yet (9 of 10 assessed).'
			}
		]);
		expect(scoreAssessment(input(ALL_DONE)).type1.level).toBe('audit_ready');
	});
});

describe('what blocks Audit-ready', () => {
	it('lists a governing policy that is not approved, even when every score is high', () => {
		const r = scoreAssessment(input(ALL_DONE, { policies: new Map([['POL-A', 'draft']]) }));
		expect(r.type1.blockers.map((b) => [b.kind, b.ref])).toEqual([
			['key_control', 'K-01'],
			['policy', 'POL-A']
		]);
		expect(r.type1.level).toBe('nearly_ready');
		const named = scoreAssessment(
			input(ALL_DONE, {
				policies: new Map([['POL-A', 'missing']]),
				policyTitles: new Map([['POL-A', 'Access Policy']])
			})
		);
		expect(named.type1.blockers.find((b) => b.kind === 'policy')?.text).toBe(
			'Access Policy (POL-A) is missing; it governs applicable controls and must be approved.'
		);
		// The key control's own blocker names the policy that caps it.
		expect(named.type1.blockers.find((b) => b.kind === 'key_control')?.text).toBe(
			'Key control K-01: the Access Policy is not approved.'
		);
	});

	it('ignores a policy that governs no applicable control', () => {
		const r = scoreAssessment(
			input(ALL_DONE, {
				policies: new Map([
					['POL-A', 'approved'],
					['POL-B', 'missing']
				])
			})
		);
		expect(r.type1.blockers).toEqual([]);
	});

	it('lists a programme item that blocks, criteria not covered and criteria below 80%', () => {
		const r = scoreAssessment(
			input(
				{ ...ALL_DONE, 'C-02': { status: 'planned' }, 'C-04': { status: 'planned' } },
				{
					inScopeCriteria: new Set(['CC1.1', 'CC1.2', 'CC2.1']),
					programmes: [
						{
							id: 'vendors:CC9.2',
							label: 'Vendors',
							criteria: ['CC1.2'],
							credit: { type1: 0, type2: 0 },
							weight: 2,
							gaps: [],
							blocker: 'No vendors recorded.'
						}
					]
				}
			)
		);
		expect(r.type1.blockers.map((b) => [b.kind, b.ref])).toEqual([
			['programme', 'vendors:CC9.2'],
			['not_covered', 'CC2.1'],
			['criterion', 'CC1.1'],
			['criterion', 'CC1.2']
		]);
	});

	it('lists a key control marked Not applicable without a reviewed reason, scored at 0', () => {
		const r = scoreAssessment(
			input({ ...ALL_DONE, 'K-01': { status: 'not_applicable', naReview: 'needs_review' } })
		);
		expect(r.byId.has('K-01')).toBe(false);
		expect(r.pendingNa.map((s) => s.controlId)).toEqual(['K-01']);
		// CC1.1: K-01 at 0 with weight 2, four others at 100% -> 4/6, below 80%.
		expect(r.type1.blockers.map((b) => [b.kind, b.ref])).toEqual([
			['na_review', 'K-01'],
			['criterion', 'CC1.1']
		]);
		expect(r.type1.byCriterion['CC1.1']).toBe(6667);
		const reviewed = scoreAssessment(
			input({ ...ALL_DONE, 'K-01': { status: 'not_applicable', naReview: 'reviewed' } })
		);
		expect(reviewed.type1.byCriterion['CC1.1']).toBe(10_000);
		expect(reviewed.type1.level).toBe('audit_ready');
	});
});

const STATUSES: ControlStatus[] = [
	'not_assessed',
	'not_started',
	'planned',
	'in_progress',
	'implemented',
	'not_applicable'
];
const statesArb = fc.dictionary(
	fc.constantFrom(...CONTROLS.map((c) => c.id)),
	fc.record({ status: fc.constantFrom(...STATUSES) })
);

describe('readiness properties', () => {
	it('never gives a level while coverage is below the threshold', () => {
		fc.assert(
			fc.property(statesArb, (states) => {
				const r = scoreAssessment(input(states));
				if (coverageShare(r.coverage) < LEVEL_RULES.coverageForLevel) {
					expect(r.type1.level).toBe('not_rated');
					expect(r.type2.level).toBe('not_rated');
				} else {
					expect(r.type1.level).not.toBe('not_rated');
				}
			})
		);
	});

	it('never raises the level by marking a control Not applicable that still needs review', () => {
		fc.assert(
			fc.property(statesArb, fc.constantFrom(...CONTROLS.map((c) => c.id)), (states, id) => {
				const open = scoreAssessment(input({ ...states, [id]: { status: 'not_started' } }));
				const na = scoreAssessment(
					input({ ...states, [id]: { status: 'not_applicable', naReview: 'needs_review' } })
				);
				for (const type of ['type1', 'type2'] as const)
					expect(RANK[na[type].level]).toBeLessThanOrEqual(RANK[open[type].level]);
			})
		);
	});

	it('is Audit-ready exactly when nothing blocks it and enough is assessed', () => {
		fc.assert(
			fc.property(statesArb, (states) => {
				const r = scoreAssessment(input(states));
				for (const type of ['type1', 'type2'] as const)
					expect(r[type].level === 'audit_ready').toBe(r[type].blockers.length === 0);
			})
		);
	});
});

describe('the risk register', () => {
	it('keeps an otherwise complete assessment from Audit-ready and says why', () => {
		const register = [{ kind: 'risk_review' as const, ref: 'CC3.1', text: 'Review the register.' }];
		const r = scoreAssessment(input(ALL_DONE, { register }));
		expect(r.type1.level).toBe('nearly_ready');
		expect(r.type1.blockers).toEqual(register);
		expect(r.type1.levelReasons[1]).toBe('Audit-ready needs: 1 risk register review.');
	});
});
