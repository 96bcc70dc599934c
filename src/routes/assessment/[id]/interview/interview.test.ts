import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import {
	ANSWER_KEYS,
	ANSWER_STATUS,
	answerChange,
	answerFor,
	interviewControls,
	interviewSeries
} from './interview';

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

	it('offers each series of the controls once, in the order their first control comes', () => {
		const series = new Map([
			['CC6.1', { series: 'CC6' }],
			['CC1.1', { series: 'CC1' }],
			['A1.2', { series: 'A1' }]
		]);
		const controls = [
			{ criteria: ['CC6.1', 'CC1.1'] },
			{ criteria: ['CC1.1'] },
			{ criteria: ['CC6.1'] },
			{ criteria: ['XX9.9'] },
			{ criteria: [] },
			{ criteria: ['A1.2'] }
		];
		expect(interviewSeries(controls, series)).toEqual(['CC6', 'CC1', 'A1']);
		expect(interviewSeries([], series)).toEqual([]);
	});

	it('changes the status, and for Not applicable also the rationale, trimmed', () => {
		expect(answerChange('yes', null)).toEqual({ status: 'implemented' });
		expect(answerChange('no', 'left over')).toEqual({ status: 'not_started' });
		expect(answerChange('na', '  No offices.\n')).toEqual({
			status: 'not_applicable',
			naRationale: 'No offices.'
		});
		expect(answerChange('na', null)).toEqual({ status: 'not_applicable', naRationale: '' });
	});
});
