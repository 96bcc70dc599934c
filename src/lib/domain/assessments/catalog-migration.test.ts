import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogMigration } from '$lib/catalog/types';
import {
	compareCatalogVersions,
	controlIdMap,
	hasCatalogChanges,
	migratedControlIds,
	migrateTemplate,
	migrateWork,
	type CatalogWork
} from './catalog-migration';
import type { ControlState, EvidenceItem, RemediationTask, Template, Vendor } from '../types';
import { newVendor, type VendorDraft } from '../vendors';

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
const task = (controlId: string, ...more: string[]): RemediationTask => ({
	id: `t-${controlId}`,
	assessmentId: 'a',
	gapKey: `control:${controlId}`,
	title: 't',
	controlIds: [controlId, ...more],
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
const VENDOR_DRAFT: VendorDraft = {
	name: 'Cloudco',
	service: 'Hosting',
	ownerName: 'Sam',
	dataAccess: 'customer_personal',
	systemAccess: 'admin',
	dependency: 'high',
	tierOverride: null,
	tierOverrideReason: '',
	contractStart: null,
	renewalDate: null,
	lastReviewedAt: null,
	notes: ''
};
const vendorWithCuec = (controlId: string): Vendor => {
	const v = newVendor(VENDOR_DRAFT, 'v1', 'a', new Date('2026-01-01T00:00:00.000Z'));
	return {
		...v,
		assurance: {
			...v.assurance,
			soc2: {
				type: 'type2',
				periodStart: null,
				periodEnd: null,
				opinion: null,
				opinionNotes: '',
				bridgeLetterDate: null,
				subserviceOrgs: '',
				cuecsReviewed: true,
				cuecs: [{ description: 'Review admin access', controlId }]
			}
		}
	};
};
const work = (w: Partial<CatalogWork>): CatalogWork => ({
	controls: [],
	evidence: [],
	tasks: [],
	vendors: [],
	...w
});

const catalog: { version: string; migrations: CatalogMigration[] } = {
	version: '2027.1',
	migrations: [
		{ from: '2026.2', to: '2027.1', controls: { 'IAM-11': 'ACC-01', 'GOV-02': 'GOV-01' } },
		{ from: '2026.1', to: '2026.2', controls: { 'IAM-01': 'IAM-11', 'OLD-01': null } }
	]
};

const version = fc
	.tuple(fc.integer({ min: 2000, max: 2199 }), fc.integer({ min: 0, max: 9999 }))
	.map(([y, n]) => ({ text: `${y}.${n}`, order: y * 10_000 + n }));

describe('catalog versions', () => {
	it('order numerically, part by part', () => {
		fc.assert(
			fc.property(version, version, (a, b) => {
				expect(Math.sign(compareCatalogVersions(a.text, b.text))).toBe(
					Math.sign(a.order - b.order)
				);
			})
		);
		expect(compareCatalogVersions('2026.10', '2026.9')).toBeGreaterThan(0);
	});
});

describe('control id maps', () => {
	const migrations: CatalogMigration[] = [
		{ from: '2026.2', to: '2026.3', controls: { 'B-1': 'C-1', 'X-1': null } },
		{ from: '2026.1', to: '2026.2', controls: { 'A-1': 'B-1', 'Y-1': 'Z-1' } }
	];

	it('composes renames across versions, in version order', () => {
		const map = controlIdMap(migrations, '2026.1', '2026.3');
		expect(Object.fromEntries(map)).toEqual({
			'A-1': 'C-1',
			'Y-1': 'Z-1',
			'B-1': 'C-1',
			'X-1': null
		});
	});

	it('applies only the migrations after the starting version', () => {
		expect(Object.fromEntries(controlIdMap(migrations, '2026.2', '2026.3'))).toEqual({
			'B-1': 'C-1',
			'X-1': null
		});
		expect(controlIdMap(migrations, '2026.3', '2026.3').size).toBe(0);
	});

	it('lists every id an older file may hold', () => {
		expect([...migratedControlIds(migrations)].sort()).toEqual(['A-1', 'B-1', 'X-1', 'Y-1']);
	});
});

describe('catalog migration of an assessment’s work', () => {
	it('moves work on a renamed control through every step to its final id', () => {
		const out = migrateWork(
			work({
				controls: [state('IAM-01'), state('OLD-01'), state('CHG-01')],
				evidence: [evidence('IAM-01')],
				tasks: [task('IAM-01')]
			}),
			'2026.1',
			catalog
		);
		expect(out?.changes.to).toBe('2027.1');
		expect(out?.work.controls.map((c) => c.controlId).sort()).toEqual([
			'ACC-01',
			'CHG-01',
			'OLD-01'
		]);
		expect(out?.work.controls.find((c) => c.controlId === 'ACC-01')?.notes).toBe(
			'notes for IAM-01'
		);
		expect(out?.work.evidence[0]?.controlId).toBe('ACC-01');
		expect(out?.work.tasks[0]).toMatchObject({ controlIds: ['ACC-01'], gapKey: 'control:ACC-01' });
		expect(out?.changes.renamed).toContainEqual({ from: 'IAM-01', to: 'ACC-01' });
		expect(out?.changes.retired).toEqual(['OLD-01']);
	});

	it('keeps every bit of a retired control’s work under its old id', () => {
		const out = migrateWork(
			work({
				controls: [state('OLD-01')],
				evidence: [evidence('OLD-01')],
				tasks: [task('OLD-01', 'IAM-01')],
				vendors: [vendorWithCuec('OLD-01')],
				interviewControlId: 'OLD-01'
			}),
			'2026.1',
			catalog
		);
		expect(out?.work.controls).toEqual([state('OLD-01')]);
		expect(out?.work.evidence).toEqual([evidence('OLD-01')]);
		expect(out?.work.tasks[0]).toMatchObject({
			controlIds: ['OLD-01', 'ACC-01'],
			gapKey: 'control:OLD-01'
		});
		expect(out?.work.vendors[0]?.assurance.soc2?.cuecs[0]?.controlId).toBe('OLD-01');
		// The interview cannot stand on a control it no longer asks about.
		expect(out?.work.interviewControlId).toBeUndefined();
		expect(out?.changes).toEqual({
			from: '2026.1',
			to: '2027.1',
			renamed: [{ from: 'IAM-01', to: 'ACC-01' }],
			merged: [],
			retired: ['OLD-01']
		});
	});

	it('merged into a control that continues: it keeps its own state, the other stays on record', () => {
		const out = migrateWork(
			work({
				controls: [
					state('GOV-02', '2026-05-01T00:00:00Z'),
					state('GOV-01', '2026-03-01T00:00:00Z')
				],
				evidence: [evidence('GOV-02')]
			}),
			'2026.2',
			catalog
		);
		const byId = new Map(out?.work.controls.map((c) => [c.controlId, c]));
		expect(byId.get('GOV-01')?.notes).toBe('notes for GOV-01');
		expect(byId.get('GOV-02')?.notes).toBe('notes for GOV-02');
		expect(out?.work.evidence[0]?.controlId).toBe('GOV-01');
		expect(out?.changes.merged).toEqual([{ into: 'GOV-01', from: ['GOV-02'], kept: 'GOV-01' }]);
	});

	it('merged into a new control: the most recently edited state moves, the others stay', () => {
		const merging = {
			version: '2026.2',
			migrations: [{ from: '2026.1', to: '2026.2', controls: { 'A-1': 'N-1', 'B-1': 'N-1' } }]
		};
		const out = migrateWork(
			work({
				controls: [state('A-1', '2026-01-01T00:00:00Z'), state('B-1', '2026-02-01T00:00:00Z')],
				tasks: [task('A-1', 'B-1')],
				interviewControlId: 'A-1'
			}),
			'2026.1',
			merging
		);
		expect(out?.work.controls.map((c) => [c.controlId, c.notes]).sort()).toEqual([
			['A-1', 'notes for A-1'],
			['N-1', 'notes for B-1']
		]);
		expect(out?.work.tasks[0]?.controlIds).toEqual(['N-1']);
		expect(out?.work.interviewControlId).toBe('N-1');
		expect(out?.changes.merged).toEqual([{ into: 'N-1', from: ['A-1', 'B-1'], kept: 'B-1' }]);
		expect(out?.changes.renamed).toEqual([]);
	});

	it('loses no state, whatever the migration and the work', () => {
		const ids = ['A-1', 'B-1', 'C-1', 'D-1', 'E-1'];
		const arbitrary = fc.record({
			map: fc.dictionary(fc.constantFrom(...ids), fc.option(fc.constantFrom(...ids, 'N-1'))),
			held: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 5 })
		});
		fc.assert(
			fc.property(arbitrary, ({ map, held }) => {
				const controls = held.map((id, i) => state(id, `2026-01-0${i + 1}T00:00:00Z`));
				const out = migrateWork(work({ controls }), '2026.1', {
					version: '2026.2',
					migrations: [{ from: '2026.1', to: '2026.2', controls: map }]
				});
				const notes = out?.work.controls.map((c) => c.notes).sort();
				expect(notes).toEqual(controls.map((c) => c.notes).sort());
				const keys = out?.work.controls.map((c) => c.controlId) ?? [];
				expect(new Set(keys).size).toBe(keys.length);
			})
		);
	});

	it('does nothing when already current or made with a newer catalog', () => {
		const data = work({ controls: [state('IAM-01')] });
		expect(migrateWork(data, '2027.1', catalog)).toBeNull();
		expect(migrateWork(data, '2028.1', catalog)).toBeNull();
		const none = migrateWork(data, '2020.1', { version: '2027.1', migrations: [] });
		expect(none?.work.controls).toEqual(data.controls);
		expect(none && hasCatalogChanges(none.changes)).toBe(false);
	});
});

describe('catalog migration of a template', () => {
	const template: Template = {
		id: 't1',
		name: 'SaaS',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		catalogVersion: '2026.2',
		answers: {},
		includedCategories: [],
		declinedCategories: [],
		notes: { 'IAM-11': 'renamed note', 'GOV-02': 'merged note', 'GOV-01': 'own note' }
	};

	it('moves renamed notes, keeps a continuing control’s own and the merged one under its id', () => {
		const out = migrateTemplate(template, catalog);
		expect(out.catalogVersion).toBe('2027.1');
		expect(out.notes).toEqual({
			'ACC-01': 'renamed note',
			'GOV-01': 'own note',
			'GOV-02': 'merged note'
		});
		expect(migrateTemplate(out, catalog)).toBe(out);
	});
});
