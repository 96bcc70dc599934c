/**
 * Reading a roster exported by an HR system or an identity provider (CSV here, XLSX in
 * roster-xlsx.ts) into the records the roster validation takes (domain/people/roster.ts), and
 * guessing which column holds which field. The guess is made only for whole header names that
 * mean one field: a wrong guess is worse than none ("Status" could be employment status or
 * active/inactive, "Type" or "Date" almost anything), so such names are left for the user to choose.
 */
import {
	MAX_PEOPLE,
	type RosterField,
	type RosterMapping,
	type RosterRecord
} from '$lib/domain/people/index';
import { parseCsvTable, tableOf, type CsvRow, type ParsedTable } from './csv-table';
import { normaliseHeader } from './vendor-csv-mapping';

/** A roster file read: its headers, each row as header → cell text, and each row's number. */
export interface RosterTable {
	headers: string[];
	records: RosterRecord[];
	/** The spreadsheet row (header = 1) of each record; blank rows are skipped but counted. */
	rowNumbers: number[];
}

export type ReadRoster = { ok: true; table: RosterTable } | { ok: false; error: string };

/** Roster files read as a workbook rather than as text (kept here so a CSV never loads the reader). */
export function isWorkbook(file: { name: string; type: string }): boolean {
	return (
		/\.xlsx$/i.test(file.name) ||
		file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	);
}

/** The fields in the order the column step shows them. */
export const ROSTER_FIELDS = [
	'name',
	'email',
	'role',
	'department',
	'manager',
	'startDate',
	'endDate',
	'employmentType',
	'inScope',
	'companyDevice'
] as const satisfies readonly RosterField[];

/** Header names we recognise for each field, best first; compared after normaliseHeader. */
const SYNONYMS: Record<RosterField, readonly string[]> = {
	name: [
		'name',
		'full name',
		'fullname',
		'employee name',
		'worker name',
		'person',
		'display name',
		'legal name',
		'preferred name',
		'employee',
		'worker'
	],
	email: [
		'email',
		'work email',
		'email address',
		'work email address',
		'e mail',
		'mail',
		'business email',
		'company email',
		'primary email',
		'user principal name',
		'upn'
	],
	role: ['role', 'job title', 'title', 'position', 'job', 'job role', 'job name', 'business title'],
	department: [
		'department',
		'dept',
		'team',
		'department name',
		'division',
		'org unit',
		'organization',
		'organisation',
		'cost center',
		'cost centre'
	],
	manager: [
		'manager',
		'manager name',
		'line manager',
		'reports to',
		'supervisor',
		'direct manager',
		'managers name',
		'manager full name'
	],
	startDate: [
		'start date',
		'start',
		'hire date',
		'hired',
		'date hired',
		'hire',
		'date of hire',
		'joining date',
		'join date',
		'joined',
		'employment start',
		'employment start date',
		'original hire date',
		'start day',
		'onboarding date'
	],
	endDate: [
		'end date',
		'end',
		'termination date',
		'terminated',
		'term date',
		'leaving date',
		'leave date',
		'left',
		'last day',
		'last working day',
		'last day of work',
		'exit date',
		'departure date',
		'separation date',
		'employment end',
		'employment end date',
		'offboarding date'
	],
	employmentType: [
		'employment type',
		'worker type',
		'employee type',
		'contract type',
		'employment',
		'worker category',
		'employee category',
		'worker classification'
	],
	inScope: ['in scope', 'scope', 'inscope', 'in audit scope', 'soc 2 scope', 'soc2 scope'],
	companyDevice: [
		'company device',
		'device',
		'laptop',
		'company laptop',
		'issued device',
		'device issued',
		'has device',
		'managed device'
	]
};

/**
 * Guesses the column of each field from headers that are the field's name or a synonym of it,
 * as a whole header (case and punctuation aside): "Work Email" is the email, "Hire date" the
 * start date, "Termination date" the end date. Each column is used at most once; a field with
 * several matching columns takes the one whose header ranks first among its synonyms.
 */
export function suggestRosterMapping(headers: readonly string[]): RosterMapping {
	const norm = headers.map(normaliseHeader);
	const mapping: RosterMapping = {};
	const used = new Set<number>();
	for (const field of ROSTER_FIELDS) {
		for (const syn of SYNONYMS[field]) {
			const col = norm.findIndex((h, i) => h === syn && !used.has(i));
			if (col < 0) continue;
			const header = headers[col];
			if (header === undefined) continue;
			mapping[field] = header;
			used.add(col);
			break;
		}
	}
	return mapping;
}

/** Headers made distinct ("Email", "Email (2)"): records are keyed by header. */
export function distinctHeaders(headers: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return headers.map((h) => {
		const n = (seen.get(h) ?? 0) + 1;
		seen.set(h, n);
		return n === 1 ? h : `${h} (${n})`;
	});
}

/** Turns numbered rows of cells into the records the validation reads. */
export function rosterTable(headers: readonly string[], rows: readonly CsvRow[]): RosterTable {
	const keys = distinctHeaders(headers);
	const records = rows.map((r) => {
		const record: Record<string, string> = {};
		keys.forEach((k, i) => (record[k] = r.cells[i] ?? ''));
		return record;
	});
	return { headers: keys, records, rowNumbers: rows.map((r) => r.row) };
}

const LIMIT = { maxRows: MAX_PEOPLE, rowsNoun: 'people' } as const;

function fromTable(table: ParsedTable): ReadRoster {
	return table.ok ? { ok: true, table: rosterTable(table.headers, table.rows) } : table;
}

/**
 * Reads roster CSV text (comma, semicolon or tab separated; see parseCsvTable). A file with more
 * than MAX_PEOPLE rows is refused before any row is checked.
 */
export function parseRosterCsv(text: string): ReadRoster {
	return fromTable(parseCsvTable(text, LIMIT));
}

/** Reads a grid of cell text (a workbook's sheet) with the same rules as the CSV. */
export function rosterFromGrid(grid: readonly string[][]): ReadRoster {
	return fromTable(tableOf(grid, LIMIT));
}
