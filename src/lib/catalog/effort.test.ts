import { describe, expect, it } from 'vitest';
import { NO_ANSWERS } from '../../../tests/e2e/expected/scoping';
import { catalog } from './index';

/**
 * The calibration of the catalog's effort estimates (docs/planning.md, "Effort estimates"). The
 * Security-only scope is the hand-derived list the browser tests use, not the app's scoping code,
 * so a scoping change cannot move the sum without this test noticing.
 */

/** Wording that would make a control about writing or approving every policy at once. */
const WHOLE_POLICY_SET = [
	/\bpolicy set\b/i,
	/\b(all|every|each)\s+(of\s+(the|your)\s+)?(security\s+|company\s+|written\s+)?policies\b/i,
	/\b(write|writing|approve|approving|approval of)\s+(the|your|all)\s+(security\s+)?policies\b/i
];

const aboutWholePolicySet = (text: string) => WHOLE_POLICY_SET.some((re) => re.test(text));

describe('effort estimates', () => {
	it('add up to 110–140 person-days of controls for a Security-only company starting from nothing', () => {
		const byId = new Map(catalog.controls.map((c) => [c.id, c]));
		const missing = NO_ANSWERS.applicable.filter((id) => !byId.has(id));
		expect(missing).toEqual([]);
		const quarters = NO_ANSWERS.applicable.reduce(
			(sum, id) => sum + Math.round((byId.get(id)?.effortDays ?? 0) * 4),
			0
		);
		const days = quarters / 4;
		expect(days).toBeGreaterThanOrEqual(110);
		expect(days).toBeLessThanOrEqual(140);
	});

	it('are positive multiples of a quarter day, at most 10 days per control', () => {
		const wrong = catalog.controls
			.filter(
				(c) =>
					!Number.isFinite(c.effortDays) ||
					c.effortDays <= 0 ||
					c.effortDays > 10 ||
					!Number.isInteger(c.effortDays * 4)
			)
			.map((c) => `${c.id}: ${c.effortDays}`);
		expect(wrong).toEqual([]);
	});

	it('count the writing of policies once: only GOV-06 is about the whole policy set', () => {
		const gov06 = catalog.controls.find((c) => c.id === 'GOV-06');
		expect(gov06 && aboutWholePolicySet(gov06.title)).toBe(true);
		expect(gov06 && aboutWholePolicySet(gov06.question)).toBe(true);
		const others = catalog.controls
			.filter((c) => c.id !== 'GOV-06')
			.filter((c) => aboutWholePolicySet(c.title) || aboutWholePolicySet(c.question))
			.map((c) => c.id);
		expect(others).toEqual([]);
	});
});
