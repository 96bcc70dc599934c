import { describe, expect, it } from 'vitest';
import type { Criterion } from '$lib/catalog/types';
import { testControl, testCriterion } from '$lib/testing/catalog';
import type { ControlState, ControlStatus } from '$lib/domain/types';
import {
	DEFAULT_FILTERS,
	LIKELY_FILTER,
	evidenceFilterFrom,
	filterControls,
	statusFilterFrom
} from './filters';

const CONTROLS = ['IAM-07', 'GOV-06', 'LOG-01', 'NET-01'].map((id) => testControl(id, ['CC6.1']));
const CRITERIA = new Map<string, Criterion>([['CC6.1', testCriterion('CC6.1')]]);

function states(entries: Record<string, ControlStatus>): Map<string, ControlState> {
	return new Map(
		Object.entries(entries).map(([id, status]) => [
			id,
			{
				assessmentId: 'a1',
				controlId: id,
				status,
				ownerName: '',
				ownerDepartment: null,
				notes: '',
				dueDate: null,
				lastPerformed: null,
				naRationale: '',
				updatedAt: '2027-01-01T00:00:00.000Z'
			}
		])
	);
}

describe('the "Likely in place, to confirm" filter', () => {
	it('shows only the controls still to confirm', () => {
		const toConfirm = new Set(['IAM-07', 'LOG-01']);
		const shown = filterControls(
			CONTROLS,
			states({ 'GOV-06': 'implemented' }),
			CRITERIA,
			{ ...DEFAULT_FILTERS, status: LIKELY_FILTER },
			undefined,
			toConfirm
		);
		expect(shown.map((c) => c.id)).toEqual(['IAM-07', 'LOG-01']);
	});

	it('shows nothing when no framework makes any control likely', () => {
		const f = { ...DEFAULT_FILTERS, status: LIKELY_FILTER } as const;
		expect(filterControls(CONTROLS, new Map(), CRITERIA, f)).toEqual([]);
	});

	it('leaves the ordinary status filter alone: likely controls are still Not assessed', () => {
		const f = { ...DEFAULT_FILTERS, status: 'not_assessed' } as const;
		const shown = filterControls(
			CONTROLS,
			states({ 'GOV-06': 'implemented' }),
			CRITERIA,
			f,
			undefined,
			new Set(['IAM-07'])
		);
		expect(shown.map((c) => c.id)).toEqual(['IAM-07', 'LOG-01', 'NET-01']);
	});
});

describe('statusFilterFrom', () => {
	it('reads a status or the likely filter from a link, and nothing else', () => {
		expect(statusFilterFrom('not_assessed')).toBe('not_assessed');
		expect(statusFilterFrom('likely')).toBe(LIKELY_FILTER);
		expect(statusFilterFrom('bogus')).toBe('');
		expect(statusFilterFrom(null)).toBe('');
	});
});

describe('the evidence filter', () => {
	const freshness: Record<string, 'missing' | 'stale' | 'current'> = {
		'IAM-07': 'stale',
		'GOV-06': 'current',
		'LOG-01': 'missing',
		'NET-01': 'stale'
	};
	const run = (evidence: 'stale' | 'missing') =>
		filterControls(
			CONTROLS,
			new Map(),
			CRITERIA,
			{ ...DEFAULT_FILTERS, evidence },
			undefined,
			new Set(),
			(id) => freshness[id] ?? 'missing'
		).map((c) => c.id);
	it('shows the controls whose evidence is stale, or those with none', () => {
		expect(run('stale')).toEqual(['IAM-07', 'NET-01']);
		expect(run('missing')).toEqual(['LOG-01']);
	});
	it('reads ?evidence= links', () => {
		expect(evidenceFilterFrom('stale')).toBe('stale');
		expect(evidenceFilterFrom('<script>')).toBe('');
	});
});
