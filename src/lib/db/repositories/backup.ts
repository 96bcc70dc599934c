/**
 * Backups, database side: exporting assessments as a bundle, a canonical dump of every table (to
 * prove a failed import changed nothing), previewing an import and importing all-or-nothing in
 * one transaction over every table. Parsing and checking files lives in $lib/files/backup. Which
 * tables an assessment owns comes from the one declaration of the aggregate.
 */
import { catalog as appCatalog } from '$lib/catalog';
import { CATALOG_VERSION } from '$lib/catalog/version';
import {
	fromRecord,
	OWNED_TABLES,
	toRecord,
	type AssessmentAggregate
} from '$lib/domain/assessments/aggregate';
import type { MigrationCatalog } from '$lib/domain/assessments/catalog-migration';
import { hasCatalogChanges } from '$lib/domain/assessments/catalog-migration';
import type { Assessment, MetaRow } from '$lib/domain/types';
import { migrateBundle } from '$lib/files/backup/catalog-migrate';
import { BackupError, idConflict, missingDecision } from '$lib/files/backup/errors';
import {
	buildBundle,
	rowCounts,
	type BackupAssessment,
	type BackupBundle
} from '$lib/files/backup/format';
import type {
	ImportDecision,
	ImportOptions,
	ImportPreview,
	ImportPreviewItem,
	ImportResult
} from '$lib/files/backup/import-types';
import { reidentify } from '$lib/files/backup/reidentify';
import { stableStringify } from '$lib/files/backup/safe-json';
import Dexie, { type Table } from 'dexie';
import { db, DbProblem, type AppDb } from '../db';
import { write, type TableName } from '../write';
import { AGGREGATE_TABLES, deleteAggregate, ownedRows } from './aggregate';
import { countOwned, readAggregates } from './aggregate-read';
import { getLastBackupAt, LAST_BACKUP_KEY } from './meta';

export { getLastBackupAt };

export type { ImportDecision, ImportOptions, ImportPreview, ImportPreviewItem, ImportResult };

const DATA_TABLES = [...AGGREGATE_TABLES, 'templates'] as const satisfies readonly TableName[];

/** An aggregate in the bundle's form: its row and activity as one record. */
function toBackup({ assessment, activity, ...rest }: AssessmentAggregate): BackupAssessment {
	return { ...rest, assessment: toRecord(assessment, activity) };
}

/** Reads the given assessments (all live ones when `only` is absent) with every row they own. */
async function readAssessments(d: AppDb, only?: string): Promise<BackupAssessment[]> {
	const assessments = (
		only === undefined ? await d.assessments.toArray() : [await d.assessments.get(only)]
	).filter((a): a is Assessment => a !== undefined && !a.deletedAt);
	return (await readAggregates(d, assessments)).map(toBackup);
}

function bundleOf(
	assessments: BackupAssessment[],
	templates: BackupBundle['templates'],
	now: Date
): BackupBundle {
	return buildBundle({
		assessments,
		templates,
		appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown',
		catalogVersion: CATALOG_VERSION,
		exportedAt: now.toISOString()
	});
}

/**
 * Every live assessment (deleted ones awaiting purge are left out) with all its rows, plus all
 * templates. Records the time as the last backup.
 */
export async function exportAll(now: Date = new Date()): Promise<BackupBundle> {
	const d = db();
	// One read transaction, so the assessments and templates are from the same moment.
	const [assessments, templates] = await d.transaction('r', [...DATA_TABLES], () =>
		Promise.all([readAssessments(d), d.templates.toArray()])
	);
	const bundle = bundleOf(assessments, templates, now);
	await write(['meta'], async () => {
		await d.meta.put({ key: LAST_BACKUP_KEY, value: bundle.exportedAt } satisfies MetaRow);
	});
	return bundle;
}

/**
 * One assessment with all its rows and snapshots (no templates: they belong to no assessment).
 * Not recorded as a backup, since the rest of the data is not in it.
 */
export async function exportAssessment(id: string, now: Date = new Date()): Promise<BackupBundle> {
	const d = db();
	const [item] = await d.transaction('r', [...DATA_TABLES], () => readAssessments(d, id));
	if (!item) throw new Error('This assessment no longer exists.');
	return bundleOf([item], [], now);
}

/**
 * Every table's rows in key order as one deterministic string: equal databases give equal
 * strings, so tests can prove a refused import left every byte as it was.
 */
export async function canonicalDump(): Promise<string> {
	const d = db();
	const tables = [...d.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const dump = await d.transaction('r', tables, async () => {
		const out: Record<string, unknown[]> = {};
		for (const t of tables) out[t.name] = await t.toArray();
		return out;
	});
	return stableStringify(dump, '\t');
}

/**
 * What importing `bundle` would add and what it would replace, by assessment id, and for each
 * assessment made with an older catalog which controls with work move.
 */
export async function previewImport(
	bundle: BackupBundle,
	catalog: MigrationCatalog = appCatalog
): Promise<ImportPreview> {
	const d = db();
	const { changes } = migrateBundle(bundle, catalog);
	return d.transaction('r', [...DATA_TABLES], async () => {
		const preview: ImportPreview = {
			added: [],
			conflicts: [],
			templates: { added: [], alreadyHere: [] }
		};
		for (const item of bundle.assessments) {
			const here = await d.assessments.get(item.assessment.id);
			const moved = changes.get(item.assessment.id);
			const entry: ImportPreviewItem = {
				id: item.assessment.id,
				companyName: item.assessment.companyName,
				rows: rowCounts(item),
				existing: here
					? {
							companyName: here.companyName,
							rows: await countOwned(d, here.id),
							deleted: here.deletedAt !== null
						}
					: null,
				catalog: moved && hasCatalogChanges(moved) ? moved : null
			};
			(here ? preview.conflicts : preview.added).push(entry);
		}
		const templatesHere = await d.templates.bulkGet(bundle.templates.map((t) => t.id));
		bundle.templates.forEach((t, i) =>
			(templatesHere[i] ? preview.templates.alreadyHere : preview.templates.added).push(t.name)
		);
		return preview;
	});
}

/**
 * Writes rows in bulk, counting them, and fails on purpose after `faultAfter` rows (tests).
 * Empty lists are never awaited: in a Dexie transaction, a run of awaits on anything but
 * Dexie's own promises loses the transaction, which then commits early (PrematureCommitError).
 */
class RowWriter {
	written = 0;
	#steps: Array<() => PromiseLike<void>> = [];
	constructor(private readonly faultAfter: number | undefined) {}

	/** Queues a bulk add of `rows` (nothing when empty) to run later, in order. */
	add<T, K, I>(table: Table<T, K, I>, rows: readonly I[]): void {
		if (rows.length > 0) this.#steps.push(() => this.#write(table, rows));
	}

	/** Runs the queued writes in order, as one chain of Dexie promises. */
	flush(): PromiseLike<void> {
		const steps = this.#steps.splice(0);
		return steps.reduce<PromiseLike<void>>((p, step) => p.then(step), Dexie.Promise.resolve());
	}

	#write<T, K, I>(table: Table<T, K, I>, rows: readonly I[]): PromiseLike<void> {
		const room = this.faultAfter === undefined ? Infinity : this.faultAfter - this.written;
		const batch = rows.length > room ? rows.slice(0, room) : [...rows];
		return table.bulkAdd(batch).then(() => {
			this.written += batch.length;
			if (batch.length < rows.length) throw new Error(`Injected fault after ${this.written} rows.`);
		});
	}
}

/** Refuses rows whose own id is already used here (by another assessment): ids stay unique. */
async function checkOwnIds(d: AppDb, item: BackupAssessment, index: number): Promise<void> {
	for (const t of OWNED_TABLES) {
		if (!t.ownIds) continue;
		const rows: ReadonlyArray<{ id: string }> = item[t.field];
		const found = await d.table(t.table).bulkGet(rows.map((r) => r.id));
		const j = found.findIndex((row) => row !== undefined);
		if (j >= 0) throw idConflict(`assessments[${index}].${t.field}[${j}].id`, rows[j]?.id ?? '');
	}
}

/** The body of the import transaction. Kept flat: only Dexie promises are awaited. */
async function importRows(
	d: AppDb,
	bundle: BackupBundle,
	decisions: Readonly<Record<string, ImportDecision>>,
	newId: () => string,
	faultAfter: number | undefined
): Promise<ImportResult> {
	const writer = new RowWriter(faultAfter);
	const result: ImportResult = { added: [], replaced: [], skipped: [], templatesAdded: 0, rows: 0 };
	for (const [index, original] of bundle.assessments.entries()) {
		const id = original.assessment.id;
		const decision = Object.hasOwn(decisions, id) ? decisions[id] : undefined;
		if (decision === 'skip') {
			result.skipped.push(id);
			continue;
		}
		const here = await d.assessments.get(id);
		let item = original;
		if (here && decision === 'replace') {
			// Format 1 carries no files: the assessment's evidence locker stays as it is.
			await deleteAggregate(d, id, { keepFiles: true });
			result.replaced.push(id);
		} else if (here && decision === 'keep-both') {
			item = reidentify(original, newId);
			result.added.push(item.assessment.id);
		} else if (here) {
			// Appeared since the preview (another tab): the user has not decided about it.
			throw missingDecision(original.assessment.companyName);
		} else result.added.push(id);
		await checkOwnIds(d, item, index);
		const { assessment, activity } = fromRecord(item.assessment);
		// A backup restores live data: an assessment deleted at export time is not kept deleted.
		writer.add(d.assessments, [{ ...assessment, deletedAt: null }]);
		writer.add(d.activity, [activity]);
		for (const [table, rows] of ownedRows(item)) writer.add(d.table(table), rows);
		await writer.flush();
	}
	const templatesHere = await d.templates.bulkGet(bundle.templates.map((t) => t.id));
	const newTemplates = bundle.templates.filter((_, i) => templatesHere[i] === undefined);
	writer.add(d.templates, newTemplates);
	await writer.flush();
	result.templatesAdded = newTemplates.length;
	result.rows = writer.written;
	return result;
}

/**
 * Imports a checked bundle in one transaction over every table: either all of it lands or none.
 * Assessments and templates made with an older catalog are first brought to the app's catalog
 * (as opening them in place would). `decisions` says what to do with each assessment whose id is
 * already here ('keep-both' gives the copy and every row it owns fresh ids from `newId` and the
 * suffix " (imported)"; 'replace' deletes the one here first; 'skip'); assessments not yet here
 * are added unless marked 'skip'. Templates already here are left unchanged.
 */
export async function importBundle(
	bundle: BackupBundle,
	decisions: Readonly<Record<string, ImportDecision>>,
	newId: () => string,
	options: ImportOptions = {}
): Promise<ImportResult> {
	const d = db();
	const preview = await previewImport(bundle, options.catalog);
	const undecided = preview.conflicts.find((c) => !Object.hasOwn(decisions, c.id));
	if (undecided) throw missingDecision(undecided.companyName);
	const migrated = migrateBundle(bundle, options.catalog ?? appCatalog).bundle;
	try {
		return await write(DATA_TABLES, () =>
			importRows(d, migrated, decisions, newId, options.faultAfterRows)
		);
	} catch (e) {
		// saveState reports every failure as a DbProblem; hand back our own error with its code.
		throw e instanceof DbProblem && e.cause instanceof BackupError ? e.cause : e;
	}
}
