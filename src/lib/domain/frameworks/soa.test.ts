import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { FrameworkTarget } from '$lib/catalog/frameworks/types';
import { soaCsv } from '$lib/report/soa-sheets';
import type { TargetLink, TargetResult } from './readiness';
import { MAX_QUOTED_REASON, implementedOf, statementOfApplicability } from './soa';

const target = (id: string): FrameworkTarget => ({
	id,
	group: id.startsWith('A.') ? id.slice(0, 3) : 'ISMS',
	title: `Title ${id}`
});
const link = (control: string, extra: Partial<TargetLink> = {}): TargetLink => ({
	control,
	coverage: 'full',
	applicable: true,
	status: 'implemented',
	credit: 10_000,
	...extra
});
const result = (
	id: string,
	links: TargetLink[],
	extra: Partial<TargetResult> = {}
): TargetResult => ({
	target: target(id),
	links,
	state: 'met',
	credit: 10_000,
	reason: '',
	...extra
});
const THEMES = new Map([['A.8', 'Technological controls']]);

describe('implementedOf', () => {
	it('says Yes only when every applicable full link is implemented', () => {
		expect(
			implementedOf([link('A'), link('B', { coverage: 'partial', status: 'not_started' })])
		).toBe('Yes');
		expect(implementedOf([link('A'), link('B', { status: 'in_progress' })])).toBe('Partly');
		expect(implementedOf([link('A', { coverage: 'partial' })])).toBe('Partly');
		expect(implementedOf([link('A', { status: 'not_started' })])).toBe('No');
		expect(implementedOf([link('A', { status: 'not_assessed' })])).toBe('Not assessed');
		expect(implementedOf([link('A', { applicable: false, status: 'not_applicable' })])).toBe(
			'Not applicable'
		);
		expect(implementedOf([])).toBe('Unknown');
	});
});

describe('statementOfApplicability', () => {
	it('reads applicability and justification from the links, and skips the ISMS clauses', () => {
		const rows = statementOfApplicability(
			[
				result('9.2', [link('MON-02')]),
				result('A.8.5', [link('IAM-02'), link('IAM-01', { coverage: 'partial' })]),
				result('A.8.23', [], { state: 'not_addressed', credit: null, reason: 'No web filtering' }),
				result('A.8.1', [link('END-01', { applicable: false, status: 'not_applicable' })], {
					state: 'not_applicable',
					credit: null
				})
			],
			THEMES,
			(id) => (id === 'END-01' ? 'All staff use company-managed tablets only.' : '')
		);
		expect(rows.map((r) => [r.id, r.theme, r.applicable, r.implemented, r.controls])).toEqual([
			['A.8.5', 'Technological controls', 'Yes', 'Yes', 'IAM-02, IAM-01 (partly)'],
			['A.8.23', 'Technological controls', 'To decide', 'Unknown', ''],
			['A.8.1', 'Technological controls', 'No', 'Not applicable', 'END-01']
		]);
		expect(rows[0]?.justification).toBe(
			'Included: it treats risks in the SOC 2 scope and is met through IAM-02, IAM-01 (partly).'
		);
		expect(rows[1]?.justification).toContain('No web filtering');
		expect(rows[2]?.justification).toContain('END-01: All staff use company-managed tablets only.');
	});

	it('keeps HTML, formulas and 10,000-character reasons as inert, bounded text in the CSV', () => {
		const reason = `=HYPERLINK("http://x","y")<script>alert(1)</script>${'z'.repeat(10_000)}`;
		const rows = statementOfApplicability(
			[
				result('A.8.1', [link('END-01', { applicable: false, status: 'not_applicable' })], {
					state: 'not_applicable',
					credit: null
				})
			],
			THEMES,
			() => reason
		);
		const j = rows[0]?.justification ?? '';
		expect(j.length).toBeLessThan(MAX_QUOTED_REASON + 200);
		expect(j).toContain('shortened; the whole reason is on the control');
		const parsed = Papa.parse<string[]>(soaCsv(rows).replace(/^\uFEFF/, ''), {
			skipEmptyLines: true
		}).data;
		expect(parsed.length).toBe(2);
		expect(parsed[1]?.[4]).toBe(j);
		expect(parsed[1]?.[4]).toContain('<script>');
		// Only a cell that starts with a formula character gets the apostrophe; this one starts with text.
		expect(parsed[1]?.every((c) => !/^[=+\-@]/.test(c))).toBe(true);
	});
});
