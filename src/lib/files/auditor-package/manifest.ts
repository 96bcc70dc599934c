/**
 * The package's manifests, pure: one row per packed file (every version) as CSV and as JSON with a
 * header saying what the package is and what it rests on, and a SHA256SUMS file that
 * `sha256sum -c` checks as it stands.
 */
import { toCsv, type CsvColumn } from '../csv';
import type { PackageLayout, PackedFile } from './layout';

export const MANIFEST_CSV = 'manifest.csv';
export const MANIFEST_JSON = 'manifest.json';
export const SHA256SUMS = 'SHA256SUMS';
export const INDEX_HTML = 'index.html';

export interface PackageHeader {
	companyName: string;
	/** 'SOC 2 Type I' or 'SOC 2 Type II'. */
	reportType: string;
	/** ISO timestamp. */
	generatedAt: string;
	appVersion: string;
	/** The catalog the assessment was scored with. */
	catalogVersion: string;
	/** The gap report inside the package, with its hash; null when it was not made. */
	report: { path: string; sha256: string; size: number } | null;
}

export interface ManifestRow {
	path: string;
	kind: 'evidence' | 'vendor' | 'check';
	controlIds: string[];
	criterionIds: string[];
	/** The evidence item's title, or the vendor's name for its due-diligence files. */
	title: string;
	collectedAt: string | null;
	sha256: string;
	size: number;
	mediaType: string;
	addedAt: string;
	addedBy: string;
	version: number;
	versions: number;
	current: boolean;
	fileId: string;
	replaces: string | null;
}

/** What every figure and hash in the package rests on, stated in the JSON header. */
export const BASIS = [
	'Files, titles, dates and names are as recorded by the company in its own readiness app; no auditor has reviewed them.',
	'Each SHA-256 was computed from the bytes when the file was added and checked against the same bytes when this package was made.',
	'Every version of a file is included: the current one in its evidence folder, earlier ones in a "previous versions" folder beside it; each version names the one it replaces.',
	'A control that supports several criteria is filed once, under its first criterion; the manifest lists all of its criteria.'
];

export function manifestRow(p: PackedFile): ManifestRow {
	return {
		path: p.path,
		kind: p.file.ownerKind,
		controlIds: p.controlId ? [p.controlId] : [],
		criterionIds: [...p.criteria],
		title: p.ownerTitle,
		collectedAt: p.collectedAt,
		sha256: p.file.sha256,
		size: p.file.size,
		mediaType: p.file.type || 'application/octet-stream',
		addedAt: p.file.addedAt,
		addedBy: p.file.addedBy,
		version: p.version,
		versions: p.versions,
		current: p.current,
		fileId: p.file.id,
		replaces: p.file.replaces
	};
}

const COLUMNS: readonly CsvColumn<ManifestRow>[] = [
	{ header: 'Path', value: (r) => r.path },
	{ header: 'Kind', value: (r) => r.kind },
	{ header: 'Control IDs', value: (r) => r.controlIds.join(' ') },
	{ header: 'Criterion IDs', value: (r) => r.criterionIds.join(' ') },
	{ header: 'Evidence or vendor', value: (r) => r.title },
	{ header: 'Date covered', value: (r) => r.collectedAt ?? '' },
	{ header: 'SHA-256', value: (r) => r.sha256 },
	{ header: 'Size (bytes)', value: (r) => r.size },
	{ header: 'Media type', value: (r) => r.mediaType },
	{ header: 'Added at', value: (r) => r.addedAt },
	{ header: 'Added by', value: (r) => r.addedBy },
	{ header: 'Version', value: (r) => `${r.version} of ${r.versions}` },
	{ header: 'Current', value: (r) => r.current },
	{ header: 'File ID', value: (r) => r.fileId },
	{ header: 'Replaces file ID', value: (r) => r.replaces ?? '' }
];

export function manifestCsv(rows: readonly ManifestRow[]): string {
	return toCsv(COLUMNS, rows);
}

export function manifestJson(header: PackageHeader, layout: PackageLayout): string {
	const rows = layout.files.map(manifestRow);
	const controls = new Set(rows.flatMap((r) => r.controlIds));
	const criteria = new Set(rows.flatMap((r) => r.criterionIds));
	const doc = {
		format: 'soc2-readiness-auditor-package',
		formatVersion: 1,
		companyName: header.companyName,
		reportType: header.reportType,
		generatedAt: header.generatedAt,
		appVersion: header.appVersion,
		catalogVersion: header.catalogVersion,
		counts: {
			files: rows.length,
			currentFiles: rows.filter((r) => r.current).length,
			previousVersions: rows.filter((r) => !r.current).length,
			evidenceFiles: rows.filter((r) => r.kind === 'evidence').length,
			vendorFiles: rows.filter((r) => r.kind === 'vendor').length,
			controls: controls.size,
			criteria: criteria.size,
			bytes: rows.reduce((n, r) => n + r.size, 0)
		},
		basis: BASIS,
		report: header.report,
		files: rows
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * `sha256sum -c SHA256SUMS` input: "<hash>  <path>" per line (two spaces: binary-safe text mode).
 * Paths never hold a newline or a backslash (safe names), so no escaping is needed.
 */
export function sha256Sums(
	layout: PackageLayout,
	report: PackageHeader['report'],
	extra: readonly { path: string; sha256: string }[] = []
): string {
	const lines = [
		...(report ? [report] : []),
		...extra,
		...layout.files.map((p) => ({ path: p.path, sha256: p.file.sha256 }))
	].map((l) => `${l.sha256}  ${l.path}`);
	return `${lines.join('\n')}\n`;
}
