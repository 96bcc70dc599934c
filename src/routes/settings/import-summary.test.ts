import { describe, expect, it } from 'vitest';
import type { ImportResult } from '$lib/files/backup/import-types';
import { importSummary } from './import-summary';

const none: ImportResult = {
	added: [],
	replaced: [],
	skipped: [],
	reidentified: [],
	templatesAdded: 0,
	templatesAlreadyHere: [],
	rows: 0
};

describe('importSummary', () => {
	it('counts what changed, as before', () => {
		expect(importSummary('b.zip', { ...none, added: ['a', 'b'], templatesAdded: 1 })).toBe(
			'Imported b.zip: 2 added, 1 template added.'
		);
		expect(importSummary('b.zip', none)).toBe('Imported b.zip: nothing to change.');
	});

	it('names templates already on the device, which were left unchanged', () => {
		expect(importSummary('b.zip', { ...none, templatesAlreadyHere: ['SaaS <b>'] })).toBe(
			'Imported b.zip: template “SaaS <b>” already on this device, left as it was.'
		);
		expect(
			importSummary('b.zip', {
				...none,
				added: ['a'],
				templatesAlreadyHere: ['A', 'B', 'C', 'D', 'E']
			})
		).toBe(
			'Imported b.zip: 1 added, templates “A”, “B”, “C” and 2 more already on this device, left as they were.'
		);
		expect(importSummary('b.zip', { ...none, templatesAlreadyHere: ['A', 'B'] })).toBe(
			'Imported b.zip: templates “A” and “B” already on this device, left as they were.'
		);
	});

	it('says which assessments had rows re-identified, and how many', () => {
		expect(
			importSummary('b.zip', {
				...none,
				added: ['x'],
				reidentified: [{ id: 'x', companyName: 'Acme', rows: 3 }]
			})
		).toBe(
			'Imported b.zip: 1 added. In “Acme”, 3 records had ids another assessment on this device already uses, so they were given new ones (with their links); nothing else changed.'
		);
	});
});
