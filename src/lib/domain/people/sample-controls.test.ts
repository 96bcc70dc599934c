import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { checksForItem, evidenceFor, itemControls, processControls } from './sample-controls';
import { PEOPLE_PROCESSES } from './sampling';
import { CHECK_KINDS } from './types';

describe('process to controls', () => {
	it('names, written out, the controls each process evidences', () => {
		expect(processControls('hires')).toEqual([
			'HR-02',
			'HR-07',
			'HR-04',
			'HR-01',
			'END-01',
			'IAM-02',
			'IAM-04'
		]);
		expect(processControls('leavers')).toEqual(['IAM-05', 'HR-08']);
		expect(processControls('training_completions')).toEqual(['HR-04']);
		expect(processControls('access_changes')).toEqual(['IAM-04', 'HR-07', 'IAM-05', 'HR-08']);
	});

	it('names only controls of the catalog', () => {
		const ids = new Set(catalog.controls.map((c) => c.id));
		for (const p of PEOPLE_PROCESSES)
			for (const id of processControls(p)) expect(ids.has(id)).toBe(true);
	});

	it('tests an access change for what it was: the approval or the removal', () => {
		expect(checksForItem('access_changes', { kind: 'access_granted' })).toEqual(['access_granted']);
		expect(itemControls('access_changes', { kind: 'access_removed' })).toEqual(['IAM-05', 'HR-08']);
	});

	it('leaves the device checks out for someone without a company device', () => {
		expect(checksForItem('hires', {}, false)).not.toContain('device_enrolled');
		expect(itemControls('hires', {}, false)).not.toContain('END-01');
		expect(checksForItem('leavers', {}, false)).toEqual(['access_removed']);
		expect(checksForItem('leavers', {})).toEqual(['access_removed', 'device_returned']);
	});
});

describe('evidenceFor', () => {
	it('says what to provide with the deadline and the date', () => {
		expect(evidenceFor('hires', 'background_check', '2027-01-04')).toBe(
			'Background check completion record dated on or before the start date (2027-01-04) and before access was granted'
		);
		expect(evidenceFor('hires', 'security_training', '2027-01-04')).toMatch(
			/within 30 days of the start date \(2027-01-04\)/
		);
		expect(evidenceFor('leavers', 'access_removed', '2027-02-01')).toMatch(
			/within 1 day of the end date \(2027-02-01\)/
		);
		expect(evidenceFor('training_completions', 'security_training', '2027-02-01')).toMatch(
			/dated 2027-02-01$/
		);
	});

	it('has a sentence for every check of every process', () => {
		for (const p of PEOPLE_PROCESSES)
			for (const k of CHECK_KINDS)
				expect(evidenceFor(p, k, '2027-01-01').length).toBeGreaterThan(20);
	});
});
