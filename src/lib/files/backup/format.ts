/**
 * The backup bundle: its shape, how one is built from stored rows, and its deterministic text.
 * Rows are put in key order and object keys sorted, so the same data always gives the same bytes.
 */
import {
	buildContent,
	countRows,
	OWNED_TABLES,
	type AnyContentRow,
	type RowCounts
} from '$lib/domain/assessments/aggregate';
import type { EvidenceFile, FrozenAssessment, Snapshot, Template } from '$lib/domain/types';
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION } from './constants';
import { stableStringify } from './safe-json';

export type { RowCounts };

/**
 * One assessment (in its one-record form) and every row it owns, snapshots included, and the
 * records of its evidence files (their bytes travel beside the JSON, as entries of the container).
 */
export interface BackupAssessment extends FrozenAssessment {
	snapshots: Snapshot[];
	files: EvidenceFile[];
}

export interface BackupBundle {
	format: typeof BACKUP_FORMAT;
	formatVersion: typeof CURRENT_FORMAT_VERSION;
	/** Version of the app that wrote the file (for support; never used to decide anything). */
	appVersion: string;
	/** Catalog version of the app that wrote the file. */
	catalogVersion: string;
	exportedAt: string;
	assessments: BackupAssessment[];
	templates: Template[];
}

export interface BuildBundleInput {
	assessments: readonly BackupAssessment[];
	templates: readonly Template[];
	appVersion: string;
	catalogVersion: string;
	/** ISO timestamp; passed in so the same data and time give the same file. */
	exportedAt: string;
}

/** Code-unit order, never locale order: the file must not depend on the device's language. */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function sortBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
	return [...rows].sort((a, b) => compare(key(a), key(b)));
}

/** A row's key within its assessment, as declared for its table. */
function keyOf(row: AnyContentRow, key: (typeof OWNED_TABLES)[number]['key']): string {
	return String(Reflect.get(row, key));
}

/**
 * Builds a bundle from stored rows. Assessments, rows and templates are put in key order so the
 * bundle does not depend on the order the database returned them in.
 */
export function buildBundle(input: BuildBundleInput): BackupBundle {
	return {
		format: BACKUP_FORMAT,
		formatVersion: CURRENT_FORMAT_VERSION,
		appVersion: input.appVersion,
		catalogVersion: input.catalogVersion,
		exportedAt: input.exportedAt,
		assessments: sortBy(input.assessments, (a) => a.assessment.id).map((a) => ({
			assessment: a.assessment,
			...buildContent((t) => sortBy<AnyContentRow>(a[t.field], (r) => keyOf(r, t.key))),
			snapshots: sortBy(a.snapshots, (r) => r.id),
			files: sortBy(a.files, (r) => r.id)
		})),
		templates: sortBy(input.templates, (t) => t.id)
	};
}

/** The bundle as file text: sorted keys, tab-indented (readable, and errors get useful lines). */
export function serializeBundle(bundle: BackupBundle): string {
	return `${stableStringify(bundle, '\t')}\n`;
}

/** Row counts of one assessment, for previews and messages. */
export function rowCounts(a: Omit<BackupAssessment, 'assessment'>): RowCounts {
	return countRows(a);
}

/**
 * A file name such as "soc2-backup-2026-05-01.zip" (".encrypted.zip" when encrypted), with the
 * company's slug after "soc2-backup-" for a one-assessment backup.
 */
export function backupFileName(
	bundle: Pick<BackupBundle, 'exportedAt'>,
	encrypted: boolean,
	slug = ''
): string {
	const day = bundle.exportedAt.slice(0, 10);
	return `soc2-backup-${slug ? `${slug}-` : ''}${day}${encrypted ? '.encrypted' : ''}.zip`;
}

/** Every file record in the bundle, with the assessment it belongs to (in bundle order). */
export function filesOf(bundle: BackupBundle): EvidenceFile[] {
	return bundle.assessments.flatMap((a) => a.files);
}
