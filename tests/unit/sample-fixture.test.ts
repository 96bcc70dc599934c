import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackup } from '$lib/files/backup';

describe('the sample assessment fixture', () => {
	it('is a valid backup for the current catalog, with data on every page', async () => {
		const bundle = await readBackup(readFileSync('tests/fixtures/sample-assessment.json', 'utf8'));
		const [a] = bundle.assessments;
		expect(a?.assessment.companyName).toBe('Northwind Health Analytics');
		expect(a?.controls.length).toBeGreaterThan(80);
		expect(a?.evidence.length).toBeGreaterThan(20);
		expect(a?.tasks.length).toBeGreaterThan(30);
		expect(a?.vendors.length).toBe(6);
		expect(a?.snapshots.map((s) => s.name)).toEqual(['Workshop 1']);
	});
});
