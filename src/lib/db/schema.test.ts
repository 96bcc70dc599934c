import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from './db';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './schema';
import { upgradeToV2 } from './upgrades/v2';
import { upgradeToV3 } from './upgrades/v3';
import { OWNED_TABLES } from '$lib/domain/assessments/aggregate';

interface Fixture {
	schemaVersion: number;
	tables: Record<string, Array<Record<string, unknown>>>;
}

const v1 = JSON.parse(readFileSync('tests/fixtures/db-v1.json', 'utf8')) as Fixture;
const v2 = JSON.parse(readFileSync('tests/fixtures/db-v2.json', 'utf8')) as Fixture;
let names: string[] = [];

/** Writes a fixture into a fresh database declared at the fixture's schema version. */
async function seed(fixture: Fixture): Promise<string> {
	const name = `fixture-${Math.random().toString(36).slice(2)}`;
	names.push(name);
	const old = new Dexie(name);
	declareSchema(old, fixture.schemaVersion);
	await old.open();
	for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
	old.close();
	return name;
}

afterEach(async () => {
	for (const n of names) await Dexie.delete(n);
	names = [];
});

describe('schema upgrades', () => {
	it('opens a version-1 database with current code and keeps every row', async () => {
		const name = await seed(v1);
		const db = new AppDb(name);
		await db.open();
		expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

		const rows = await db.assessments.toArray();
		expect(rows).toHaveLength(2);
		for (const original of v1.tables.assessments ?? []) {
			const now = await db.assessments.get(original.id as string);
			expect(now).toMatchObject(original);
			expect(now).toMatchObject({
				deletedAt: null,
				includedCategories: [],
				declinedCategories: []
			});
			// Version 3 keeps the bookkeeping beside the row.
			expect(await db.activity.get(original.id as string)).toMatchObject({
				progress: {},
				summary: null,
				editedAt: original.updatedAt
			});
		}
		// A value present before the upgrade is kept, a missing one gets the default.
		expect(
			(await db.assessments.get('9e7a9f64-2f41-4a4c-8f0b-6d5c1b2a3e44'))?.observationMonths
		).toBe(12);
		expect(
			(await db.assessments.get('5b0c2b5e-4a43-4bb8-9a57-0d1f7e6f7a11'))?.observationMonths
		).toBe(6);
		expect(await db.meta.get('lastBackupAt')).toEqual({
			key: 'lastBackupAt',
			value: '2026-10-02T08:00:00.000Z'
		});
		expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: 6 });
		// New tables exist and are empty.
		expect(await db.controlStates.count()).toBe(0);
		db.close();
	});

	it('upgrade to version 2 is safe to run twice', async () => {
		const name = await seed(v1);
		const db = new Dexie(name);
		declareSchema(db, 2);
		await db.open();
		const before = await db.table('assessments').toArray();
		await db.transaction('rw', db.table('assessments'), db.table('meta'), (tx) => upgradeToV2(tx));
		expect(await db.table('assessments').toArray()).toEqual(before);
		db.close();
	});

	it('opens a version-2 database and moves each assessment’s bookkeeping off its row', async () => {
		const name = await seed(v2);
		const db = new AppDb(name);
		await db.open();
		for (const original of v2.tables.assessments ?? []) {
			const { summary, progress, ...row } = original;
			expect(await db.assessments.get(original.id as string)).toEqual(row);
			expect(await db.activity.get(original.id as string)).toEqual({
				assessmentId: original.id,
				editedAt: original.updatedAt,
				summary,
				progress,
				updatedAt: original.updatedAt
			});
		}
		expect(await db.controlStates.toArray()).toEqual(v2.tables.controlStates);
		expect(await db.meta.get('dataVersion')).toEqual({ key: 'dataVersion', value: 6 });
		db.close();
	});

	it('upgrade to version 3 is safe to run twice', async () => {
		const name = await seed(v2);
		const db = new AppDb(name);
		await db.open();
		const before = [await db.assessments.toArray(), await db.activity.toArray()];
		await db.transaction('rw', db.assessments, db.activity, db.meta, (tx) => upgradeToV3(tx));
		expect([await db.assessments.toArray(), await db.activity.toArray()]).toEqual(before);
		db.close();
	});

	it('declares every table the aggregate owns, indexed by assessment', () => {
		const db = new AppDb(`declared-${Math.random().toString(36).slice(2)}`);
		for (const t of OWNED_TABLES) {
			const table = db.table(t.table);
			const indexed = [table.schema.primKey, ...table.schema.indexes].map((i) => i.name);
			expect(indexed, t.table).toContain('assessmentId');
		}
		expect(db.activity.schema.primKey.name).toBe('assessmentId');
	});
});
