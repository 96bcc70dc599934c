import { describe, expect, it } from 'vitest';
import type { Control } from '$lib/catalog/types';
import type { ControlState, EvidenceItem } from '../types';
import { controlFreshness, evidenceActivities, evidenceLifeDays, freshness } from './freshness';

const item = (controlId: string, collectedAt: string | null): EvidenceItem => ({
	id: `${controlId}-${collectedAt}`,
	assessmentId: 'a',
	controlId,
	title: 't',
	location: '',
	collectedAt,
	reportType: 'both',
	createdAt: '',
	updatedAt: ''
});

describe('freshness', () => {
	it('gives each frequency the life the overdue rule allows', () => {
		expect(evidenceLifeDays('monthly')).toBe(35);
		expect(evidenceLifeDays('quarterly')).toBe(100);
		expect(evidenceLifeDays('annually')).toBe(380);
		expect(evidenceLifeDays('continuous')).toBe(365);
		expect(evidenceLifeDays('per_event')).toBe(365);
	});
	it('is current up to the last allowed day, stale the day after', () => {
		// A monthly control: dated 1 March, current through 5 April (35 days), stale on 6 April.
		expect(freshness('2026-03-01', 'monthly', '2026-03-10')).toEqual({
			state: 'current',
			staleOn: '2026-04-06'
		});
		expect(freshness('2026-03-01', 'monthly', '2026-04-05').state).toBe('due_soon');
		expect(freshness('2026-03-01', 'monthly', '2026-04-06').state).toBe('stale');
		expect(freshness(null, 'monthly', '2026-04-06')).toEqual({ state: 'undated', staleOn: null });
		expect(freshness('2026-05-01', 'monthly', '2026-04-06').state).toBe('future');
	});
	it('judges a control by its newest dated evidence', () => {
		const f = controlFreshness(
			[item('X', '2025-01-01'), item('X', '2026-11-20'), item('X', null)],
			'continuous',
			'2026-12-01'
		);
		expect(f).toEqual({ state: 'current', staleOn: '2027-11-21' });
		expect(controlFreshness([], 'continuous', '2026-12-01')).toBeNull();
	});
});

describe('evidenceActivities', () => {
	const ctl = (id: string, frequency: Control['frequency']) =>
		({ id, title: `Control ${id}`, frequency, department: 'Engineering' }) as Control;
	const states = new Map<string, ControlState>([
		['B', { status: 'not_applicable' } as unknown as ControlState],
		[
			'A',
			{
				status: 'implemented',
				ownerName: 'Ana',
				ownerDepartment: 'Engineering'
			} as unknown as ControlState
		]
	]);
	it('asks for fresh evidence two weeks before it goes stale, overdue once it has', () => {
		const out = evidenceActivities({
			controls: [
				ctl('A', 'quarterly'),
				ctl('B', 'monthly'),
				ctl('C', 'monthly'),
				ctl('D', 'annually')
			],
			states,
			evidence: [item('A', '2026-10-01'), item('B', '2026-10-01'), item('C', '2026-09-01')],
			today: '2026-12-01'
		});
		expect(out.map((a) => [a.id, a.nextDue, a.overdue, a.ownerName])).toEqual([
			// 1 October, current 100 days (through 9 January) -> stale on 10 January 2027, asked for
			// on 27 December.
			['evidence-renew:A', '2026-12-27', false, 'Ana'],
			// 1 September, current through 6 October -> stale on 7 October: overdue.
			['evidence-renew:C', '2026-09-23', true, '']
		]);
		expect(out[0]?.source).toBe('evidence');
	});
});
