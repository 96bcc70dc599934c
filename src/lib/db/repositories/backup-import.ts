/**
 * The body of the all-or-nothing import transaction: rows in bulk, file records with their bytes
 * one blob at a time, decisions applied per assessment. Everything here runs inside the caller's
 * transaction and awaits only Dexie's own promises (see RowWriter).
 */
import Dexie, { type Table } from 'dexie';
import { fromRecord, OWNED_TABLES } from '$lib/domain/assessments/aggregate';
import type { EvidenceFile, FileBlob } from '$lib/domain/types';
import { idConflict, missingDecision } from '$lib/files/backup/errors';
import { filesOf, type BackupAssessment, type BackupBundle } from '$lib/files/backup/format';
import type {
	BackupProgress,
	ImportDecision,
	ImportOptions,
	ImportResult
} from '$lib/files/backup/import-types';
import { reidentify, reidentifyRows } from '$lib/files/backup/reidentify';
import type { AppDb } from '../db';
import { deleteAggregate, ownedRows } from './aggregate';
import { COPIED_OUTSIDE_KEY, copiedOutsideOf } from './meta';

/**
 * Writes rows in bulk, counting them, and fails on purpose after `faultAfter` rows (tests).
 * Empty lists are never awaited: in a Dexie transaction, a run of awaits on anything but
 * Dexie's own promises loses the transaction, which then commits early (PrematureCommitError).
 */
class RowWriter {
	written = 0;
	#steps: Array<() => PromiseLike<void>> = [];
	constructor(private readonly faultAfter: number | undefined) {}

	/** Queues a bulk add of `rows` (nothing when empty) to run later, in order; `then` after it. */
	add<T, K, I>(table: Table<T, K, I>, rows: readonly I[], then?: () => void): void {
		if (rows.length > 0) this.#steps.push(() => this.#write(table, rows).then(() => then?.()));
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

/**
 * Where `item`'s rows with ids of their own (and its file records) use an id that is already on
 * the device: the path of the first such row and how many there are.
 */
async function idClashes(
	d: AppDb,
	item: BackupAssessment,
	index: number
): Promise<{ first: { path: string; id: string } | null; count: number }> {
	let first: { path: string; id: string } | null = null;
	let count = 0;
	const tables: Array<{ field: string; table: string; rows: ReadonlyArray<{ id: string }> }> = [
		...OWNED_TABLES.filter((t) => t.ownIds).map((t) => ({
			field: t.field,
			table: t.table,
			rows: item[t.field] as ReadonlyArray<{ id: string }>
		})),
		{ field: 'files', table: 'evidenceFiles', rows: item.files }
	];
	for (const t of tables) {
		if (t.rows.length === 0) continue;
		const found = await d.table(t.table).bulkGet(t.rows.map((r) => r.id));
		found.forEach((row, j) => {
			if (row === undefined) return;
			count += 1;
			first ??= { path: `assessments[${index}].${t.field}[${j}].id`, id: t.rows[j]?.id ?? '' };
		});
	}
	return { first, count };
}

/** Counts the file bytes written and reports them. */
class FileProgress {
	readonly progress: BackupProgress;
	constructor(
		bundle: BackupBundle,
		private readonly listener?: (progress: BackupProgress) => void
	) {
		const files = filesOf(bundle);
		this.progress = {
			files: 0,
			totalFiles: files.length,
			bytes: 0,
			totalBytes: files.reduce((n, f) => n + f.size, 0)
		};
	}
	wrote(size: number): void {
		this.progress.files += 1;
		this.progress.bytes += size;
		this.listener?.({ ...this.progress });
	}
}

/** The file records of `item` and their bytes, under the ids they will be stored as. */
function fileRows(
	item: BackupAssessment,
	blobs: ReadonlyMap<string, Blob>,
	storedAs: ReadonlyMap<string, string>
): Array<{ file: EvidenceFile; blob: FileBlob }> {
	const byNewId = new Map([...storedAs].map(([from, to]) => [to, from]));
	return item.files.map((file) => {
		const blob = blobs.get(byNewId.get(file.id) ?? file.id);
		// The container reader checked every record's bytes; a gap here is a bug, not bad input.
		if (!blob) throw new Error(`The bytes of file ${file.id} were not read: this is a bug.`);
		return { file, blob: { id: file.id, assessmentId: file.assessmentId, blob } };
	});
}

/** The body of the import transaction. Kept flat: only Dexie promises are awaited. */
export async function importRows(
	d: AppDb,
	bundle: BackupBundle,
	decisions: Readonly<Record<string, ImportDecision>>,
	newId: () => string,
	options: ImportOptions
): Promise<ImportResult> {
	const writer = new RowWriter(options.faultAfterRows);
	const blobs = options.files;
	const progress = new FileProgress(bundle, options.onProgress);
	const result: ImportResult = {
		added: [],
		replaced: [],
		skipped: [],
		reidentified: [],
		templatesAdded: 0,
		templatesAlreadyHere: [],
		rows: 0
	};
	// What was imported exists in the file too: the backup reminder counts it as copied outside.
	const copied: Record<string, string> = {};
	for (const [index, original] of bundle.assessments.entries()) {
		const id = original.assessment.id;
		const decision = Object.hasOwn(decisions, id) ? decisions[id] : undefined;
		if (decision === 'skip') {
			result.skipped.push(id);
			continue;
		}
		const here = await d.assessments.get(id);
		let item = original;
		const storedAs = new Map<string, string>();
		if (here && decision === 'replace') {
			// A format 1 backup carries no files: then the assessment's evidence locker stays.
			await deleteAggregate(d, id, { keepFiles: !blobs });
			result.replaced.push(id);
		} else if (here && decision === 'keep-both') {
			item = reidentify(original, newId, storedAs);
			result.added.push(item.assessment.id);
		} else if (here) {
			// Appeared since the preview (another tab): the user has not decided about it.
			throw missingDecision(original.assessment.companyName);
		} else result.added.push(id);
		// Ids stay unique on the device: rows whose ids another assessment here already uses (a
		// backup of a copy made elsewhere, say) are imported under fresh ids, links following.
		// ("Keep both" gave every row a fresh id already: a clash then is refused below.)
		const clashes = await idClashes(d, item, index);
		if (clashes.count > 0 && item === original) {
			item = reidentifyRows(item, newId, storedAs);
			result.reidentified.push({
				id: item.assessment.id,
				companyName: item.assessment.companyName,
				rows: clashes.count
			});
			// Fresh ids from `newId` never clash; if they do, that is refused, not written.
			const again = await idClashes(d, item, index);
			if (again.first) throw idConflict(again.first.path, again.first.id);
		} else if (clashes.first) throw idConflict(clashes.first.path, clashes.first.id);
		const { assessment, activity } = fromRecord(item.assessment);
		// A backup restores live data: an assessment deleted at export time is not kept deleted.
		writer.add(d.assessments, [{ ...assessment, deletedAt: null }]);
		copied[assessment.id] = item.assessment.updatedAt;
		writer.add(d.activity, [activity]);
		for (const [table, rows] of ownedRows(item)) writer.add(d.table(table), rows);
		const files = blobs ? fileRows(item, blobs, storedAs) : [];
		writer.add(
			d.evidenceFiles,
			files.map((f) => f.file)
		);
		// One blob per write, so progress moves file by file and no batch holds them all.
		for (const f of files) writer.add(d.fileBlobs, [f.blob], () => progress.wrote(f.file.size));
		await writer.flush();
	}
	const templatesHere = await d.templates.bulkGet(bundle.templates.map((t) => t.id));
	const newTemplates = bundle.templates.filter((_, i) => templatesHere[i] === undefined);
	// A template already here is left as it is (it may have been edited since): the result says so.
	result.templatesAlreadyHere = bundle.templates
		.filter((_, i) => templatesHere[i] !== undefined)
		.map((t) => t.name);
	writer.add(d.templates, newTemplates);
	await writer.flush();
	const marks = copiedOutsideOf((await d.meta.get(COPIED_OUTSIDE_KEY))?.value);
	await d.meta.put({ key: COPIED_OUTSIDE_KEY, value: { ...marks, ...copied } });
	result.templatesAdded = newTemplates.length;
	result.rows = writer.written;
	return result;
}
