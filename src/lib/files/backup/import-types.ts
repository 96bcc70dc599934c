/**
 * Types of an import's preview, decisions and result, shared by the database repository that
 * performs it and the screen that shows it (which need not load the database code to know them).
 */
import type { CatalogChanges, MigrationCatalog } from '$lib/domain/assessments/catalog-migration';
import type { RowCounts } from './format';

/** What to do with an imported assessment whose id is already on the device. */
export type ImportDecision = 'keep-both' | 'replace' | 'skip';

export interface ImportPreviewItem {
	id: string;
	companyName: string;
	rows: RowCounts;
	/** The assessment already on this device with the same id, or null when it would be added. */
	existing: { companyName: string; rows: RowCounts; deleted: boolean } | null;
	/** Made with an older catalog: which controls with work were renamed, merged or retired. */
	catalog: CatalogChanges | null;
}

export interface ImportPreview {
	/** Assessments whose id is not on this device: added as they are. */
	added: ImportPreviewItem[];
	/** Assessments whose id is already here: each needs a decision (keep both, replace or skip). */
	conflicts: ImportPreviewItem[];
	/** Template names that will be added, and those already here (left unchanged). */
	templates: { added: string[]; alreadyHere: string[] };
}

/** How far writing or checking a backup's files has got: shown as "3 of 12 files, 40 of 210 MB". */
export interface BackupProgress {
	files: number;
	totalFiles: number;
	bytes: number;
	totalBytes: number;
}

export interface ImportOptions {
	/**
	 * The checked bytes of every file record, by file id (a format 2 backup). Present, the backup
	 * carries the evidence locker: "replace" removes the files here too. Absent (format 1), the
	 * files here are kept and the bundle must hold no file records.
	 */
	files?: ReadonlyMap<string, Blob> | null;
	/** Hears progress as file bytes are written, inside the transaction. */
	onProgress?: (progress: BackupProgress) => void;
	/** Tests only: throw after this many rows have been written, inside the transaction. */
	faultAfterRows?: number;
	/** The catalog to migrate to (tests vary it; the app's by default). */
	catalog?: MigrationCatalog;
}

export interface ImportResult {
	/** Ids of the assessments now on the device from this import (new ids for "keep both"). */
	added: string[];
	/** Ids of assessments that replaced the one here. */
	replaced: string[];
	skipped: string[];
	/**
	 * Imported assessments (added or replacing) some of whose row ids another assessment on this
	 * device already used: those rows, their snapshots and files were given fresh ids. `rows`
	 * counts the rows that clashed.
	 */
	reidentified: Array<{ id: string; companyName: string; rows: number }>;
	templatesAdded: number;
	/** Names of the backup's templates already on this device, left unchanged. */
	templatesAlreadyHere: string[];
	/** Rows written, all tables together. */
	rows: number;
}
