import { describe, expect, it } from 'vitest';
import { MAX_PEOPLE } from '$lib/domain/people/index';
import { distinctHeaders, parseRosterCsv, suggestRosterMapping } from './roster-csv';

describe('suggestRosterMapping', () => {
	it('reads the headers HR systems and identity providers export', () => {
		expect(
			suggestRosterMapping([
				'Full name',
				'Work Email',
				'Job title',
				'Dept',
				'Manager',
				'Hire date',
				'Termination date',
				'Worker type',
				'In scope',
				'Company laptop'
			])
		).toEqual({
			name: 'Full name',
			email: 'Work Email',
			role: 'Job title',
			department: 'Dept',
			manager: 'Manager',
			startDate: 'Hire date',
			endDate: 'Termination date',
			employmentType: 'Worker type',
			inScope: 'In scope',
			companyDevice: 'Company laptop'
		});
	});

	it('ignores case and punctuation but matches whole headers only', () => {
		expect(suggestRosterMapping(['EMPLOYEE_NAME', 'e-mail', 'Start-Date', 'Reports to'])).toEqual({
			name: 'EMPLOYEE_NAME',
			email: 'e-mail',
			startDate: 'Start-Date',
			manager: 'Reports to'
		});
		expect(
			suggestRosterMapping(['Name of the emergency contact', 'Status', 'Type', 'Date'])
		).toEqual({});
	});

	it('uses each column once and prefers the best-ranked header', () => {
		expect(suggestRosterMapping(['Employee', 'Full name'])).toEqual({ name: 'Full name' });
		expect(suggestRosterMapping(['Start', 'Start date'])).toEqual({ startDate: 'Start date' });
	});
});

describe('distinctHeaders', () => {
	it('numbers repeated headers so no column hides another', () => {
		expect(distinctHeaders(['Email', 'Name', 'Email'])).toEqual(['Email', 'Name', 'Email (2)']);
	});
});

describe('parseRosterCsv', () => {
	it('gives records by header with their spreadsheet rows, skipping blank rows', () => {
		const r = parseRosterCsv('Name;Start date\nAda;2024-01-02\n\n;\nGrace;2024-02-03\n');
		expect(r.ok && r.table).toEqual({
			headers: ['Name', 'Start date'],
			records: [
				{ Name: 'Ada', 'Start date': '2024-01-02' },
				{ Name: 'Grace', 'Start date': '2024-02-03' }
			],
			rowNumbers: [2, 5]
		});
	});

	it('keeps HTML and formulas as the text they are', () => {
		const r = parseRosterCsv(
			'Name,Start\n"<b>x</b>",2024-01-01\n"=HYPERLINK(""http://x"")",2024-01-01'
		);
		expect(r.ok && r.table.records.map((x) => x['Name'])).toEqual([
			'<b>x</b>',
			'=HYPERLINK("http://x")'
		]);
	});

	it('refuses a file with more than MAX_PEOPLE rows before any row is checked', () => {
		const rows = Array.from({ length: MAX_PEOPLE + 1 }, (_, i) => `P${i},2024-01-01`);
		const r = parseRosterCsv(`Name,Start\n${rows.join('\n')}`);
		expect(r).toEqual({
			ok: false,
			error:
				'This file has 10,001 people; the most we can import at once is 10,000. Split it into smaller files.'
		});
		const exact = parseRosterCsv(`Name,Start\n${rows.slice(1).join('\n')}`);
		expect(exact.ok && exact.table.records.length).toBe(MAX_PEOPLE);
	});

	it('says why an empty file or one without people cannot be read', () => {
		expect(parseRosterCsv('')).toEqual({ ok: false, error: 'The file is empty.' });
		expect(parseRosterCsv('Name,Start\n')).toEqual({
			ok: false,
			error: 'The file has a header row but no people below it.'
		});
	});
});
