import { describe, expect, it } from 'vitest';
import {
	defaultNaRationale,
	safeHref,
	validateControl,
	validateControlChange,
	validateEvidence
} from './validation';

const base = {
	status: 'implemented' as const,
	ownerName: '',
	notes: '',
	dueDate: null,
	lastPerformed: null,
	naRationale: ''
};
const ctx = { today: '2026-11-22', assessmentStart: '2026-11-01' };

describe('evidence dates against the control', () => {
	it('refuses evidence dated before the control was in place, and says which date', () => {
		const item = { title: 'SSO export', location: 'drive', collectedAt: '2026-03-01' };
		expect(
			validateEvidence(item, { today: '2026-11-22', inPlaceSince: '2026-04-10' }).collectedAt
		).toBe(
			'This is dated before the control was in place (since 10 Apr 2026). Check the date, or correct the control\'s "in place since".'
		);
		expect(validateEvidence(item, { today: '2026-11-22', inPlaceSince: '2026-03-01' })).toEqual({});
		expect(validateEvidence(item, { today: '2026-11-22' })).toEqual({});
	});
});

describe('validateControl', () => {
	it('refuses an in-place-since date in the future or that is not a date, and accepts today', () => {
		expect(validateControl({ ...base, inPlaceSince: '2099-01-01' }, ctx).inPlaceSince).toMatch(
			/future date/
		);
		expect(validateControl({ ...base, inPlaceSince: '2026-02-30' }, ctx).inPlaceSince).toMatch(
			/real date/
		);
		expect(validateControl({ ...base, inPlaceSince: ctx.today }, ctx)).toEqual({});
		// Rows written before the field existed have no value: nothing to check.
		expect(validateControl(base, ctx).inPlaceSince).toBeUndefined();
	});

	it('refuses an in-place-since date before the company was founded', () => {
		const founded = { ...ctx, founded: '2025-03-10' };
		expect(validateControl({ ...base, inPlaceSince: '2025-03-09' }, founded).inPlaceSince).toBe(
			'This is before the company was founded (10 Mar 2025). Enter the day the control started operating.'
		);
		expect(validateControl({ ...base, inPlaceSince: '2025-03-10' }, founded)).toEqual({});
		// No founding date answered: nothing to compare with.
		expect(validateControl({ ...base, inPlaceSince: '2001-01-01' }, ctx)).toEqual({});
	});

	it('refuses a recorded performance or activity date after today', () => {
		expect(
			validateControl({ ...base, occurrences: ['2026-10-01', '2026-12-24'] }, ctx).performances
		).toMatch(/future \(24 Dec 2026\)/);
		expect(
			validateControl({ ...base, activityDates: { report: ['2027-01-01'] } }, ctx).performances
		).toMatch(/future/);
		expect(
			validateControl({ ...base, activityDates: { report: ['2026-02-30'] } }, ctx).performances
		).toMatch(/not a real date/);
		expect(
			validateControl(
				{ ...base, occurrences: ['2026-10-01'], activityDates: { report: [ctx.today] } },
				ctx
			)
		).toEqual({});
	});

	it('refuses a last performance in the future and a due date before the assessment began', () => {
		const e = validateControl({ ...base, lastPerformed: '2026-12-01', dueDate: '2026-10-01' }, ctx);
		expect(e.lastPerformed).toMatch(/future/);
		expect(e.dueDate).toMatch(/before this assessment began/);
	});

	it('accepts a 10,000-character note and refuses one over the limit with the count', () => {
		expect(validateControl({ ...base, notes: 'n'.repeat(10_000) }, ctx)).toEqual({});
		expect(validateControl({ ...base, notes: 'n'.repeat(20_001) }, ctx).notes).toMatch(/20,001/);
	});

	it('requires a rationale for not applicable', () => {
		expect(validateControl({ ...base, status: 'not_applicable' }, ctx).naRationale).toMatch(/why/);
		expect(
			validateControl({ ...base, status: 'not_applicable', naRationale: 'No office.' }, ctx)
		).toEqual({});
	});

	it('refuses impossible dates', () => {
		expect(validateControl({ ...base, dueDate: '2027-02-30' }, ctx).dueDate).toMatch(/real date/);
	});
});

describe('validateControlChange', () => {
	const stored = { status: 'not_started' as const, ownerName: 'Ana', notes: '', naRationale: '' };
	const NA_MISSING = 'Say why this control does not apply: an auditor will ask.';

	it('asks for a rationale when the change sets Not applicable without one', () => {
		expect(validateControlChange(stored, { status: 'not_applicable', naRationale: ' ' })).toEqual({
			naRationale: NA_MISSING
		});
		expect(validateControlChange(stored, { status: 'not_applicable' })).toEqual({
			naRationale: NA_MISSING
		});
		expect(
			validateControlChange(stored, { status: 'not_applicable', naRationale: 'No office.' })
		).toEqual({});
	});

	it('gives the checklist’s messages for an owner and notes over the limit', () => {
		expect(
			validateControlChange(stored, { ownerName: 'o'.repeat(121), notes: 'n'.repeat(20_001) })
		).toEqual({
			ownerName:
				'The owner’s name can be at most 120 characters (this has 121). Nothing was lost: shorten it to save.',
			notes:
				'Notes can be at most 20,000 characters (this has 20,001). Nothing was lost: shorten it to save.'
		});
		expect(validateControlChange(stored, { ownerName: 'o'.repeat(120) })).toEqual({});
	});

	it('refuses a rationale over 2,000 characters', () => {
		expect(
			validateControlChange(stored, { status: 'not_applicable', naRationale: 'r'.repeat(2001) })
		).toEqual({
			naRationale:
				'The rationale can be at most 2,000 characters (this has 2,001). Nothing was lost: shorten it to save.'
		});
	});

	it('reports only the fields the change touches', () => {
		const broken = {
			status: 'not_applicable' as const,
			ownerName: 'o'.repeat(121),
			notes: '',
			naRationale: ''
		};
		expect(validateControlChange(broken, { notes: 'Checked in the March review.' })).toEqual({});
		expect(validateControlChange(broken, { status: 'implemented' })).toEqual({});
		expect(validateControlChange(broken, { status: 'in_progress', ownerName: 'Bo' })).toEqual({});
	});
});

describe('defaultNaRationale', () => {
	it('keeps the recorded rationale, else offers the catalog template, else nothing', () => {
		expect(
			defaultNaRationale({ naRationale: 'Fully remote.' }, { naRationale: 'No offices.' })
		).toBe('Fully remote.');
		expect(defaultNaRationale({ naRationale: '  ' }, { naRationale: 'No offices.' })).toBe(
			'No offices.'
		);
		expect(defaultNaRationale(undefined, { naRationale: 'No offices.' })).toBe('No offices.');
		expect(defaultNaRationale({ naRationale: '' }, {})).toBe('');
		expect(defaultNaRationale(undefined, undefined)).toBe('');
	});
});

describe('validateEvidence', () => {
	it('needs a title and a date not in the future', () => {
		const e = validateEvidence({ title: ' ', location: '', collectedAt: '2030-01-01' }, ctx);
		expect(e.title).toBeDefined();
		expect(e.collectedAt).toMatch(/future/);
	});
});

describe('safeHref', () => {
	it('allows only web and mail links', () => {
		expect(safeHref('https://drive.example.com/x')).toBe('https://drive.example.com/x');
		expect(safeHref('javascript:alert(1)')).toBeNull();
		expect(safeHref(' JavaScript:alert(1)')).toBeNull();
		expect(safeHref('data:text/html,<script>')).toBeNull();
		expect(safeHref('\\\\fileserver\\audit\\q3.pdf')).toBeNull();
		expect(safeHref('mailto:sec@example.com')).toBe('mailto:sec@example.com');
	});
});
