import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import {
	ANSWER_KEYS,
	ANSWER_STATUS,
	answerChange,
	answerFor,
	filterLabel,
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
		expect(ANSWER_KEYS.l).toBe('planned');
		expect(answerFor('planned')).toBe('planned');
		expect(answerChange('planned', null)).toEqual({ status: 'planned' });
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

	it('walks only the key controls when asked', () => {
		const key = interviewControls(catalog.controls, new Map(), criteria, 'key');
		expect(key.length).toBe(catalog.controls.filter((c) => c.key).length);
		expect(key.every((c) => c.key)).toBe(true);
		expect(filterLabel('key')).toBe('Key controls only');
	});

	it('walks only the controls nobody has answered when asked for the unanswered ones', () => {
		const answered = new Map([
			['GOV-01', { status: 'not_started' } as never],
			['GOV-02', { status: 'not_assessed', notes: 'note only' } as never]
		]);
		const open = interviewControls(catalog.controls, answered, criteria, 'unanswered');
		expect(open).toHaveLength(catalog.controls.length - 1);
		expect(open.map((c) => c.id)).not.toContain('GOV-01');
		expect(open.map((c) => c.id)).toContain('GOV-02');
		expect(filterLabel('unanswered')).toBe('Not assessed yet');
	});

	it('offers each series of the controls once, in the order of the criteria', () => {
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
		// The catalog's order of criteria, whatever order the controls come in.
		expect(interviewSeries(controls, series)).toEqual(['CC6', 'CC1', 'A1']);
		const catalogOrder = new Map([
			['CC1.1', { series: 'CC1' }],
			['CC5.1', { series: 'CC5' }],
			['CC2.1', { series: 'CC2' }]
		]);
		expect(
			interviewSeries(
				[{ criteria: ['CC5.1'] }, { criteria: ['CC1.1'] }, { criteria: ['CC2.1'] }],
				catalogOrder
			)
		).toEqual(['CC1', 'CC5', 'CC2']);
		const all = interviewSeries(catalog.controls, criteria);
		expect(all.slice(0, 9)).toEqual([
			'CC1',
			'CC2',
			'CC3',
			'CC4',
			'CC5',
			'CC6',
			'CC7',
			'CC8',
			'CC9'
		]);
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
