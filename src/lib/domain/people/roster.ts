/**
 * Validating an imported roster: rows already parsed from CSV or XLSX into header → cell records,
 * and the user's choice of which header holds which field. Every problem is reported with its
 * spreadsheet row; the import is all-or-nothing, so drafts come back only when no row has an
 * error. Cells that look like formulas are kept as text and flagged: every export neutralises
 * them (src/lib/files/csv.ts), and the summary says so.
 */
import {
	parseEmploymentType,
	parseRosterDate,
	parseYesNo,
	quote,
	type Parsed
} from './roster-values';
import {
	cleanText,
	isEmail,
	looksLikeFormula,
	normaliseEmail,
	normaliseName,
	unneutralise
} from './text';
import {
	ROSTER_FIELD_LABEL,
	ROSTER_TEXT_FIELDS,
	ROSTER_TEXT_MAX,
	type RosterField,
	type RosterIssue,
	type RosterIssueCode,
	type RosterMapping,
	type RosterRecord,
	type RosterResult,
	type RosterRowResult,
	type RosterTextField
} from './roster-fields';
import type { PersonDraft } from './types';

export * from './roster-fields';

export interface RosterOptions {
	/** 'YYYY-MM-DD': dates more than two years after it are refused. */
	today: string;
	/** Spreadsheet row of the first record; 2 when the header is row 1. */
	firstRow?: number;
	/** The file's header row; by default every key found in any record. */
	headers?: readonly string[];
}

/** Every key of every record: a reader may leave a row's empty cells out of its record. */
function headersOf(records: readonly RosterRecord[], mapping: RosterMapping): string[] {
	if (records.length === 0) return Object.values(mapping);
	const keys = new Set<string>();
	for (const r of records) for (const k in r) keys.add(k);
	return [...keys];
}

function issue(
	row: number | null,
	field: RosterField | null,
	code: RosterIssueCode,
	text: string
): RosterIssue {
	return { row, field, code, message: row === null ? text : `Row ${row}: ${text}` };
}

/** Problems with the mapping itself: the name and start date columns are needed. */
export function rosterMappingProblems(
	mapping: RosterMapping,
	headers: readonly string[]
): RosterIssue[] {
	const out: RosterIssue[] = [];
	for (const field of ['name', 'startDate'] as const)
		if (mapping[field] === undefined)
			out.push(
				issue(
					null,
					field,
					'missing_column',
					`Choose the column that holds the ${ROSTER_FIELD_LABEL[field]}.`
				)
			);
	const known = new Set(headers);
	for (const [field, header] of Object.entries(mapping) as [RosterField, string][])
		if (!known.has(header))
			out.push(
				issue(
					null,
					field,
					'missing_column',
					`The file has no column ${quote(header)} for the ${ROSTER_FIELD_LABEL[field]}.`
				)
			);
	return out;
}

interface RowCtx {
	row: number;
	errors: RosterIssue[];
	warnings: RosterIssue[];
}

function take<T>(
	ctx: RowCtx,
	field: RosterField,
	code: RosterIssueCode,
	r: Parsed<T>
): T | undefined {
	if (r.ok) return r.value;
	ctx.errors.push(issue(ctx.row, field, code, r.message));
	return undefined;
}

function readText(ctx: RowCtx, field: RosterTextField, raw: string): string {
	const value = cleanText(unneutralise(raw.trim()));
	const max = ROSTER_TEXT_MAX[field];
	if (value.length > max)
		ctx.errors.push(
			issue(
				ctx.row,
				field,
				'too_long',
				`${ROSTER_FIELD_LABEL[field]} is longer than ${max} characters (it has ${value.length})`
			)
		);
	if (looksLikeFormula(value))
		ctx.warnings.push(
			issue(
				ctx.row,
				field,
				'formula',
				`${ROSTER_FIELD_LABEL[field]} ${quote(value)} starts like a spreadsheet formula; it is kept as text and exported so that no spreadsheet runs it`
			)
		);
	return value;
}

function validateRow(
	record: RosterRecord,
	mapping: RosterMapping,
	row: number,
	today: string
): RosterRowResult {
	const ctx: RowCtx = { row, errors: [], warnings: [] };
	const cell = (f: RosterField) => {
		const header = mapping[f];
		return header === undefined ? '' : (record[header] ?? '');
	};
	const text = {} as Record<RosterTextField, string>;
	for (const f of ROSTER_TEXT_FIELDS) text[f] = readText(ctx, f, cell(f));
	if (text.name === '') ctx.errors.push(issue(row, 'name', 'required', 'name is empty'));
	if (text.email !== '' && !isEmail(text.email))
		ctx.errors.push(
			issue(row, 'email', 'email', `email ${quote(text.email)} is not an email address`)
		);

	const startDate = take(
		ctx,
		'startDate',
		'date',
		parseRosterDate(cell('startDate'), 'start date', today)
	);
	if (startDate === null)
		ctx.errors.push(issue(row, 'startDate', 'required', 'start date is empty'));
	const endDate = take(ctx, 'endDate', 'date', parseRosterDate(cell('endDate'), 'end date', today));
	if (startDate && endDate && endDate < startDate)
		ctx.errors.push(
			issue(
				row,
				'endDate',
				'end_before_start',
				`end date '${endDate}' is before the start date '${startDate}'`
			)
		);

	let employmentType = take(
		ctx,
		'employmentType',
		'employment_type',
		parseEmploymentType(cell('employmentType'))
	);
	if (employmentType === null) {
		employmentType = 'employee';
		if (mapping.employmentType !== undefined)
			ctx.warnings.push(
				issue(row, 'employmentType', 'defaulted', 'employment type is empty, so taken as employee')
			);
	}
	const inScope = take(ctx, 'inScope', 'yes_no', parseYesNo(cell('inScope'), 'in scope'));
	const device = take(
		ctx,
		'companyDevice',
		'yes_no',
		parseYesNo(cell('companyDevice'), 'company device')
	);

	if (ctx.errors.length > 0 || !startDate || employmentType === undefined || endDate === undefined)
		return { row, draft: null, errors: ctx.errors, warnings: ctx.warnings };
	const draft: PersonDraft = {
		name: text.name,
		email: text.email === '' ? null : text.email,
		role: text.role,
		department: text.department,
		manager: text.manager,
		startDate,
		endDate,
		employmentType,
		// Empty means in scope: leaving someone out is a decision to record, not a default.
		inScope: inScope ?? true,
		// Empty means the usual case: employees get a laptop, contractors bring their own.
		companyDevice: device ?? employmentType === 'employee'
	};
	return { row, draft, errors: ctx.errors, warnings: ctx.warnings };
}

/** Marks later rows that repeat an email, or a name with the same start date, as errors. */
function markDuplicates(rows: RosterRowResult[]): void {
	const byEmail = new Map<string, number>();
	const byNameStart = new Map<string, number>();
	for (const r of rows) {
		const d = r.draft;
		if (!d) continue;
		let dup = false;
		if (d.email !== null) {
			const key = normaliseEmail(d.email);
			const first = byEmail.get(key);
			if (first !== undefined) {
				r.errors.push(
					issue(
						r.row,
						'email',
						'duplicate_email',
						`email ${quote(d.email)} is already on row ${first}`
					)
				);
				dup = true;
			} else byEmail.set(key, r.row);
		}
		const key = `${normaliseName(d.name)}\u0000${d.startDate}`;
		const first = byNameStart.get(key);
		if (first !== undefined) {
			r.errors.push(
				issue(
					r.row,
					'name',
					'duplicate_person',
					`${quote(d.name)} starting ${d.startDate} is already on row ${first}`
				)
			);
			dup = true;
		} else byNameStart.set(key, r.row);
		if (dup) r.draft = null;
	}
}

/**
 * Validates a roster: each record against the mapping, then duplicates across records (same
 * email, ignoring case, or same name and start date). Empty employment type becomes employee,
 * empty in-scope becomes yes, empty company device follows the employment type — each with a
 * warning where the user may want to check. `drafts` holds every row only when nothing is wrong.
 */
export function validateRoster(
	records: readonly RosterRecord[],
	mapping: RosterMapping,
	options: RosterOptions
): RosterResult {
	const headers = options.headers ?? headersOf(records, mapping);
	const fileErrors = rosterMappingProblems(mapping, headers);
	if (records.length === 0)
		fileErrors.unshift(issue(null, null, 'empty_roster', 'The roster has no people in it.'));
	if (fileErrors.length > 0) return { rows: [], errors: fileErrors, warnings: [], drafts: [] };
	const firstRow = options.firstRow ?? 2;
	const rows = records.map((r, i) => validateRow(r, mapping, firstRow + i, options.today));
	markDuplicates(rows);
	const errors = rows.flatMap((r) => r.errors);
	const warnings = rows.flatMap((r) => r.warnings);
	if (mapping.employmentType === undefined)
		warnings.unshift(
			issue(
				null,
				'employmentType',
				'defaulted',
				'No column holds the employment type, so everyone is taken as an employee.'
			)
		);
	const drafts = errors.length === 0 ? rows.map((r) => r.draft).filter((d) => d !== null) : [];
	return { rows, errors, warnings, drafts };
}
