import { describe, expect, it } from 'vitest';
import { safeHref, validateControl, validateEvidence } from './validation';

const base = {
	status: 'implemented' as const,
	ownerName: '',
	notes: '',
	dueDate: null,
	lastPerformed: null,
	naRationale: ''
};
const ctx = { today: '2026-11-22', assessmentStart: '2026-11-01' };

describe('validateControl', () => {
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
