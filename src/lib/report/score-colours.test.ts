import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { categoryBars } from '$lib/charts/datasets';
import { makeInput } from '../testing/report';
import { reportContext, type ReportContext } from './input';
import type { Block, Section } from './model';
import { criteriaSection } from './sections-detail';
import { glanceSection } from './sections-summary';

/** The colour each figure should have, written out independently of the app's rule. */
function expected(bp: number): string {
	if (bp >= 8000) return 'ok';
	if (bp >= 4000) return 'warn';
	return 'bad';
}

const base = reportContext(makeInput({}, 'full'));
const category = Object.keys(base.breakdown.byCategory)[0] ?? 'security';
const criterion = base.evaluation.scope.criteria[0] ?? 'CC1.1';

/** The report context with the overall, one category and one criterion all at `bp`. */
function at(bp: number): ReportContext {
	const b = base.breakdown;
	return {
		...base,
		breakdown: {
			...b,
			overall: bp,
			byCategory: { ...b.byCategory, [category]: bp },
			byCriterion: { ...b.byCriterion, [criterion]: bp }
		}
	};
}

function only<K extends Block['kind']>(s: Section, kind: K): Extract<Block, { kind: K }> {
	const b = s.blocks.find((x): x is Extract<Block, { kind: K }> => x.kind === kind);
	if (!b) throw new Error(`no ${kind} in ${s.id}`);
	return b;
}

/** Every colour the same value gets: the PDF's figure, tables and chart bar, and the screen's bar. */
function coloursOf(bp: number): string[] {
	const ctx = at(bp);
	const glance = glanceSection(ctx);
	const catIndex = catalog.categories
		.filter((c) => c.id in ctx.breakdown.byCategory)
		.findIndex((c) => c.id === category);
	const glanceRow = only(glance, 'table').rows[catIndex];
	const chart = only(glance, 'chart').spec;
	const pdfBar = chart.kind === 'bar' ? chart.series[0]?.color : undefined;
	const screenBar = categoryBars(ctx.breakdown, catalog.categories).series[0]?.color;
	const critRow = only(criteriaSection(ctx), 'table').rows.find((r) => r[0]?.text === criterion);
	return [
		only(glance, 'score').tone,
		glanceRow?.[1]?.tone,
		Array.isArray(pdfBar) ? pdfBar[catIndex] : pdfBar,
		Array.isArray(screenBar) ? screenBar[catIndex] : screenBar,
		critRow?.[3]?.tone
	].map(String);
}

describe('one colour rule for every readiness figure', () => {
	it('colours 43% and 44% alike, wherever they are shown', () => {
		expect(coloursOf(4300)).toEqual(Array(5).fill('warn'));
		expect(coloursOf(4400)).toEqual(Array(5).fill('warn'));
	});

	it('gives any value the same colour in the score, the tables and the bars', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
				expect(coloursOf(bp)).toEqual(Array(5).fill(expected(bp)));
			}),
			{ numRuns: 60 }
		);
	});
});
