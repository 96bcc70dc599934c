import { describe, expect, it } from 'vitest';
import { validateRoster, type RosterMapping, type RosterRecord } from './roster';

const TODAY = '2026-12-03';
const MAPPING: RosterMapping = {
	name: 'Full name',
	email: 'Work email',
	role: 'Job title',
	department: 'Department',
	manager: 'Manager',
	startDate: 'Start',
	endDate: 'End',
	employmentType: 'Type',
	inScope: 'In scope',
	companyDevice: 'Laptop'
};

function rec(over: Partial<Record<string, string>> = {}): RosterRecord {
	const base: Record<string, string> = {
		'Full name': 'Ada Lovelace',
		'Work email': 'ada@example.com',
		'Job title': 'Engineer',
		Department: 'Engineering',
		Manager: 'Grace Hopper',
		Start: '2025-01-06',
		End: '',
		Type: 'Employee',
		'In scope': 'yes',
		Laptop: ''
	};
	for (const [k, v] of Object.entries(over)) if (v !== undefined) base[k] = v;
	return base;
}

const run = (records: RosterRecord[], mapping = MAPPING) =>
	validateRoster(records, mapping, { today: TODAY });

describe('validateRoster: a good roster', () => {
	it('maps a row into a person draft', () => {
		const r = run([rec()]);
		expect(r.errors).toEqual([]);
		expect(r.drafts).toEqual([
			{
				name: 'Ada Lovelace',
				email: 'ada@example.com',
				role: 'Engineer',
				department: 'Engineering',
				manager: 'Grace Hopper',
				startDate: '2025-01-06',
				endDate: null,
				employmentType: 'employee',
				inScope: true,
				companyDevice: true
			}
		]);
		expect(r.rows[0]?.row).toBe(2);
	});

	it('reads friendly values and defaults the device from the employment type', () => {
		const r = run([
			rec({ Type: 'Freelancer', 'In scope': 'No', 'Work email': '' }),
			rec({ 'Full name': 'Bo', 'Work email': 'bo@example.com', Type: 'full-time', Laptop: 'n' })
		]);
		expect(r.errors).toEqual([]);
		expect(r.drafts.map((d) => [d.employmentType, d.inScope, d.companyDevice, d.email])).toEqual([
			['contractor', false, false, null],
			['employee', true, false, 'bo@example.com']
		]);
	});

	it('cleans whitespace and keeps HTML as literal text', () => {
		const r = run([rec({ 'Full name': '  <b>Ada</b>   <script>x()</script> ' })]);
		expect(r.errors).toEqual([]);
		expect(r.drafts[0]?.name).toBe('<b>Ada</b> <script>x()</script>');
	});

	it('numbers rows from firstRow', () => {
		const r = validateRoster([rec({ 'Full name': '' })], MAPPING, { today: TODAY, firstRow: 7 });
		expect(r.errors[0]?.message).toBe('Row 7: name is empty');
	});

	it('works with only the two required columns, saying the employment type was assumed', () => {
		const r = run([{ N: 'Ada', S: '2025-01-06' }], { name: 'N', startDate: 'S' });
		expect(r.errors).toEqual([]);
		expect(r.drafts[0]).toMatchObject({ role: '', employmentType: 'employee', email: null });
		expect(r.warnings.map((w) => [w.row, w.code])).toEqual([[null, 'defaulted']]);
	});
});

describe('validateRoster: bad rows', () => {
	const codes = (r: ReturnType<typeof run>) => r.errors.map((e) => [e.row, e.field, e.code]);

	it('refuses an empty roster', () => {
		const r = run([]);
		expect(r.errors.map((e) => e.code)).toEqual(['empty_roster']);
		expect(r.drafts).toEqual([]);
	});

	it('needs the name and start date columns, and columns that exist', () => {
		const r = run([rec()], { email: 'Work email', role: 'Nope' });
		expect(r.errors.map((e) => [e.field, e.code])).toEqual([
			['name', 'missing_column'],
			['startDate', 'missing_column'],
			['role', 'missing_column']
		]);
	});

	it('finds a column that only later rows have a cell in', () => {
		const r = run(
			[
				{ N: 'Ada', S: '2025-01-06' },
				{ N: 'Bo', S: '2025-01-06', E: '2025-02-01' }
			],
			{
				name: 'N',
				startDate: 'S',
				endDate: 'E'
			}
		);
		expect(r.errors).toEqual([]);
		expect(r.drafts.map((d) => d.endDate)).toEqual([null, '2025-02-01']);
	});

	it('checks the mapping against the header row when one is given', () => {
		const r = validateRoster(
			[rec()],
			{ name: 'Full name', startDate: 'Begin' },
			{
				today: TODAY,
				headers: ['Full name', 'Start']
			}
		);
		expect(r.errors.map((e) => e.message)).toEqual([
			"The file has no column 'Begin' for the start date."
		]);
	});

	it('requires a name and a start date', () => {
		const r = run([rec({ 'Full name': '   ', Start: '' })]);
		expect(codes(r)).toEqual([
			[2, 'name', 'required'],
			[2, 'startDate', 'required']
		]);
	});

	it.each(['2025/01/06', '06/01/2025', '2025-1-6', '2025-02-30', 'soon', '2025-01-06T09:00'])(
		'refuses the date %j',
		(start) => {
			const r = run([rec({ Start: start })]);
			expect(codes(r)).toEqual([[2, 'startDate', 'date']]);
			expect(r.errors[0]?.message).toContain('YYYY-MM-DD');
		}
	);

	it('refuses dates before 1950 and more than two years ahead, accepting the boundaries', () => {
		expect(codes(run([rec({ Start: '1949-12-31' })]))).toEqual([[2, 'startDate', 'date']]);
		expect(codes(run([rec({ Start: '1950-01-01' })]))).toEqual([]);
		expect(codes(run([rec({ Start: '2028-12-03' })]))).toEqual([]);
		expect(codes(run([rec({ Start: '2028-12-04' })]))).toEqual([[2, 'startDate', 'date']]);
		expect(codes(run([rec({ End: '2099-01-01' })]))).toEqual([[2, 'endDate', 'date']]);
	});

	it('accepts the leap day and refuses 29 February in other years', () => {
		expect(codes(run([rec({ Start: '2024-02-29' })]))).toEqual([]);
		expect(codes(run([rec({ Start: '2025-02-29' })]))).toEqual([[2, 'startDate', 'date']]);
	});

	it('refuses an end date before the start date, and accepts the same day', () => {
		const r = run([rec({ Start: '2025-03-01', End: '2025-02-28' })]);
		expect(codes(r)).toEqual([[2, 'endDate', 'end_before_start']]);
		expect(r.errors[0]?.message).toBe(
			"Row 2: end date '2025-02-28' is before the start date '2025-03-01'"
		);
		expect(codes(run([rec({ Start: '2025-03-01', End: '2025-03-01' })]))).toEqual([]);
	});

	it('refuses an unknown employment type and a bad yes/no', () => {
		const r = run([rec({ Type: 'Wizard', 'In scope': 'maybe' })]);
		expect(codes(r)).toEqual([
			[2, 'employmentType', 'employment_type'],
			[2, 'inScope', 'yes_no']
		]);
	});

	it('warns when a mapped employment type cell is empty', () => {
		const r = run([rec({ Type: '' })]);
		expect(r.errors).toEqual([]);
		expect(r.warnings.map((w) => [w.row, w.code])).toEqual([[2, 'defaulted']]);
	});

	it('refuses a malformed email', () => {
		expect(codes(run([rec({ 'Work email': 'ada at example' })]))).toEqual([[2, 'email', 'email']]);
	});

	it('refuses text longer than the limits, and takes text at the limit', () => {
		expect(codes(run([rec({ 'Full name': 'a'.repeat(120) })]))).toEqual([]);
		const r = run([rec({ 'Full name': 'a'.repeat(121), 'Job title': 'b'.repeat(201) })]);
		expect(codes(r)).toEqual([
			[2, 'name', 'too_long'],
			[2, 'role', 'too_long']
		]);
		expect(r.errors[0]?.message).toBe('Row 2: name is longer than 120 characters (it has 121)');
	});

	it('reports every problem of every row and gives no drafts (all-or-nothing)', () => {
		const r = run([
			rec(),
			rec({ 'Full name': '', 'Work email': 'b@example.com' }),
			rec({ 'Work email': 'c@example.com', Start: 'x' })
		]);
		expect(codes(r)).toEqual([
			[3, 'name', 'required'],
			[4, 'startDate', 'date']
		]);
		expect(r.rows[0]?.draft).not.toBeNull();
		expect(r.drafts).toEqual([]);
	});
});

describe('validateRoster: duplicates', () => {
	it('refuses the same email twice, ignoring case, naming the first row', () => {
		const r = run([rec(), rec({ 'Full name': 'Someone Else', 'Work email': 'ADA@example.com ' })]);
		expect(r.errors.map((e) => e.message)).toEqual([
			"Row 3: email 'ADA@example.com' is already on row 2"
		]);
		expect(r.drafts).toEqual([]);
	});

	it('refuses the same name and start date twice even without emails', () => {
		const r = run([
			rec({ 'Work email': '' }),
			rec({ 'Full name': 'ada  LOVELACE', 'Work email': '' })
		]);
		expect(r.errors.map((e) => [e.row, e.code])).toEqual([[3, 'duplicate_person']]);
	});

	it('takes two people with one name who started on different days (a rehire)', () => {
		const r = run([
			rec({ 'Work email': '', End: '2025-06-30' }),
			rec({ 'Work email': '', Start: '2026-01-05' })
		]);
		expect(r.errors).toEqual([]);
		expect(r.drafts).toHaveLength(2);
	});
});

describe('validateRoster: formulas', () => {
	it('keeps formula-looking cells as text and flags them', () => {
		const r = run([
			rec({ 'Full name': '=HYPERLINK("http://x","y")', Department: '+Sales', Manager: '@boss' })
		]);
		expect(r.errors).toEqual([]);
		expect(r.drafts[0]?.name).toBe('=HYPERLINK("http://x","y")');
		expect(r.warnings.map((w) => [w.field, w.code])).toEqual([
			['name', 'formula'],
			['department', 'formula'],
			['manager', 'formula']
		]);
	});

	it('reads back a cell our export neutralised with an apostrophe, still flagged', () => {
		const r = run([rec({ 'Full name': "'-Ada" })]);
		expect(r.drafts[0]?.name).toBe('-Ada');
		expect(r.warnings.map((w) => w.code)).toEqual(['formula']);
	});
});

describe('validateRoster: scale', () => {
	it('validates 10,000 rows in well under two seconds', () => {
		const records: RosterRecord[] = [];
		for (let i = 0; i < 10_000; i++)
			records.push(rec({ 'Full name': `Person ${i}`, 'Work email': `p${i}@example.com` }));
		const t0 = performance.now();
		const r = run(records);
		const ms = performance.now() - t0;
		expect(r.errors).toEqual([]);
		expect(r.drafts).toHaveLength(10_000);
		expect(r.rows[9_999]?.row).toBe(10_001);
		expect(ms).toBeLessThan(2000);
	});

	it('finds one duplicate among 10,000 rows', () => {
		const records: RosterRecord[] = [];
		for (let i = 0; i < 10_000; i++)
			records.push(rec({ 'Full name': `Person ${i}`, 'Work email': `p${i % 9_999}@example.com` }));
		const r = run(records);
		expect(r.errors.map((e) => e.message)).toEqual([
			"Row 10001: email 'p0@example.com' is already on row 2"
		]);
	});
});
