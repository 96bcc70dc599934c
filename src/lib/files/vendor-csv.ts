/**
 * The vendor inventory as a spreadsheet: reading a CSV file someone already keeps (size and row
 * limits, delimiter detection, per-row validation with reasons) and writing the inventory out
 * with tier, risk and review dates. Imported cells stay literal text; exported cells are
 * neutralised against formulas (see csv.ts). Rules for users: docs/vendor-risk.md.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import { cleanText } from '$lib/domain/assessments/assessment';
import { LIMITS } from '$lib/domain/limits';
import { computeTier, VENDOR_NAME_MAX, type VendorDraft } from '$lib/domain/vendors/index';
import { unneutraliseCell } from './csv';
import { VENDOR_IMPORT_FIELDS, type VendorMapping } from './vendor-csv-mapping';
import {
	parseDataAccess,
	parseDate,
	parseDependency,
	parseSystemAccess,
	parseTierOverride,
	quoteFound,
	type Parsed
} from './vendor-csv-values';

export * from './vendor-csv-mapping';
export { vendorsToCsv, VENDOR_CSV_COLUMNS } from './vendor-csv-export';

export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Reason recorded when a spreadsheet sets a tier but gives no reason column. */
export const IMPORTED_TIER_REASON = 'Tier given in the imported spreadsheet';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
	/** Row number as a spreadsheet shows it: the header is row 1. */
	row: number;
	cells: string[];
}

export type ParsedCsv =
	| { ok: true; headers: string[]; rows: CsvRow[]; delimiter: CsvDelimiter }
	| { ok: false; error: string };

export interface VendorRowResult {
	row: number;
	/** Present when the row has no errors. */
	draft?: VendorDraft;
	/** Each problem, starting "Row N: ". */
	errors: string[];
	/** Things filled in or worth a look, starting "Row N: "; they do not stop the import. */
	warnings: string[];
}

function thousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** UTF-8 size of a string without allocating the encoded bytes. */
function utf8Bytes(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// A surrogate pair is 4 bytes: 2 for each half.
		n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
	}
	return n;
}

/**
 * The delimiter of the header row: whichever of comma, semicolon and tab occurs most often
 * outside quotes (comma when none does, as in a one-column list). The header is the one row
 * every file has, and spreadsheet apps write it with the same delimiter as the data.
 */
export function detectDelimiter(body: string): CsvDelimiter {
	const counts = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (const ch of body) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
	}
	if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
	if (counts['\t'] > counts[',']) return '\t';
	return ',';
}

/**
 * Reads CSV text: strips a byte-order mark, detects a comma, semicolon or tab delimiter,
 * keeps line breaks inside quoted cells, takes the first row as headers and skips blank rows
 * (row numbers still count them, as a spreadsheet does). Refuses files over 5 MB or with more
 * than 10,000 vendor rows, and files with an unclosed quote, with a message saying why.
 */
export function parseVendorCsv(text: string): ParsedCsv {
	if (text.length > MAX_IMPORT_BYTES || utf8Bytes(text) > MAX_IMPORT_BYTES) {
		// Rounded up, so a file just over the limit never reads as "5.0 MB".
		const mb = (Math.ceil((utf8Bytes(text) * 10) / (1024 * 1024)) / 10).toFixed(1);
		return {
			ok: false,
			error: `This file is ${mb} MB; the largest file we can import is 5 MB. Split it into smaller files.`
		};
	}
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
	const delimiter = detectDelimiter(body);
	const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
	const quoteError = result.errors.find((e) => e.type === 'Quotes');
	if (quoteError) {
		const row = (quoteError.row ?? 0) + 1;
		return {
			ok: false,
			error:
				quoteError.code === 'MissingQuotes'
					? `Row ${row}: a quoted cell is never closed (a " is missing), so the rest of the file cannot be read.`
					: `Row ${row}: a quoted cell has text after its closing quote. Put the whole cell in quotes and double any " inside it.`
		};
	}
	const [headerCells = [], ...records] = result.data;
	const headers = headerCells.map((h, i) => h.trim() || `Column ${i + 1}`);
	const rows: CsvRow[] = [];
	records.forEach((cells, i) => {
		if (cells.every((c) => c.trim() === '')) return;
		rows.push({ row: i + 2, cells });
	});
	if (rows.length === 0)
		return { ok: false, error: 'The file has a header row but no vendor rows below it.' };
	if (rows.length > MAX_IMPORT_ROWS)
		return {
			ok: false,
			error: `This file has ${thousands(rows.length)} vendor rows; the most we can import at once is ${thousands(MAX_IMPORT_ROWS)}. Split it into smaller files.`
		};
	return { ok: true, headers, rows, delimiter };
}

/** A valibot step that runs one of our parsers and reports its message as the issue. */
function parsed<T>(parse: (raw: string) => Parsed<T>) {
	return v.pipe(
		v.string(),
		v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
			const r = parse(dataset.value);
			if (r.ok) return r.value;
			addIssue({ message: r.message });
			return NEVER;
		})
	);
}

function text(label: string, max: number, clean: (s: string) => string, required = false) {
	return parsed((raw) => {
		const value = clean(unneutraliseCell(raw.trim()));
		if (required && value === '') return { ok: false, message: `${label} is empty` };
		if (value.length > max)
			return {
				ok: false,
				message: `${label} is longer than ${max} characters (it has ${value.length})`
			};
		return { ok: true, value };
	});
}

const keepLines = (s: string) => s.trim();

const ROW_SCHEMA = v.object({
	name: text('name', VENDOR_NAME_MAX, cleanText, true),
	service: text('service', LIMITS.title, cleanText),
	ownerName: text('owner', LIMITS.personName, cleanText),
	dataAccess: parsed(parseDataAccess),
	systemAccess: parsed(parseSystemAccess),
	dependency: parsed(parseDependency),
	contractStart: parsed((s) => parseDate(s, 'contract start')),
	renewalDate: parsed((s) => parseDate(s, 'renewal date')),
	tierOverride: parsed(parseTierOverride),
	tierOverrideReason: text('tier override reason', LIMITS.rationale, keepLines),
	lastReviewedAt: parsed((s) => parseDate(s, 'last reviewed date')),
	notes: text('notes', LIMITS.note, keepLines)
});

function cell(cells: readonly string[], col: number | null): string {
	return col === null ? '' : (cells[col] ?? '');
}

/** Checks that need several fields at once; returns messages without the row prefix. */
function crossChecks(d: VendorDraft, today: string): string[] {
	const out: string[] = [];
	if (d.lastReviewedAt !== null && d.lastReviewedAt > today)
		out.push(`last reviewed date '${d.lastReviewedAt}' is after today`);
	if (d.contractStart !== null && d.renewalDate !== null && d.renewalDate < d.contractStart)
		out.push(`renewal date '${d.renewalDate}' is before the contract start '${d.contractStart}'`);
	return out;
}

/**
 * Validates each row against the mapping. Every problem is named with its spreadsheet row and
 * the value found. Friendly values are accepted (see vendor-csv-values.ts); empty data access,
 * system access and dependency become none, none and low with a warning. A tier override that
 * matches the computed tier is dropped; one without a reason gets `IMPORTED_TIER_REASON`.
 * Repeated names are a warning, not an error (one company can supply two services).
 */
export function validateVendorRows(
	rows: readonly CsvRow[],
	mapping: VendorMapping,
	options: { today: string }
): VendorRowResult[] {
	const seen = new Map<string, number>();
	return rows.map(({ row, cells }) => {
		const record = Object.fromEntries(
			VENDOR_IMPORT_FIELDS.map((key) => [key, cell(cells, mapping[key])])
		);
		const result = v.safeParse(ROW_SCHEMA, record, { abortEarly: false });
		const prefix = `Row ${row}: `;
		if (!result.success)
			return { row, errors: result.issues.map((i) => prefix + i.message), warnings: [] };
		const draft: VendorDraft = { ...result.output };
		const errors = crossChecks(draft, options.today).map((m) => prefix + m);
		const warnings: string[] = [];
		const defaulted = (['dataAccess', 'systemAccess', 'dependency'] as const).filter(
			(k) => cell(cells, mapping[k]).trim() === ''
		);
		if (defaulted.length > 0)
			warnings.push(
				`${prefix}${defaulted.map((k) => DEFAULT_WORDING[k]).join(', ')}: empty, so set to the lowest level; check before relying on the tier`
			);
		if (draft.tierOverride !== null) {
			if (draft.tierOverride === computeTier(draft).tier) {
				draft.tierOverride = null;
				draft.tierOverrideReason = '';
			} else if (draft.tierOverrideReason === '') draft.tierOverrideReason = IMPORTED_TIER_REASON;
		} else draft.tierOverrideReason = '';
		// U+FFFD in a file that is valid UTF-8 means a letter was lost before it was saved (a
		// program read it in the wrong encoding): imported as it is, but never without a word.
		const lost = VENDOR_IMPORT_FIELDS.map((k) => cell(cells, mapping[k])).find((c) =>
			c.includes('\uFFFD')
		);
		if (lost !== undefined)
			warnings.push(
				`${prefix}${quoteFound(lost.trim())} holds \uFFFD where a letter was lost before the file was saved; correct it after the import`
			);
		const key = draft.name.toLowerCase();
		const first = seen.get(key);
		if (first !== undefined)
			warnings.push(`${prefix}${quoteFound(draft.name)} also appears on row ${first}`);
		else seen.set(key, row);
		return errors.length > 0 ? { row, errors, warnings } : { row, draft, errors, warnings };
	});
}

const DEFAULT_WORDING = {
	dataAccess: 'data access (none)',
	systemAccess: 'system access (none)',
	dependency: 'dependency (low)'
} as const;
