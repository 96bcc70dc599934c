import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testControl, testCriterion } from '../../testing/catalog';
import { CAP_SHORT_HISTORY, FULL, scoreAssessment, type ScoringInput } from './scoring';

const CONTROLS = [
	testControl('K-01', ['CC1.1'], { key: true }),
	testControl('C-01', ['CC1.1']),
	testControl('C-02', ['CC1.2'])
];
const TODAY = '2027-01-15';
const EVIDENCE = new Map(
	CONTROLS.map((c) => [c.id, { type1: true, type2: true, type2Dates: ['2027-01-10'] }])
);

function input(since: Record<string, string | null>, months = 6): ScoringInput {
	return {
		criteria: [testCriterion('CC1.1'), testCriterion('CC1.2')],
		controls: CONTROLS,
		applicable: new Set(CONTROLS.map((c) => c.id)),
		inScopeCriteria: new Set(['CC1.1', 'CC1.2']),
		states: new Map(
			CONTROLS.map((c) => [
				c.id,
				{ status: 'implemented', lastPerformed: null, inPlaceSince: since[c.id] ?? null }
			])
		),
		evidence: EVIDENCE,
		today: TODAY,
		observationMonths: months
	};
}

describe('Type II operating history', () => {
	it('gives full Type II credit only to a control in place since before the window began', () => {
		// A 6-month window ending today began on 2026-07-15.
		const r = scoreAssessment(input({ 'K-01': '2026-07-15', 'C-01': '2026-07-16', 'C-02': null }));
		expect(r.byId.get('K-01')?.credit).toEqual({ type1: FULL, type2: FULL });
		expect(r.byId.get('C-01')?.credit).toEqual({ type1: FULL, type2: CAP_SHORT_HISTORY });
		expect(r.byId.get('C-01')?.gaps.type2).toEqual(['history']);
		// Unknown history reads as missing, never invented.
		expect(r.byId.get('C-02')?.credit.type2).toBe(CAP_SHORT_HISTORY);
		// Type I looks at today only.
		expect(r.byId.get('C-02')?.gaps.type1).toEqual([]);
	});

	it('reads "Ready to start the observation window" when history is all that is missing', () => {
		const r = scoreAssessment(input({ 'K-01': '2027-01-04', 'C-01': '2027-01-10', 'C-02': null }));
		expect(r.type1.level).toBe('audit_ready');
		expect(r.type2.level).toBe('window_ready');
		// The latest start among the controls (today for the one with no date) opens the window.
		expect(r.type2.window).toEqual({ start: TODAY, end: '2027-07-15' });
		expect(r.type2.levelReasons.join(' ')).toContain(
			'The observation window can start on 15 Jan 2027 and would end on 15 Jul 2027'
		);
		const twelve = scoreAssessment(
			input({ 'K-01': '2027-01-04', 'C-01': '2027-01-10', 'C-02': '2027-01-12' }, 12)
		);
		expect(twelve.type2.window).toEqual({ start: '2027-01-12', end: '2028-01-12' });
	});

	it('is Audit-ready for Type II once every control has run for the whole window', () => {
		const r = scoreAssessment(
			input({ 'K-01': '2026-01-01', 'C-01': '2026-01-01', 'C-02': '2026-06-01' })
		);
		expect(r.type2.level).toBe('audit_ready');
		expect(r.type2.window).toBeUndefined();
	});

	it('needs the dated performances of a recurring control across the whole window', () => {
		const quarterly = [testControl('Q-01', ['CC1.1'], { frequency: 'quarterly' })];
		const run = (occurrences: string[]) =>
			scoreAssessment({
				...input({}),
				controls: quarterly,
				applicable: new Set(['Q-01']),
				states: new Map([
					[
						'Q-01',
						{
							status: 'implemented',
							lastPerformed: '2026-12-20',
							occurrences,
							inPlaceSince: '2025-01-01'
						}
					]
				]),
				evidence: new Map([['Q-01', { type1: true, type2: true, type2Dates: ['2027-01-10'] }]])
			}).byId.get('Q-01');
		// Only the last performance recorded: the window's first months show nothing.
		expect(run([])?.gaps.type2).toEqual(['history']);
		expect(run([])?.credit).toEqual({ type1: FULL, type2: CAP_SHORT_HISTORY });
		// 20 Sep and 20 Dec: the 6-month window from 15 Jul is covered at a quarterly pace (67, 91 days).
		expect(run(['2026-09-20'])?.credit.type2).toBe(FULL);
		// 1 Sep to 20 Dec is 110 days: longer than a quarter allows.
		expect(run(['2026-09-01'])?.gaps.type2).toEqual(['history']);
	});

	it('needs some Type II evidence dated inside the window', () => {
		const run = (type2Dates: string[]) =>
			scoreAssessment({
				...input({ 'K-01': '2025-01-01', 'C-01': '2025-01-01', 'C-02': '2025-01-01' }),
				evidence: new Map(CONTROLS.map((c) => [c.id, { type1: true, type2: true, type2Dates }]))
			});
		// The window runs from 15 Jul 2026 to today.
		expect(run(['2026-07-15']).byId.get('C-01')?.credit.type2).toBe(FULL);
		expect(run(['2026-07-15']).type2.level).toBe('audit_ready');
		for (const dates of [[], ['2026-07-14'], ['2027-02-01']]) {
			const r = run(dates);
			expect(r.byId.get('C-01')?.gaps.type2).toEqual(['window_evidence']);
			expect(r.byId.get('C-01')?.credit).toEqual({ type1: FULL, type2: CAP_SHORT_HISTORY });
			// Only time fixes it: collect evidence through a window that starts today.
			expect(r.type2.level).toBe('window_ready');
			expect(r.type2.window).toEqual({ start: TODAY, end: '2027-07-15' });
		}
	});

	it('never gives a Type II control full credit with less history than the window', () => {
		fc.assert(
			fc.property(
				fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
				fc.constantFrom(3, 6, 12),
				(daysAgo, months) => {
					const since =
						daysAgo === null
							? null
							: new Date(Date.parse(`${TODAY}T00:00:00Z`) - daysAgo * 86_400_000)
									.toISOString()
									.slice(0, 10);
					const r = scoreAssessment(input({ 'C-01': since }, months));
					const windowStartMs = Date.UTC(2027, 0 - months, 15);
					const covered = since !== null && Date.parse(`${since}T00:00:00Z`) <= windowStartMs;
					expect(r.byId.get('C-01')?.credit.type2 === FULL).toBe(covered);
				}
			)
		);
	});
});
