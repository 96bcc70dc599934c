import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { accessReviewToCsv, reviewCsvRows } from './access-review-csv';
import {
	MAX_ACCOUNTS,
	parseUserList,
	readUserList,
	suggestUserListMapping,
	tooBigMessage,
	userListMappingProblems,
	type CsvRow
} from './user-list-csv';

function rowsOf(text: string): { headers: string[]; rows: CsvRow[] } {
	const p = parseUserList(text);
	if (!p.ok) throw new Error(p.error);
	return p;
}

describe('suggestUserListMapping', () => {
	it('guesses GitHub-style headers', () => {
		expect(suggestUserListMapping(['Login', 'Name', 'Email'])).toEqual({
			account: 0,
			email: 2,
			displayName: 1
		});
	});

	it('knows common spellings of each field, ignoring case and punctuation', () => {
		expect(suggestUserListMapping(['E-mail address', 'Full name', 'Username'])).toEqual({
			account: 2,
			email: 0,
			displayName: 1
		});
		expect(suggestUserListMapping(['display_name', 'USER', 'mail'])).toEqual({
			account: 1,
			email: 2,
			displayName: 0
		});
	});

	it('uses the email column as the account when no column names an account', () => {
		expect(suggestUserListMapping(['Email', 'Display name'])).toEqual({
			account: 0,
			email: 0,
			displayName: 1
		});
	});

	it('guesses nothing for headers it does not know as a whole', () => {
		const m = suggestUserListMapping(['Last login', 'Team name', 'Role']);
		expect(m).toEqual({ account: null, email: null, displayName: null });
		expect(userListMappingProblems(m)).toEqual(['Choose the column that holds the account name.']);
	});

	it('reads back the headers of our own export', () => {
		const csv = accessReviewToCsv([]);
		const headers = (Papa.parse<string[]>(csv.slice(1)).data[0] ?? []).map(String);
		expect(suggestUserListMapping(headers)).toEqual({ account: 0, email: 1, displayName: 2 });
	});
});

describe('parseUserList', () => {
	it('reads a semicolon file, skipping blank rows but counting them', () => {
		const p = rowsOf('\uFEFFLogin;Email\r\nana;ana@x.io\r\n\r\nbob;bob@x.io\r\n');
		expect(p.headers).toEqual(['Login', 'Email']);
		expect(p.rows).toEqual([
			{ row: 2, cells: ['ana', 'ana@x.io'] },
			{ row: 4, cells: ['bob', 'bob@x.io'] }
		]);
	});

	it('refuses an empty file, a header alone and an unclosed quote', () => {
		expect(parseUserList('  \n')).toEqual({ ok: false, error: 'The file is empty.' });
		expect(parseUserList('Login\n')).toMatchObject({ ok: false, error: /no accounts/ });
		expect(parseUserList('Login,Name\nana,"Ana\n')).toMatchObject({
			ok: false,
			error: /^Row \d+: a quoted cell/
		});
	});

	it('refuses more than MAX_ACCOUNTS accounts with the numbers', () => {
		const body = Array.from({ length: MAX_ACCOUNTS + 1 }, (_, i) => `u${i}`).join('\n');
		const p = parseUserList(`Login\n${body}\n`);
		expect(p).toEqual({
			ok: false,
			error:
				"This list has 20,001 accounts; one review can hold at most 20,000. Export the system's accounts in parts (by team or organisation) and review each part."
		});
		expect(parseUserList(`Login\n${body.split('\n').slice(1).join('\n')}`).ok).toBe(true);
	});

	it('refuses a file over 5 MB before parsing it', () => {
		expect(tooBigMessage(5 * 1024 * 1024)).toBeNull();
		expect(tooBigMessage(5 * 1024 * 1024 + 1)).toMatch(/^This file is 5\.1 MB; a user list/);
		expect(parseUserList('x'.repeat(5 * 1024 * 1024 + 1)).ok).toBe(false);
	});
});

describe('readUserList', () => {
	it('gives SystemAccounts in file order, empty cells as null, formulas as literal text', () => {
		const p = rowsOf(
			'Login,Name,Email\nana,Ana Ruiz,ana@x.io\ndeploy-bot,,\n"=HYPERLINK(""x"")",  Eve   Doe ,\n'
		);
		const r = readUserList(p.rows, suggestUserListMapping(p.headers));
		expect(r.errors).toEqual([]);
		expect(r.accounts).toEqual([
			{ account: 'ana', email: 'ana@x.io', displayName: 'Ana Ruiz' },
			{ account: 'deploy-bot', email: null, displayName: null },
			{ account: '=HYPERLINK("x")', email: null, displayName: 'Eve Doe' }
		]);
	});

	it('undoes our export apostrophe so an exported review reads back as it was', () => {
		const p = rowsOf("Account\n'=cmd\n");
		expect(readUserList(p.rows, { account: 0, email: null, displayName: null }).accounts).toEqual([
			{ account: '=cmd', email: null, displayName: null }
		]);
	});

	it('names every empty, repeated and too long account by its row, and keeps none of them', () => {
		const long = 'a'.repeat(321);
		const p = rowsOf(
			`Login,Name\nana,Ana\n,Nobody\nANA,Ana again\n${long},Long\nbob,${'b'.repeat(121)}\n`
		);
		const r = readUserList(p.rows, { account: 0, email: null, displayName: 1 });
		expect(r.errors).toEqual([
			'Row 3: the account is empty',
			'Row 4: the account ‘ANA’ is already listed on row 2',
			'Row 5: the account is longer than 320 characters (it has 321)',
			'Row 6: the display name is longer than 120 characters (it has 121)'
		]);
		expect(r.accounts.map((a) => a.account)).toEqual(['ana']);
	});

	it('warns about a lost letter (U+FFFD) without refusing the row', () => {
		const p = rowsOf('Login,Name\nrene,Ren\uFFFD\n');
		const r = readUserList(p.rows, { account: 0, email: null, displayName: 1 });
		expect(r.errors).toEqual([]);
		expect(r.warnings).toEqual([
			'Row 2: ‘Ren\uFFFD’ holds \uFFFD where a letter was lost before the file was saved'
		]);
	});
});

describe('accessReviewToCsv', () => {
	it('writes account, person, flags, decision and note, with formulas neutralised', () => {
		const review = {
			accounts: [
				{ account: 'ana', email: 'ana@x.io', displayName: 'Ana' },
				{ account: '=evil()', email: null, displayName: null }
			],
			decisions: [{ account: '=evil()', decision: 'remove' as const, note: '+1 ticket' }]
		};
		const rows = reviewCsvRows(
			review,
			[
				{ index: 0, account: 'ana', personId: 'p1', matchedBy: 'email', flags: ['leaver'] },
				{ index: 1, account: '=evil()', personId: null, matchedBy: null, flags: ['unknown'] }
			],
			(id) => (id === 'p1' ? 'Ana Ruiz' : '')
		);
		const csv = accessReviewToCsv(rows);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const data = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		expect(data).toEqual([
			[
				'Account',
				'Email',
				'Display name',
				'Matched person',
				'Matched by',
				'Flags',
				'Decision',
				'Note'
			],
			['ana', 'ana@x.io', 'Ana', 'Ana Ruiz', 'email', 'Leaver', '', ''],
			["'=evil()", '', '', '', '', 'Unknown', 'Remove', "'+1 ticket"]
		]);
	});
});
