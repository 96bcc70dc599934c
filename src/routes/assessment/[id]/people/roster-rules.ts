/**
 * The roster's rules as the People page applies them, on top of the domain's validation
 * (domain/people/roster.ts): a file's rows checked against the people already on the roster too,
 * row numbers as the spreadsheet shows them, the records written once the user confirms, and the
 * person form checked with the very same rules as an imported row.
 */
import {
	MAX_PEOPLE,
	normaliseEmail,
	normaliseName,
	validateRoster,
	type PersonDraft,
	type RosterField,
	type RosterIssue,
	type RosterMapping,
	type RosterResult
} from '$lib/domain/people/index';
import type { PersonRecord } from '$lib/domain/types';
import type { RosterTable } from '$lib/files/roster-csv';

type Known = Pick<PersonRecord, 'id' | 'name' | 'email' | 'startDate'>;

function keyOf(p: Pick<PersonDraft, 'name' | 'startDate'>): string {
	return `${normaliseName(p.name)}\u0000${p.startDate}`;
}

/** The row numbers validateRoster counted (2, 3, …) put back to the file's own (blank rows skipped). */
function renumber(result: RosterResult, rowNumbers: readonly number[]): void {
	const real = (n: number) => rowNumbers[n - 2] ?? n;
	const fix = (i: RosterIssue): void => {
		if (i.row === null) return;
		const row = i.row;
		i.row = real(row);
		i.message = i.message
			.replace(/^Row \d+: /, `Row ${real(row)}: `)
			.replace(/already on row (\d+)/, (_, n: string) => `already on row ${real(Number(n))}`);
	};
	for (const r of result.rows) {
		r.row = real(r.row);
		r.errors.forEach(fix);
		r.warnings.forEach(fix);
	}
}

/** Rows that repeat someone already on the roster become errors, like duplicates within the file. */
function markKnown(result: RosterResult, existing: readonly Known[]): void {
	const byEmail = new Map<string, Known>();
	const byKey = new Map<string, Known>();
	for (const p of existing) {
		if (p.email) byEmail.set(normaliseEmail(p.email), p);
		byKey.set(keyOf(p), p);
	}
	for (const r of result.rows) {
		const d = r.draft;
		if (!d) continue;
		const sameEmail = d.email === null ? undefined : byEmail.get(normaliseEmail(d.email));
		const samePerson = byKey.get(keyOf(d));
		if (sameEmail)
			r.errors.push({
				row: r.row,
				field: 'email',
				code: 'duplicate_email',
				message: `Row ${r.row}: email '${d.email}' is already on the roster (${sameEmail.name})`
			});
		else if (samePerson)
			r.errors.push({
				row: r.row,
				field: 'name',
				code: 'duplicate_person',
				message: `Row ${r.row}: '${d.name}' starting ${d.startDate} is already on the roster`
			});
		if (sameEmail || samePerson) r.draft = null;
	}
}

/**
 * Checks a roster file: every row by the domain's rules, duplicates within the file and against
 * the people already on the roster, and the roster's size limit. All-or-nothing: `drafts` holds
 * every row only when there is no error at all.
 */
export function checkRosterFile(
	table: RosterTable,
	mapping: RosterMapping,
	today: string,
	existing: readonly Known[]
): RosterResult {
	const result = validateRoster(table.records, mapping, { today, headers: table.headers });
	if (result.rows.length === 0) return result;
	renumber(result, table.rowNumbers);
	markKnown(result, existing);
	const errors = result.rows.flatMap((r) => r.errors);
	const total = existing.length + table.records.length;
	if (total > MAX_PEOPLE)
		errors.unshift({
			row: null,
			field: null,
			code: 'empty_roster',
			message: `The roster already has ${existing.length.toLocaleString('en')} people; with these ${table.records.length.toLocaleString('en')} it would have more than ${MAX_PEOPLE.toLocaleString('en')}, the most one roster can hold.`
		});
	const warnings = result.warnings
		.filter((w) => w.row === null)
		.concat(result.rows.flatMap((r) => r.warnings));
	const drafts = errors.length === 0 ? result.rows.flatMap((r) => (r.draft ? [r.draft] : [])) : [];
	return { rows: result.rows, errors, warnings, drafts };
}

export interface RosterSummary {
	ready: number;
	bad: number;
	errors: string[];
	warnings: string[];
}

export function summariseRoster(result: RosterResult | null): RosterSummary {
	if (!result) return { ready: 0, bad: 0, errors: [], warnings: [] };
	return {
		ready: result.rows.filter((r) => r.draft !== null).length,
		bad: result.rows.filter((r) => r.errors.length > 0).length,
		errors: result.errors.map((e) => e.message),
		warnings: result.warnings.map((w) => w.message)
	};
}

/** The stored records for confirmed drafts, in file order. */
export function personRecords(
	drafts: readonly PersonDraft[],
	assessmentId: string,
	now: Date,
	newId: () => string
): PersonRecord[] {
	const ts = now.toISOString();
	return drafts.map((d) => ({ ...d, id: newId(), assessmentId, createdAt: ts, updatedAt: ts }));
}

const FORM_FIELDS = [
	'name',
	'email',
	'role',
	'department',
	'manager',
	'startDate',
	'endDate',
	'employmentType'
] as const satisfies readonly RosterField[];

/** Messages by field, for the person form. */
export type PersonErrors = Partial<Record<RosterField, string>>;

function sentence(message: string): string {
	const m = message.replace(/^Row \d+: /, '');
	return `${m.charAt(0).toUpperCase()}${m.slice(1)}.`;
}

export interface CheckedPerson {
	errors: PersonErrors;
	/** The draft as it would be stored (text tidied, empty email null); null while it has errors. */
	clean: PersonDraft | null;
}

/**
 * The person form checked by the rules an imported row meets (the draft is checked as a one-row
 * roster) and against the people already on the roster; leave the person being edited out of
 * `others`.
 */
export function checkPerson(
	draft: PersonDraft,
	today: string,
	others: readonly Known[]
): CheckedPerson {
	const record: Record<string, string> = {};
	for (const f of FORM_FIELDS) record[f] = draft[f] ?? '';
	record.inScope = draft.inScope ? 'yes' : 'no';
	record.companyDevice = draft.companyDevice ? 'yes' : 'no';
	const mapping = Object.fromEntries(Object.keys(record).map((k) => [k, k])) as RosterMapping;
	const result = checkRosterFile(
		{ headers: Object.keys(record), records: [record], rowNumbers: [2] },
		mapping,
		today,
		others
	);
	const out: PersonErrors = {};
	for (const e of result.errors) {
		const field = e.field ?? 'name';
		out[field] ??= sentence(e.message);
	}
	return { errors: out, clean: result.drafts[0] ?? null };
}

/** The person form's problems by field (see checkPerson). */
export function personErrors(
	draft: PersonDraft,
	today: string,
	others: readonly Known[]
): PersonErrors {
	return checkPerson(draft, today, others).errors;
}
