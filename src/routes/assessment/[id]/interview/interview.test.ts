import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { ANSWER_KEYS, ANSWER_STATUS, answerFor, interviewControls } from './interview';

const criteria = new Map(catalog.criteria.map((c) => [c.id, c]));

describe('interview', () => {
	it('maps keys and answers to statuses', () => {
		expect(ANSWER_KEYS.y).toBe('yes');
		expect(ANSWER_STATUS.partly).toBe('in_progress');
		expect(answerFor('implemented')).toBe('yes');
		expect(answerFor(undefined)).toBeNull();
	});

	it('filters by department (the owner chosen, else the catalog department) and by series', () => {
		const hr = interviewControls(catalog.controls, new Map(), criteria, 'dept:HR');
		expect(hr.length).toBeGreaterThan(3);
		for (const c of hr) expect(c.department).toBe('HR');
		const moved = new Map([['IAM-02', { ownerDepartment: 'HR' } as never]]);
		expect(
			interviewControls(catalog.controls, moved, criteria, 'dept:HR').map((c) => c.id)
		).toContain('IAM-02');
		for (const c of interviewControls(catalog.controls, new Map(), criteria, 'series:CC8'))
			expect(c.criteria[0]?.startsWith('CC8')).toBe(true);
	});
});
