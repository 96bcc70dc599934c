/**
 * Backups, database side: exporting assessments as a bundle, a canonical dump of every table (to
 * prove a failed import changed nothing), previewing an import and importing all-or-nothing in
 * one transaction over every table (its body is backup-import.ts). Parsing and checking files
 * lives in $lib/files/backup. Which
 * tables an assessment owns comes from the one declaration of the aggregate.
 */
import { catalog as appCatalog } from '$lib/catalog';
import { CATALOG_VERSION } from '$lib/catalog/version';
import { toRecord, type AssessmentAggregate } from '$lib/domain/assessments/aggregate';
import type { MigrationCatalog } from '$lib/domain/assessments/catalog-migration';
import { hasCatalogChanges } from '$lib/domain/assessments/catalog-migration';
import type { Assessment, EvidenceFile, MetaRow } from '$lib/domain/types';
import { migrateBundle } from '$lib/files/backup/catalog-migrate';
import { BackupError, missingDecision } from '$lib/files/backup/errors';
import {
	buildBundle,
	filesOf,
	rowCounts,
	type BackupAssessment,
	type BackupBundle
} from '$lib/files/backup/format';
import type {
	BackupProgress,
	ImportDecision,
	ImportOptions,
	ImportPreview,
	ImportPreviewItem,
	ImportResult
} from '$lib/files/backup/import-types';
import { stableStringify } from '$lib/files/backup/safe-json';
import { db, DbProblem, type AppDb } from '../db';
import { write, type TableName } from '../write';
import { AGGREGATE_TABLES } from './aggregate';
import { importRows } from './backup-import';
import { countOwned, readAggregates, rowsByAssessment } from './aggregate-read';
import { getLastBackupAt, LAST_BACKUP_KEY } from './meta';

export { getLastBackupAt };

export type {
	BackupProgress,
	ImportDecision,
	ImportOptions,
	ImportPreview,
	ImportPreviewItem,
	ImportResult
};

const DATA_TABLES = [...AGGREGATE_TABLES, 'templates'] as const satisfies readonly TableName[];

/** An aggregate in the bundle's form: its row and activity as one record, with its file records. */
function toBackup(
	{ assessment, activity, ...rest }: AssessmentAggregate,
	files: readonly EvidenceFile[]
): BackupAssessment {
	return { ...rest, files: [...files], assessment: toRecord(assessment, activity) };
}

/**
 * Reads the given assessments (all live ones when `only` is absent) with every row they own and
 * the records of their files (the bytes are read one at a time as the container is written).
 * Linear in the rows: each table is read once and grouped by assessment.
 */
async function readAssessments(d: AppDb, only?: string): Promise<BackupAssessment[]> {
	const assessments = (
		only === undefined ? await d.assessments.toArray() : [await d.assessments.get(only)]
	).filter((a): a is Assessment => a !== undefined && !a.deletedAt);
	const ids = assessments.map((a) => a.id);
	const [aggregates, files] = await Promise.all([
		readAggregates(d, assessments),
		rowsByAssessment(d.evidenceFiles, ids)
	]);
	return aggregates.map((a) => toBackup(a, files.get(a.assessment.id) ?? []));
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

/** Records `at` (ISO) as the time of the last full backup, once its file has been made. */
export async function recordBackup(at: string): Promise<void> {
	const d = db();
	await write(['meta'], async () => {
		await d.meta.put({ key: LAST_BACKUP_KEY, value: at } satisfies MetaRow);
	});
}

/**
 * Every live assessment (deleted ones awaiting purge are left out) with all its rows and file
 * records, plus all templates. Records the time as the last backup unless `record` is false (the
 * export screen records it once the file is made, so a cancelled export does not count).
 */
export async function exportAll(
	now: Date = new Date(),
	{ record = true }: { record?: boolean } = {}
): Promise<BackupBundle> {
	const d = db();
	// One read transaction, so the assessments and templates are from the same moment.
	const [assessments, templates] = await d.transaction('r', [...DATA_TABLES], () =>
		Promise.all([readAssessments(d), d.templates.toArray()])
	);
	const bundle = bundleOf(assessments, templates, now);
	if (record) await recordBackup(bundle.exportedAt);
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
 * Imports a checked bundle in one transaction over every table: either all of it lands or none.
 * Assessments and templates made with an older catalog are first brought to the app's catalog
 * (as opening them in place would). `decisions` says what to do with each assessment whose id is
 * already here ('keep-both' gives the copy and every row it owns fresh ids from `newId` and the
 * suffix " (imported)"; 'replace' deletes the one here first; 'skip'); assessments not yet here
 * are added unless marked 'skip'. Templates already here are left unchanged. With
 * `options.files` (format 2) the file records are written with their bytes in the same
 * transaction, and 'replace' removes the files here as well.
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
	if (!options.files && filesOf(bundle).length > 0)
		throw new Error('A bundle with file records is imported with their bytes: this is a bug.');
	const migrated = migrateBundle(bundle, options.catalog ?? appCatalog).bundle;
	try {
		return await write([...DATA_TABLES, 'meta'], () =>
			importRows(d, migrated, decisions, newId, options)
		);
	} catch (e) {
		// saveState reports every failure as a DbProblem; hand back our own error with its code.
		if (e instanceof DbProblem && e.cause instanceof BackupError) throw e.cause;
		if (options.files && blobsLost(e)) throw filesTooLarge(bundle);
		throw e;
	}
}

/**
 * True when IndexedDB could not read a Blob it was given: Chromium's in-memory Blob store drops
 * Blobs made in the page past its limit (the decrypted files of an encrypted backup of about
 * 1 GB, measured by bench/backup-files.mjs), and the transaction then fails with this.
 */
function blobsLost(e: unknown): boolean {
	const cause = e instanceof DbProblem ? e.cause : e;
	const inner = cause && typeof cause === 'object' && 'inner' in cause ? cause.inner : null;
	return [cause, inner].some((x) => x instanceof Error && /InvalidBlob/.test(x.message));
}

function filesTooLarge(bundle: BackupBundle): BackupError {
	const bytes = filesOf(bundle).reduce((n, f) => n + f.size, 0);
	return new BackupError(
		'too-large',
		`The browser could not hold this backup's ${Math.ceil(bytes / 1048576)} MB of files while importing them, so nothing was imported. Export the assessments one at a time (or without a passphrase) and import those files.`
	);
}
