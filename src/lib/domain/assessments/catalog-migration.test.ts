import { describe, expect, it } from 'vitest';
import { migrateToCatalog, migrationPath } from './catalog-migration';
import type { CatalogMigration } from '$lib/catalog/types';
import type { ControlState, EvidenceItem, RemediationTask } from '../types';

const state = (controlId: string, updatedAt = '2026-01-01T00:00:00Z'): ControlState => ({
	assessmentId: 'a',
	controlId,
	status: 'implemented',
	ownerName: 'Kim',
	ownerDepartment: null,
	notes: `notes for ${controlId}`,
	dueDate: null,
	lastPerformed: null,
	naRationale: '',
	updatedAt
});
const evidence = (controlId: string): EvidenceItem => ({
	id: `e-${controlId}`,
	assessmentId: 'a',
	controlId,
	title: 't',
	location: '',
	collectedAt: null,
	reportType: 'both',
	createdAt: '',
	updatedAt: ''
});
const task = (controlId: string): RemediationTask => ({
	id: `t-${controlId}`,
	assessmentId: 'a',
	gapKey: `control:${controlId}`,
	title: 't',
	controlIds: [controlId],
	ownerName: '',
	ownerDepartment: null,
	effortDays: 1,
	startDate: null,
	dueDate: null,
	status: 'todo',
	notes: '',
	edited: [],
	resolved: false,
	createdAt: '',
	updatedAt: ''
});

const catalog: { version: string; migrations: CatalogMigration[] } = {
	version: '2027.1',
	migrations: [
		{ from: '2026.1', to: '2026.2', controls: { 'IAM-01': 'IAM-11', 'OLD-01': null } },
		{ from: '2026.2', to: '2027.1', controls: { 'IAM-11': 'ACC-01', 'GOV-02': 'GOV-01' } }
	]
};

describe('catalog migration', () => {
	it('finds the chain of steps between two versions', () => {
		expect(migrationPath(catalog.migrations, '2026.1', '2027.1')?.map((m) => m.to)).toEqual([
			'2026.2',
			'2027.1'
		]);
		expect(migrationPath(catalog.migrations, '2027.1', '2027.1')).toEqual([]);
		expect(migrationPath(catalog.migrations, '2020.1', '2027.1')).toBeNull();
	});

	it('moves work on a renamed control through every step to its final id', () => {
		const out = migrateToCatalog(
			{
				controls: [state('IAM-01'), state('OLD-01'), state('CHG-01')],
				evidence: [evidence('IAM-01')],
				tasks: [task('IAM-01')]
			},
			'2026.1',
			catalog
		);
		expect(out.version).toBe('2027.1');
		expect(out.data.controls.map((c) => c.controlId).sort()).toEqual([
			'ACC-01',
			'CHG-01',
			'OLD-01'
		]);
		expect(out.data.controls.find((c) => c.controlId === 'ACC-01')?.notes).toBe('notes for IAM-01');
		expect(out.data.evidence[0]?.controlId).toBe('ACC-01');
		expect(out.data.tasks[0]).toMatchObject({ controlIds: ['ACC-01'], gapKey: 'control:ACC-01' });
		expect(out.renamed).toContainEqual({ from: 'IAM-01', to: 'ACC-01' });
		expect(out.removed).toEqual(['OLD-01']);
	});

	it('keeps the most recent state when two controls are merged', () => {
		const out = migrateToCatalog(
			{
				controls: [
					state('GOV-02', '2026-05-01T00:00:00Z'),
					state('GOV-01', '2026-03-01T00:00:00Z')
				],
				evidence: [],
				tasks: []
			},
			'2026.2',
			catalog
		);
		expect(out.data.controls).toHaveLength(1);
		expect(out.data.controls[0]?.notes).toBe('notes for GOV-02');
	});

	it('leaves data alone when already current or when no path exists', () => {
		const data = { controls: [state('IAM-01')], evidence: [], tasks: [] };
		expect(migrateToCatalog(data, '2027.1', catalog).data).toBe(data);
		expect(migrateToCatalog(data, '1999.1', catalog).version).toBe('1999.1');
	});
});
