import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scope } from '$lib/domain/scoring/scoping';
import { catalog } from './index';
import type { Condition, Control } from './types';

interface TsvRow {
	id: string;
	category: string;
	series: string;
}

const TSV: TsvRow[] = readFileSync('tests/fixtures/tsc-criteria.tsv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [id = '', category = '', series = ''] = line.split('\t');
		return { id, category, series: series.split(' ')[0] ?? '' };
	});

const DEPARTMENTS = [
	'Leadership',
	'Engineering',
	'IT & Security',
	'HR',
	'Legal',
	'Finance',
	'Operations',
	'Sales',
	'Product'
];
const FREQUENCIES = [
	'continuous',
	'per_event',
	'daily',
	'weekly',
	'monthly',
	'quarterly',
	'annually'
];

/** Sentences end with . ! or ? followed by a space or the end of the text. */
function sentences(text: string): number {
	return text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0).length;
}

function leaves(c: Condition): Array<Extract<Condition, { question: string }>> {
	if ('all' in c) return c.all.flatMap(leaves);
	if ('any' in c) return c.any.flatMap(leaves);
	if ('not' in c) return leaves(c.not);
	return [c];
}

const criterionById = new Map(catalog.criteria.map((c) => [c.id, c]));
const questionById = new Map(catalog.scopingQuestions.map((q) => [q.id, q]));
const policyIds = new Set(catalog.policies.map((p) => p.id));

function checkCondition(c: Condition, where: string): string[] {
	const problems: string[] = [];
	for (const leaf of leaves(c)) {
		const q = questionById.get(leaf.question);
		if (!q) {
			problems.push(`${where}: unknown question ${leaf.question}`);
			continue;
		}
		const values =
			'equals' in leaf
				? [leaf.equals]
				: 'oneOf' in leaf
					? leaf.oneOf
					: 'includes' in leaf
						? [leaf.includes]
						: 'includesAny' in leaf
							? leaf.includesAny
							: [];
		const allowed =
			q.type === 'boolean' ? [true, false] : (q.options?.map((o) => o.value) ?? undefined);
		for (const v of values) {
			if (allowed && !allowed.includes(v as never)) {
				problems.push(`${where}: ${leaf.question} has no option ${String(v)}`);
			}
		}
		if (('includes' in leaf || 'includesAny' in leaf) && q.type !== 'multi') {
			problems.push(`${where}: includes on non-multi question ${leaf.question}`);
		}
	}
	return problems;
}

describe('criteria', () => {
	it('are exactly the 61 criteria of the reference list, in order', () => {
		expect(catalog.criteria.map((c) => c.id)).toEqual(TSV.map((r) => r.id));
	});

	it('carry the category and series of the reference list', () => {
		for (const row of TSV) {
			const c = criterionById.get(row.id);
			expect(c?.category, row.id).toBe(row.category);
			expect(c?.series, row.id).toBe(row.series);
		}
	});

	it('have a title and a 2–4 sentence explanation', () => {
		for (const c of catalog.criteria) {
			expect(c.title.length, c.id).toBeGreaterThan(8);
			expect(c.title.length, c.id).toBeLessThanOrEqual(90);
			const n = sentences(c.explanation);
			expect(n, `${c.id} explanation has ${n} sentences`).toBeGreaterThanOrEqual(2);
			expect(n, `${c.id} explanation has ${n} sentences`).toBeLessThanOrEqual(4);
			expect(c.explanation.length, c.id).toBeLessThanOrEqual(900);
		}
	});

	// Support per criterion is checked per typical scope, with applicability, in catalog-scopes.test.ts.
});

describe('controls', () => {
	it('number at least 120 and cover every category', () => {
		expect(catalog.controls.length).toBeGreaterThanOrEqual(120);
		const categories = new Set(
			catalog.controls.map((c) => criterionById.get(c.criteria[0] ?? '')?.category)
		);
		expect([...categories].sort()).toEqual(
			['availability', 'confidentiality', 'privacy', 'processing_integrity', 'security'].sort()
		);
	});

	it('have unique, well-formed ids and unique titles and questions', () => {
		const ids = catalog.controls.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[A-Z]{2,4}-\d{2}$/);
		const titles = catalog.controls.map((c) => c.title.toLowerCase());
		expect(new Set(titles).size).toBe(titles.length);
		const questions = catalog.controls.map((c) => c.question.toLowerCase());
		expect(new Set(questions).size).toBe(questions.length);
	});

	it('fill every required field within sensible lengths', () => {
		const problems: string[] = [];
		const check = (ok: boolean, c: Control, what: string) => {
			if (!ok) problems.push(`${c.id}: ${what}`);
		};
		for (const c of catalog.controls) {
			check(c.title.length >= 8 && c.title.length <= 90, c, 'title length');
			check(c.question.endsWith('?') && c.question.length <= 220, c, 'question');
			const n = sentences(c.guidance);
			check(n >= 2 && n <= 5, c, `guidance has ${n} sentences`);
			check(c.guidance.length <= 900, c, 'guidance too long');
			check(c.evidenceTypeI.length >= 1 && c.evidenceTypeI.length <= 6, c, 'evidenceTypeI');
			check(c.evidenceTypeII.length >= 1 && c.evidenceTypeII.length <= 6, c, 'evidenceTypeII');
			for (const e of [...c.evidenceTypeI, ...c.evidenceTypeII]) {
				check(e.length >= 8 && e.length <= 200, c, `evidence item length: ${e}`);
			}
			check(DEPARTMENTS.includes(c.department), c, 'department');
			check(FREQUENCIES.includes(c.frequency), c, 'frequency');
			check(c.effortDays >= 0.5 && c.effortDays <= 30, c, 'effortDays');
			check(c.criteria.length >= 1, c, 'no criteria');
			check(new Set(c.criteria).size === c.criteria.length, c, 'criteria repeated');
			check(new Set(c.policies).size === c.policies.length, c, 'policies repeated');
			if (c.appliesWhen) check(!!c.naRationale, c, 'appliesWhen without naRationale');
			if (c.naRationale)
				check(c.naRationale.length >= 20 && c.naRationale.length <= 300, c, 'naRationale length');
		}
		expect(problems).toEqual([]);
	});

	it('reference only existing criteria, policies and questions', () => {
		const problems: string[] = [];
		for (const c of catalog.controls) {
			for (const id of c.criteria)
				if (!criterionById.has(id)) problems.push(`${c.id}: criterion ${id}`);
			for (const id of c.policies) if (!policyIds.has(id)) problems.push(`${c.id}: policy ${id}`);
			if (c.appliesWhen) problems.push(...checkCondition(c.appliesWhen, c.id));
		}
		expect(problems).toEqual([]);
	});

	it('have their primary criterion in the category of their id series', () => {
		// The primary groups a control on screen and in the report, so it stays in the category
		// the control was written for. Other links may cross categories: a backup control also
		// proves CC7.5, a disposal control also proves C1.2 and P4.3.
		const OPTIONAL_SERIES: Record<string, string> = {
			AVL: 'availability',
			BCK: 'availability',
			CNF: 'confidentiality',
			PI: 'processing_integrity',
			PRV: 'privacy'
		};
		const problems: string[] = [];
		for (const c of catalog.controls) {
			const expected = OPTIONAL_SERIES[c.id.split('-')[0] ?? ''] ?? 'security';
			const primary = criterionById.get(c.criteria[0] ?? '');
			if (primary?.category !== expected) problems.push(`${c.id}: ${c.criteria[0]}`);
		}
		expect(problems).toEqual([]);
	});

	it('include a key control for every series', () => {
		const seriesWithKey = new Set(
			catalog.controls
				.filter((c) => c.key)
				.map((c) => criterionById.get(c.criteria[0] ?? '')?.series)
		);
		for (const s of catalog.series) expect(seriesWithKey.has(s.id), s.id).toBe(true);
	});
});

describe('control activities', () => {
	const RECURRING = ['daily', 'weekly', 'monthly', 'quarterly', 'annually'];
	const withActivities = catalog.controls.filter((c) => (c.activities?.length ?? 0) > 0);

	it('appear only on continuous or per-event controls', () => {
		const problems = withActivities
			.filter((c) => c.frequency !== 'continuous' && c.frequency !== 'per_event')
			.map((c) => `${c.id}: ${c.frequency}`);
		expect(problems).toEqual([]);
	});

	it('have unique kebab-case ids, a recurring frequency and a short title', () => {
		const problems: string[] = [];
		for (const c of catalog.controls) {
			const activities = c.activities ?? [];
			const ids = activities.map((a) => a.id);
			if (new Set(ids).size !== ids.length) problems.push(`${c.id}: activity ids repeated`);
			for (const a of activities) {
				if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.id)) problems.push(`${c.id}: id ${a.id}`);
				if (!RECURRING.includes(a.frequency)) problems.push(`${c.id}/${a.id}: ${a.frequency}`);
				if (a.title.trim().length === 0 || a.title.length > 80)
					problems.push(`${c.id}/${a.id}: title length ${a.title.length}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('are present on the controls whose recurring work auditors sample', () => {
		const ids = new Set(withActivities.map((c) => c.id));
		for (const id of ['IAM-02', 'CHG-08', 'CNF-04', 'INC-02']) expect(ids.has(id), id).toBe(true);
	});
});

describe('policies', () => {
	it('number at least 15, with unique ids and complete fields', () => {
		expect(catalog.policies.length).toBeGreaterThanOrEqual(15);
		expect(new Set(catalog.policies.map((p) => p.id)).size).toBe(catalog.policies.length);
		for (const p of catalog.policies) {
			expect(p.id).toMatch(/^POL-[A-Z]+$/);
			expect(p.title.length, p.id).toBeGreaterThan(5);
			const n = sentences(p.purpose);
			expect(n, p.id).toBeGreaterThanOrEqual(1);
			expect(n, p.id).toBeLessThanOrEqual(3);
			expect(DEPARTMENTS, p.id).toContain(p.department);
			if (p.appliesWhen) expect(checkCondition(p.appliesWhen, p.id)).toEqual([]);
		}
	});

	it('each govern at least one control', () => {
		const used = new Set(catalog.controls.flatMap((c) => c.policies));
		expect(catalog.policies.filter((p) => !used.has(p.id)).map((p) => p.id)).toEqual([]);
	});
});

describe('scoping questions', () => {
	it('number at least 20 with unique ids, help text and options', () => {
		expect(catalog.scopingQuestions.length).toBeGreaterThanOrEqual(20);
		expect(new Set(catalog.scopingQuestions.map((q) => q.id)).size).toBe(
			catalog.scopingQuestions.length
		);
		for (const q of catalog.scopingQuestions) {
			expect(q.text.endsWith('?'), q.id).toBe(true);
			expect(q.help.length, q.id).toBeGreaterThan(40);
			if (q.type === 'single' || q.type === 'multi') {
				expect(q.options?.length ?? 0, q.id).toBeGreaterThanOrEqual(2);
				const values = q.options?.map((o) => o.value) ?? [];
				expect(new Set(values).size, q.id).toBe(values.length);
			}
			if (q.askWhen) expect(checkCondition(q.askWhen, q.id)).toEqual([]);
		}
	});

	it('have category rules that reference real questions and options', () => {
		for (const r of catalog.categoryRules) {
			expect(checkCondition(r.when, r.category)).toEqual([]);
		}
	});
});

describe('ids', () => {
	it('never collide across criteria, controls, policies and questions', () => {
		const all = [
			...catalog.criteria.map((c) => c.id),
			...catalog.controls.map((c) => c.id),
			...catalog.policies.map((p) => p.id),
			...catalog.scopingQuestions.map((q) => q.id)
		];
		expect(new Set(all).size).toBe(all.length);
	});
});

describe('coverage under any scoping answers', () => {
	// Every question a condition can look at, with its possible answers (undefined: unanswered).
	const answerArb = fc.record(
		Object.fromEntries(
			catalog.scopingQuestions.map((q) => {
				const values: unknown[] =
					q.type === 'boolean'
						? [true, false]
						: q.type === 'multi'
							? (q.options ?? []).map((o) => [o.value])
							: q.type === 'single'
								? (q.options ?? []).map((o) => o.value)
								: [1];
				return [q.id, fc.option(fc.constantFrom(...values), { nil: undefined })];
			})
		)
	);

	it('leaves no in-scope criterion without an applicable control', () => {
		const allCategories = [
			'availability',
			'confidentiality',
			'processing_integrity',
			'privacy'
		] as const;
		fc.assert(
			fc.property(answerArb, (answers) => {
				const clean = Object.fromEntries(
					Object.entries(answers).filter(([, v]) => v !== undefined)
				);
				const r = scope(catalog, clean as never, { included: [...allCategories] });
				const covered = new Set(
					r.applicableControlIds.flatMap(
						(id) => catalog.controls.find((c) => c.id === id)?.criteria ?? []
					)
				);
				expect(r.criteria.filter((c) => !covered.has(c))).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});
});
