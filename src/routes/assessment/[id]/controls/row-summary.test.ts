import { describe, expect, it } from 'vitest';
import { controlsViewFrom, evidenceNote, showsScore } from './row-summary';

describe('evidenceNote', () => {
	it('counts evidence when there is some, whatever the status', () => {
		expect(evidenceNote('not_assessed', 1)).toEqual({ text: '1 evidence item', missing: false });
		expect(evidenceNote('implemented', 3)).toEqual({ text: '3 evidence items', missing: false });
	});

	it('says "No evidence yet" only for a control claimed to be (partly) in place', () => {
		expect(evidenceNote('implemented', 0)).toEqual({ text: 'No evidence yet', missing: true });
		expect(evidenceNote('in_progress', 0)).toEqual({ text: 'No evidence yet', missing: true });
		for (const s of ['not_assessed', 'not_started', 'planned', 'not_applicable'] as const)
			expect(evidenceNote(s, 0)).toBeNull();
	});
});

describe('showsScore', () => {
	it('shows a score once the control is answered, never before nor for N/A', () => {
		expect(showsScore('not_assessed')).toBe(false);
		expect(showsScore('not_applicable')).toBe(false);
		for (const s of ['not_started', 'planned', 'in_progress', 'implemented'] as const)
			expect(showsScore(s)).toBe(true);
	});
});

describe('controlsViewFrom', () => {
	it('reads the compact view from the address and falls back to the detailed one', () => {
		expect(controlsViewFrom('compact')).toBe('compact');
		expect(controlsViewFrom(null)).toBe('detailed');
		expect(controlsViewFrom('something else')).toBe('detailed');
	});
});
