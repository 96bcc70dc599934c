/**
 * A system's user list as exported from the system (GitHub, Google Workspace, AWS IAM, …), read
 * for an access review: size and row limits, delimiter detection, a guess of which column holds
 * the account, the email and the display name, and per-row problems (empty, repeated or too long
 * accounts). Cells stay literal text: a cell that looks like a formula is kept as written and
 * neutralised again on export (csv.ts).
 */
import Papa from 'papaparse';
import { cleanText } from '$lib/domain/assessments/assessment';
import { LIMITS } from '$lib/domain/limits';
import { MAX_ACCOUNTS, type SystemAccount } from '$lib/domain/people/index';
import { unneutraliseCell } from './csv';
import { detectDelimiter, normaliseHeader, type CsvRow } from './vendor-csv';

export { MAX_ACCOUNTS };
export type { CsvRow };

/** Largest user list file read: 20,000 accounts with long names fit well inside it. */
export const MAX_USER_LIST_BYTES = 5 * 1024 * 1024;
/** Longest account name or email kept (an email address can be 320 characters at most). */
export const ACCOUNT_MAX = 320;
export const DISPLAY_NAME_MAX = LIMITS.personName;

export type UserListField = 'account' | 'email' | 'displayName';

export const USER_LIST_FIELDS = [
	'account',
	'email',
	'displayName'
] as const satisfies readonly UserListField[];

export const USER_LIST_FIELD_LABEL: Record<UserListField, string> = {
	account: 'Account',
	email: 'Email',
	displayName: 'Display name'
};

/** Column index (0-based) for each field, or null when the file has none. */
export type UserListMapping = Record<UserListField, number | null>;

/**
 * Header names we recognise, best first, compared whole after case and punctuation are set
 * aside. Our own export's headers come first so a file exported here reads back. A bare "Name"
 * is the display name, not the account: systems that export one name column (a person's name)
 * usually export the login beside it.
 */
const SYNONYMS: Record<UserListField, readonly string[]> = {
	account: [
		'account',
		'login',
		'username',
		'user name',
		'user',
		'user id',
		'userid',
		'account name',
		'login name',
		'handle',
		'user principal name',
		'upn',
		'sam account name',
		'samaccountname',
		'member'
	],
	email: [
		'email',
		'e mail',
		'email address',
		'e mail address',
		'mail',
		'primary email',
		'work email',
		'verified email'
	],
	displayName: ['display name', 'name', 'full name', 'person', 'user display name', 'real name']
};

const thousands = (n: number) => n.toLocaleString('en');

export type ParsedUserList =
	{ ok: true; headers: string[]; rows: CsvRow[] } | { ok: false; error: string };

/**
 * Reads the CSV text of a user list: comma, semicolon or tab separated, header row first, blank
 * rows skipped (row numbers still count them). Refuses an empty file, one over 5 MB, one with more
 * than MAX_ACCOUNTS rows and one with an unclosed quote, each with a message saying why.
 */
export function parseUserList(text: string): ParsedUserList {
	const tooBig = tooBigMessage(text.length);
	if (tooBig) return { ok: false, error: tooBig };
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
	const result = Papa.parse<string[]>(body, {
		delimiter: detectDelimiter(body),
		skipEmptyLines: false
	});
	const quoteError = result.errors.find((e) => e.type === 'Quotes');
	if (quoteError)
		return {
			ok: false,
			error: `Row ${(quoteError.row ?? 0) + 1}: a quoted cell is never closed or has text after its closing quote, so the file cannot be read. Export the list again.`
		};
	const [headerCells = [], ...records] = result.data;
	const headers = headerCells.map((h, i) => h.trim() || `Column ${i + 1}`);
	const rows: CsvRow[] = [];
	records.forEach((cells, i) => {
		if (cells.every((c) => c.trim() === '')) return;
		rows.push({ row: i + 2, cells });
	});
	if (rows.length === 0)
		return { ok: false, error: 'The file has a header row but no accounts below it.' };
	if (rows.length > MAX_ACCOUNTS)
		return {
			ok: false,
			error: `This list has ${thousands(rows.length)} accounts; one review can hold at most ${thousands(MAX_ACCOUNTS)}. Export the system's accounts in parts (by team or organisation) and review each part.`
		};
	return { ok: true, headers, rows };
}

/** The message for a file over the size limit, from its size in bytes (or characters). */
export function tooBigMessage(bytes: number): string | null {
	if (bytes <= MAX_USER_LIST_BYTES) return null;
	const mb = (Math.ceil((bytes * 10) / (1024 * 1024)) / 10).toFixed(1);
	return `This file is ${mb} MB; a user list can be at most 5 MB. Export fewer columns, or the accounts in parts.`;
}

/**
 * Guesses each field's column from its header, as a whole name (see SYNONYMS). Each column is
 * used once. When no column looks like an account but one holds emails, the email column is the
 * account too (Google Workspace and Microsoft 365 list people by address).
 */
export function suggestUserListMapping(headers: readonly string[]): UserListMapping {
	const norm = headers.map(normaliseHeader);
	const mapping: UserListMapping = { account: null, email: null, displayName: null };
	const used = new Set<number>();
	for (const field of USER_LIST_FIELDS)
		for (const syn of SYNONYMS[field]) {
			const col = norm.findIndex((h, i) => h === syn && !used.has(i));
			if (col < 0) continue;
			mapping[field] = col;
			used.add(col);
			break;
		}
	if (mapping.account === null && mapping.email !== null) mapping.account = mapping.email;
	return mapping;
}

export function userListMappingProblems(mapping: UserListMapping): string[] {
	return mapping.account === null ? ['Choose the column that holds the account name.'] : [];
}

export interface UserListResult {
	accounts: SystemAccount[];
	/** Each problem, starting "Row N: ". The list cannot be used while there is one. */
	errors: string[];
	/** Worth a look, starting "Row N: "; they do not stop the review. */
	warnings: string[];
}

function cell(cells: readonly string[], col: number | null): string {
	return col === null ? '' : cleanText(unneutraliseCell((cells[col] ?? '').trim()));
}

const quoted = (s: string) => `‘${s.length > 60 ? `${s.slice(0, 59)}…` : s}’`;

/**
 * The accounts of the list under `mapping`, in file order, with every problem named by its
 * spreadsheet row: an empty account, an account listed twice (ignoring case: systems treat
 * "JDoe" and "jdoe" as one login), or a value too long to be an account, email or name.
 */
export function readUserList(rows: readonly CsvRow[], mapping: UserListMapping): UserListResult {
	const accounts: SystemAccount[] = [];
	const errors: string[] = [];
	const warnings: string[] = [];
	const seen = new Map<string, number>();
	for (const { row, cells } of rows) {
		const at = `Row ${row}: `;
		const account = cell(cells, mapping.account);
		const email = cell(cells, mapping.email);
		const displayName = cell(cells, mapping.displayName);
		const before = errors.length;
		if (account === '') errors.push(`${at}the account is empty`);
		else if (account.length > ACCOUNT_MAX)
			errors.push(
				`${at}the account is longer than ${ACCOUNT_MAX} characters (it has ${account.length})`
			);
		if (mapping.email !== mapping.account && email.length > ACCOUNT_MAX)
			errors.push(
				`${at}the email is longer than ${ACCOUNT_MAX} characters (it has ${email.length})`
			);
		if (displayName.length > DISPLAY_NAME_MAX)
			errors.push(
				`${at}the display name is longer than ${DISPLAY_NAME_MAX} characters (it has ${displayName.length})`
			);
		if (account !== '') {
			const key = account.toLowerCase();
			const first = seen.get(key);
			if (first !== undefined)
				errors.push(`${at}the account ${quoted(account)} is already listed on row ${first}`);
			else seen.set(key, row);
		}
		const lost = [account, email, displayName].find((c) => c.includes('\uFFFD'));
		if (lost !== undefined)
			warnings.push(
				`${at}${quoted(lost)} holds \uFFFD where a letter was lost before the file was saved`
			);
		if (errors.length > before) continue;
		accounts.push({ account, email: email || null, displayName: displayName || null });
	}
	return { accounts, errors, warnings };
}
