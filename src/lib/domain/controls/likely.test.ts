import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { FRAMEWORKS, LIKELY_IN_PLACE } from '$lib/catalog/likely-in-place';
import { evaluate } from '../scoring/evaluate';
import type { ControlState, ScopingAnswer } from '../types';
import { heldFrameworks, likelyInPlace, likelyLabel, likelyToConfirm } from './likely';

const ALL_IDS = catalog.controls.map((c) => c.id);

describe('the likely-in-place lists', () => {
	it('name only controls that exist in the catalog, each once per framework', () => {
		const ids = new Set(ALL_IDS);
		for (const f of FRAMEWORKS) {
			const listed = LIKELY_IN_PLACE[f];
			if (listed === 'every control') continue;
			expect(
				listed.filter((id) => !ids.has(id)),
				f
			).toEqual([]);
			expect(new Set(listed).size, f).toBe(listed.length);
		}
	});

	it('cover every option of the scoping question except "None yet"', () => {
		const q = catalog.scopingQuestions.find((x) => x.id === 'existing_frameworks');
		const options = (q?.options ?? []).map((o) => o.value).filter((v) => v !== 'none');
		expect([...options].sort()).toEqual([...FRAMEWORKS].sort());
	});

	it('stay a short judgement where there is no crosswalk: only a previous SOC 2 report covers everything', () => {
		for (const f of FRAMEWORKS.filter((x) => x !== 'soc2' && x !== 'iso27001')) {
			const listed = LIKELY_IN_PLACE[f];
			expect(listed === 'every control' ? ALL_IDS.length : listed.length, f).toBeLessThan(
				ALL_IDS.length / 2
			);
		}
	});
});

describe('likelyInPlace', () => {
	it('marks the listed controls of each framework held, with every framework that lists them', () => {
		const m = likelyInPlace({ existing_frameworks: ['pci', 'iso27001'] }, [
			'IAM-07',
			'NET-01',
			'GOV-06',
			'PI-01'
		]);
		// ISO 27001 from the crosswalk: NET-01 fully covers A.8.22; PI-01 only touches clause 4.2.
		expect(Object.fromEntries(m)).toEqual({
			'IAM-07': ['iso27001', 'pci'],
			'NET-01': ['iso27001', 'pci'],
			'GOV-06': ['iso27001']
		});
	});

	it('marks every control for a previous SOC 2 report', () => {
		const m = likelyInPlace({ existing_frameworks: ['soc2'] }, ALL_IDS);
		expect(m.size).toBe(ALL_IDS.length);
		expect(m.get('AI-01')).toEqual(['soc2']);
	});

	it('marks nothing for none, no answer, or a value that is not a list', () => {
		for (const existing_frameworks of [['none'], [], undefined, 'iso27001'])
			expect(likelyInPlace({ existing_frameworks }, ALL_IDS).size).toBe(0);
		expect(heldFrameworks({ existing_frameworks: ['gdpr', 'bogus', 'soc2'] })).toEqual([
			'soc2',
			'gdpr'
		]);
	});

	it('keeps to the controls asked about (the applicable ones)', () => {
		expect([
			...likelyInPlace({ existing_frameworks: ['gdpr'] }, ['PRV-01', 'IAM-01']).keys()
		]).toEqual(['PRV-01']);
	});
});

describe('likelyToConfirm', () => {
	const likely = new Map([
		['IAM-07', ['iso27001' as const]],
		['GOV-06', ['iso27001' as const]],
		['LOG-01', ['iso27001' as const]]
	]);

	it('keeps only the controls nobody has given a status yet', () => {
		const states = new Map<string, Pick<ControlState, 'status'>>([
			['IAM-07', { status: 'not_assessed' }],
			['GOV-06', { status: 'implemented' }]
		]);
		expect([...likelyToConfirm(likely, states).keys()]).toEqual(['IAM-07', 'LOG-01']);
		// Any judgement ends the hint, not only Implemented.
		states.set('LOG-01', { status: 'not_started' });
		expect([...likelyToConfirm(likely, states).keys()]).toEqual(['IAM-07']);
	});

	it('labels the badge with every framework', () => {
		expect(likelyLabel(['iso27001'])).toBe('Likely in place (ISO 27001)');
		expect(likelyLabel(['soc2', 'pci'])).toBe('Likely in place (previous SOC 2, PCI DSS)');
	});
});

describe('scoring', () => {
	it('is the same with or without existing frameworks: a likely control stays Not assessed', () => {
		const answer = (questionId: string, value: ScopingAnswer['value']): ScopingAnswer => ({
			assessmentId: 'a1',
			questionId,
			value,
			updatedAt: '2027-01-01T00:00:00.000Z'
		});
		const controls: ControlState[] = [];
		const run = (answers: ScopingAnswer[]) =>
			evaluate(
				catalog,
				{
					assessment: { includedCategories: [], declinedCategories: [] },
					answers,
					controls,
					evidence: [],
					policies: []
				},
				'2027-01-15'
			);
		const base = [answer('report_type', 'type1')];
		const without = run(base);
		const held = run([...base, answer('existing_frameworks', ['soc2', 'iso27001', 'pci'])]);
		expect(held.score.type1).toEqual(without.score.type1);
		expect(held.score.type2).toEqual(without.score.type2);
		expect(held.score.coverage).toEqual(without.score.coverage);
		expect(held.score.coverage.assessed).toBe(0);
	});
});
