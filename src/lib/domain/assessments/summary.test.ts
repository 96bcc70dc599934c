import { describe, expect, it } from 'vitest';
import { sameSummary } from './summary';
import type { AssessmentSummary } from '../types';

const base: AssessmentSummary = {
	type1: 5000,
	type2: 4000,
	level1: 'developing',
	level2: 'not_ready',
	applicableControls: 104,
	implementedControls: 10,
	computedAt: '2026-11-01T10:00:00.000Z'
};

describe('cached summary', () => {
	it('is the same when only the time it was computed differs', () => {
		expect(sameSummary(base, { ...base, computedAt: '' })).toBe(true);
		expect(sameSummary(null, null)).toBe(true);
	});

	it('differs when any figure does', () => {
		expect(sameSummary(base, { ...base, type1: 5001 })).toBe(false);
		expect(sameSummary(base, { ...base, type2: null })).toBe(false);
		expect(sameSummary(base, { ...base, level2: 'developing' })).toBe(false);
		expect(sameSummary(base, { ...base, applicableControls: 103 })).toBe(false);
		expect(sameSummary(base, { ...base, implementedControls: 11 })).toBe(false);
		expect(sameSummary(base, null)).toBe(false);
	});
});
