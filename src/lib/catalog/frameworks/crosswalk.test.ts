import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../index';
import { CSF_CATEGORIES, CSF_FUNCTIONS, CSF_SUBCATEGORIES } from './csf';
import { ANNEX_A, ISMS_CLAUSES, ISO_TARGETS } from './iso27001';
import { CROSSWALK, ISO_LIKELY, NOT_ADDRESSED } from './index';

/** Rows of one of the hand-written reference lists (comment line, header, then rows). */
function tsv(path: string): string[][] {
	return readFileSync(path, 'utf8')
		.trim()
		.split('\n')
		.filter((l) => !l.startsWith('#'))
		.slice(1)
		.map((l) => l.split('\t'));
}

const ISO_REF = tsv('tests/fixtures/iso27001-2022-targets.tsv');
const CSF_REF = tsv('tests/fixtures/csf-2.0-subcategories.tsv');

describe('reference data', () => {
	it('has every ISO 27001:2022 clause and the 93 Annex A controls in their themes', () => {
		expect(ISO_REF.filter(([, g]) => g?.startsWith('A.')).length).toBe(93);
		expect(ISO_TARGETS.map((t) => [t.id, t.group])).toEqual(ISO_REF);
		expect(ANNEX_A.filter((t) => t.group === 'A.5').length).toBe(37);
		expect(ANNEX_A.filter((t) => t.group === 'A.8').length).toBe(34);
		expect(ISMS_CLAUSES.length).toBe(23);
		for (const t of ISO_TARGETS) expect(t.title.trim(), t.id).not.toBe('');
	});

	it('has the 6 CSF 2.0 functions, 22 categories and 106 subcategories', () => {
		expect(CSF_REF.length).toBe(106);
		expect(CSF_SUBCATEGORIES.map((t) => [t.id, t.group, t.group.slice(0, 2)])).toEqual(CSF_REF);
		expect(CSF_FUNCTIONS.map((f) => f.id)).toEqual(['GV', 'ID', 'PR', 'DE', 'RS', 'RC']);
		expect(CSF_CATEGORIES.map((c) => c.id)).toEqual([...new Set(CSF_REF.map(([, c]) => c))]);
		for (const t of CSF_SUBCATEGORIES) expect(t.title.trim(), t.id).not.toBe('');
	});
});

const ISO_IDS = new Set(ISO_REF.map(([id]) => id));
const CSF_IDS = new Set(CSF_REF.map(([id]) => id));

describe('crosswalk', () => {
	it('has exactly one entry per catalog control', () => {
		const ids = CROSSWALK.map((c) => c.control);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual(catalog.controls.map((c) => c.id).sort());
	});

	it('links only to identifiers that exist, never the same target twice from one control', () => {
		for (const entry of CROSSWALK) {
			const iso = [...(entry.iso.full ?? []), ...(entry.iso.partial ?? [])];
			const csf = [...(entry.csf.full ?? []), ...(entry.csf.partial ?? [])];
			for (const id of iso) expect(ISO_IDS.has(id), `${entry.control} -> ${id}`).toBe(true);
			for (const id of csf) expect(CSF_IDS.has(id), `${entry.control} -> ${id}`).toBe(true);
			expect(new Set(iso).size, entry.control).toBe(iso.length);
			expect(new Set(csf).size, entry.control).toBe(csf.length);
		}
	});

	it('maps every control to ISO 27001 (CSF links may be missing for privacy and processing)', () => {
		for (const entry of CROSSWALK)
			expect(
				(entry.iso.full?.length ?? 0) + (entry.iso.partial?.length ?? 0),
				entry.control
			).toBeGreaterThan(0);
	});

	it('gives every target either a link or a reason it is not addressed, never both', () => {
		const linked = (side: 'iso' | 'csf') =>
			new Set(CROSSWALK.flatMap((c) => [...(c[side].full ?? []), ...(c[side].partial ?? [])]));
		for (const [framework, side, ref] of [
			['iso27001', 'iso', ISO_REF],
			['csf', 'csf', CSF_REF]
		] as const) {
			const links = linked(side);
			const reasons = NOT_ADDRESSED[framework];
			for (const [id = ''] of ref) {
				const reason = reasons[id]?.trim() ?? '';
				expect(links.has(id) !== (reason !== ''), `${id}: linked or a reason, not both`).toBe(true);
				if (reason) expect(reason.length, id).toBeGreaterThan(20);
			}
			for (const id of Object.keys(reasons))
				expect(
					ref.some(([r]) => r === id),
					id
				).toBe(true);
		}
	});
});

describe('ISO 27001 likely in place', () => {
	it('proposes fully mapped controls and those serving a clause, not privacy notices', () => {
		expect(ISO_LIKELY).toContain('RSK-02');
		expect(ISO_LIKELY).toContain('MON-02');
		expect(ISO_LIKELY).not.toContain('PRV-01');
		// Partial to clause 4.2 only: a context link is too loose to propose it.
		expect(ISO_LIKELY).not.toContain('PI-01');
		expect(ISO_LIKELY.length).toBeLessThan(catalog.controls.length);
	});
});
