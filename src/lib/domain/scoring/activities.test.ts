import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testControl, testCriterion } from '../../testing/catalog';
import { addDays } from '../dates';
import {
	CAP_OVERDUE,
	CAP_SHORT_HISTORY,
	FULL,
	scoreAssessment,
	type ControlInput,
	type ScoringInput
} from './scoring';

// A continuous control with a monthly report inside it, like the MFA enrolment report in IAM-02.
const MFA = testControl('MFA-01', ['CC6.1'], {
	key: true,
	activities: [{ id: 'report', title: 'Run the enrolment report', frequency: 'monthly' }]
});
const TODAY = '2027-01-15';
// A 6-month window ending today starts on 2026-07-15.

function score(
	activities: Record<string, string[]> | undefined,
	extra: Partial<ControlInput> = {}
) {
	const input: ScoringInput = {
		criteria: [testCriterion('CC6.1')],
		controls: [MFA],
		applicable: new Set([MFA.id]),
		inScopeCriteria: new Set(['CC6.1']),
		states: new Map([
			[
				MFA.id,
				{
					status: 'implemented',
					lastPerformed: null,
					inPlaceSince: '2025-01-01',
					activities,
					...extra
				}
			]
		]),
		evidence: new Map([[MFA.id, { type1: true, type2: true, type2Dates: ['2027-01-10'] }]]),
		today: TODAY
	};
	const r = scoreAssessment(input);
	const s = r.byId.get(MFA.id);
	if (!s) throw new Error('not scored');
	return { s, r };
}

/** Monthly dates from `from` to `to`, 30 days apart. */
function every30(from: string, to: string): string[] {
	const out: string[] = [];
	for (let d = from; d <= to; d = addDays(d, 30)) out.push(d);
	return out;
}

describe('periodic activities inside a continuous control', () => {
	it('gives full credit once the activity has run on schedule across the window', () => {
		const { s, r } = score({ report: every30('2026-07-01', TODAY) });
		expect(s.credit).toEqual({ type1: FULL, type2: FULL });
		expect(s.lapsed).toEqual([]);
		expect(r.type2.level).toBe('audit_ready');
	});

	it('is overdue for Type II when never recorded, without a Type I gap', () => {
		const { s } = score(undefined);
		expect(s.lapsed).toEqual(['report']);
		expect(s.credit.type1).toBe(FULL);
		expect(s.gaps.type1).toEqual([]);
		expect(s.credit.type2).toBe(CAP_OVERDUE);
		expect(s.gaps.type2).toEqual(['overdue', 'history']);
	});

	it('is a gap in both modes when the last recorded run is older than a month allows', () => {
		const { s } = score({ report: every30('2026-05-01', '2026-11-20') });
		// 20 Nov to 15 Jan is 56 days, longer than the 35 a monthly activity may go.
		expect(s.lapsed).toEqual(['report']);
		expect(s.credit.type1).toBe(CAP_OVERDUE);
		expect(s.gaps.type1).toEqual(['overdue']);
		expect(s.credit.type2).toBe(CAP_OVERDUE);
	});

	it('needs the runs across the whole window for Type II, not only a recent one', () => {
		const { s, r } = score({ report: ['2027-01-02'] });
		expect(s.lapsed).toEqual([]);
		expect(s.credit).toEqual({ type1: FULL, type2: CAP_SHORT_HISTORY });
		expect(s.gaps.type2).toEqual(['history']);
		// History is all that is missing: ready to start the window.
		expect(r.type2.level).toBe('window_ready');
	});

	it('ignores recorded dates after today', () => {
		const { s } = score({ report: ['2027-03-01'] });
		expect(s.lapsed).toEqual(['report']);
	});

	it('lists a lapsed activity only for an implemented control', () => {
		const { s } = score(undefined, { status: 'in_progress' });
		expect(s.lapsed).toEqual([]);
	});

	it('never gives full Type II credit when a monthly activity leaves a gap over 35 days in the window', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
				(daysAgo) => {
					const dates = daysAgo.map((n) => addDays(TODAY, -n));
					const { s } = score({ report: dates });
					// The oracle, stated on day numbers: runs inside the window (the last 184 days),
					// the first within 35 days of its start, no two more than 35 apart, and the last
					// within 35 days of today (otherwise the activity is overdue).
					const inside = daysAgo.filter((n) => n <= 184).sort((a, b) => b - a);
					let ok = inside.length > 0 && (inside.at(-1) ?? 999) <= 35;
					let previous = 184;
					for (const n of inside) {
						if (previous - n > 35) ok = false;
						previous = n;
					}
					expect(s.credit.type2 === FULL).toBe(ok);
				}
			)
		);
	});
});
