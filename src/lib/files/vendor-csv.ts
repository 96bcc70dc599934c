/**
 * The vendor inventory as a spreadsheet: reading a CSV file someone already keeps (size and row
 * limits, delimiter detection, per-row validation with reasons) and writing the inventory out
 * with tier, risk and review dates. Imported cells stay literal text; exported cells are
 * neutralised against formulas (see csv.ts). Rules for users: docs/vendor-risk.md.
 */
import * as v from 'valibot';
import { cleanText } from '$lib/domain/assessments/assessment';
import { LIMITS } from '$lib/domain/limits';
import { computeTier, VENDOR_NAME_MAX, type VendorDraft } from '$lib/domain/vendors/index';
import { unneutraliseCell } from './csv';
import {
	MAX_IMPORT_BYTES,
	detectDelimiter,
	parseCsvTable,
	type CsvDelimiter,
	type CsvRow,
	type ParsedCsv
} from './csv-table';
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
export { MAX_IMPORT_BYTES, detectDelimiter, type CsvDelimiter, type CsvRow, type ParsedCsv };
/** Reason recorded when a spreadsheet sets a tier but gives no reason column. */
export const IMPORTED_TIER_REASON = 'Tier given in the imported spreadsheet';

export interface VendorRowResult {
	row: number;
	/** Present when the row has no errors. */
	draft?: VendorDraft;
	/** Each problem, starting "Row N: ". */
	errors: string[];
	/** Things filled in or worth a look, starting "Row N: "; they do not stop the import. */
	warnings: string[];
}

/**
 * Reads CSV text (see parseCsvTable): refuses files over 5 MB or with more than 10,000 vendor
 * rows, and files with an unclosed quote, with a message saying why.
 */
export function parseVendorCsv(text: string): ParsedCsv {
	return parseCsvTable(text, { maxRows: MAX_IMPORT_ROWS, rowsNoun: 'vendor rows' });
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
