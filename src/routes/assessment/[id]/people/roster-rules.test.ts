import { describe, expect, it } from 'vitest';
import type { PersonDraft } from '$lib/domain/people/index';
import { parseRosterCsv, suggestRosterMapping, type RosterTable } from '$lib/files/roster-csv';
import {
	checkPerson,
	checkRosterFile,
	personErrors,
	personRecords,
	summariseRoster
} from './roster-rules';

const TODAY = '2025-06-01';

function table(csv: string): RosterTable {
	const r = parseRosterCsv(csv);
	if (!r.ok) throw new Error(r.error);
	return r.table;
}

function check(csv: string, existing: Parameters<typeof checkRosterFile>[3] = []) {
	const t = table(csv);
	return checkRosterFile(t, suggestRosterMapping(t.headers), TODAY, existing);
}

const ADA: PersonDraft = {
	name: 'Ada Lovelace',
	email: 'ada@example.com',
	role: 'Engineer',
	department: 'R&D',
	manager: '',
	startDate: '2024-01-02',
	endDate: null,
	employmentType: 'employee',
	inScope: true,
	companyDevice: true
};

describe('checkRosterFile', () => {
	it('reports errors with the row the spreadsheet shows, blank rows counted', () => {
		const r = check(
			'Name,Email,Start date,End date\nAda,ada@x.com,2024-01-02,\n\nBob,ada@x.com,2024-01-03,\nCy,,2024-05-01,2024-04-01\n'
		);
		expect(r.errors.map((e) => e.message)).toEqual([
			"Row 4: email 'ada@x.com' is already on row 2",
			"Row 5: end date '2024-04-01' is before the start date '2024-05-01'"
		]);
		expect(r.drafts).toEqual([]);
		expect(summariseRoster(r)).toMatchObject({ ready: 1, bad: 2 });
	});

	it('refuses people already on the roster, by email or by name and start date', () => {
		const r = check('Name,Email,Start\nAda L,ADA@example.com,2024-01-02\nGrace,,2023-01-01', [
			{ id: '1', name: 'Ada Lovelace', email: 'ada@example.com', startDate: '2024-01-02' },
			{ id: '2', name: 'grace', email: null, startDate: '2023-01-01' }
		]);
		expect(r.errors.map((e) => e.message)).toEqual([
			"Row 2: email 'ADA@example.com' is already on the roster (Ada Lovelace)",
			"Row 3: 'Grace' starting 2023-01-01 is already on the roster"
		]);
	});

	it('gives every row as a draft when nothing is wrong', () => {
		const r = check(
			'Full name,Hire date,Worker type\nAda,2024-01-02,Contractor\nBob,2024-02-02,FTE'
		);
		expect(r.errors).toEqual([]);
		expect(r.drafts.map((d) => [d.name, d.employmentType, d.companyDevice])).toEqual([
			['Ada', 'contractor', false],
			['Bob', 'employee', true]
		]);
	});
});

describe('personRecords', () => {
	it('gives each draft an id and the assessment', () => {
		let n = 0;
		const [p] = personRecords([ADA], 'a1', new Date('2025-06-01T10:00:00Z'), () => `id${++n}`);
		expect(p).toEqual({
			...ADA,
			id: 'id1',
			assessmentId: 'a1',
			createdAt: '2025-06-01T10:00:00.000Z',
			updatedAt: '2025-06-01T10:00:00.000Z'
		});
	});
});

describe('personErrors', () => {
	it('applies the import rules to the form', () => {
		expect(personErrors(ADA, TODAY, [])).toEqual({});
		expect(
			personErrors({ ...ADA, name: ' ', email: 'nope', endDate: '2023-01-01' }, TODAY, [])
		).toEqual({
			name: 'Name is empty.',
			email: "Email 'nope' is not an email address.",
			endDate: "End date '2023-01-01' is before the start date '2024-01-02'."
		});
		expect(personErrors({ ...ADA, startDate: '' }, TODAY, [])).toEqual({
			startDate: 'Start date is empty.'
		});
	});

	it('refuses a second person with the same email', () => {
		const other = { id: 'x', name: 'Someone', email: 'ada@example.com', startDate: '2020-01-01' };
		expect(personErrors(ADA, TODAY, [other])).toEqual({
			email: "Email 'ada@example.com' is already on the roster (Someone)."
		});
	});
});

describe('checkPerson', () => {
	it('gives the draft as it will be stored', () => {
		expect(
			checkPerson({ ...ADA, name: '  Ada   Lovelace ', email: null, inScope: false }, TODAY, [])
		).toEqual({ errors: {}, clean: { ...ADA, email: null, inScope: false } });
	});
});
