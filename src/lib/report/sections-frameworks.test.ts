import { describe, expect, it } from 'vitest';
import { assessment, makeInput, proof, state } from '$lib/testing/report';
import { buildReport } from './build-report';
import type { Block, Section } from './model';

function section(doc: { sections: Section[] }, id: string): Section {
	const s = doc.sections.find((x) => x.id === id);
	if (!s) throw new Error(`no section ${id}`);
	return s;
}

function table(s: Section): Extract<Block, { kind: 'table' }> {
	const t = s.blocks.find((b) => b.kind === 'table');
	if (!t || t.kind !== 'table') throw new Error('no table');
	return t;
}

describe('framework pages of the full gap report', () => {
	const input = makeInput({
		assessment: assessment({ reportType: 'type1' }),
		controls: [state('BCK-01', { status: 'implemented' })],
		evidence: [proof('BCK-01')]
	});
	const doc = buildReport(input);

	it('gives ISO 27001 a row per group and the CSF a row per function, each saying what it rests on', () => {
		const iso = section(doc, 'framework-iso27001');
		expect(iso.newPage).toBe(true);
		expect(table(iso).rows.map((r) => r[0]?.text)).toEqual([
			'Management system (clauses 4–10)',
			'A.5 Organizational controls',
			'A.6 People controls',
			'A.7 Physical controls',
			'A.8 Technological controls'
		]);
		const csf = section(doc, 'framework-csf');
		expect(table(csf).rows.map((r) => r[0]?.text)).toEqual([
			'Govern',
			'Identify',
			'Protect',
			'Detect',
			'Respond',
			'Recover'
		]);
		for (const s of [iso, csf]) {
			const facts = s.blocks.find((b) => b.kind === 'facts');
			expect(facts?.kind === 'facts' && facts.rows.map(([k]) => k)).toEqual([
				'Company',
				'Framework',
				'Scores from',
				'As of',
				'Crosswalk'
			]);
			expect(s.blocks.some((b) => b.kind === 'bullets')).toBe(true);
		}
	});

	it('credits the theme the implemented control maps to and no other', () => {
		// BCK-01 (implemented, evidence on file; its policy still missing, so capped) fully covers
		// A.8.13 only; the other backup controls are Availability controls, out of this scope.
		const rows = table(section(doc, 'framework-iso27001')).rows;
		const score = (i: number) => rows[i]?.[1]?.text;
		expect(score(4)).not.toBe('0.0%');
		expect([score(0), score(1), score(2), score(3)]).toEqual(['0.0%', '0.0%', '0.0%', '0.0%']);
		expect(rows[4]?.[3]?.text).toMatch(/^1 of \d+$/);
	});

	it('lists every applicable control with its ISO and CSF ids in the crosswalk appendix', () => {
		const appendix = section(doc, 'crosswalk');
		const rows = table(appendix).rows;
		expect(rows.length).toBe(input.evaluation.scope.applicableControlIds.length);
		const bck = rows.find((r) => r[0]?.text === 'BCK-01');
		expect(bck?.map((c) => c.text).slice(2)).toEqual(['A.8.13', 'PR.DS-11']);
		expect(rows.find((r) => r[0]?.text === 'BCK-02')).toBeUndefined();
		expect(rows.find((r) => r[0]?.text === 'IAM-03')?.[2]?.text).toBe('A.5.16, A.5.17 (partly)');
	});

	it('is not in the investor summary', () => {
		const investor = buildReport(makeInput({}, 'investor'));
		expect(investor.sections.map((s) => s.id)).not.toContain('crosswalk');
		expect(investor.sections.map((s) => s.id)).not.toContain('framework-iso27001');
	});
});
