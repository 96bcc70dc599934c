/**
 * Score differences between two evaluations: overall, per category and per criterion. A score
 * missing on one side keeps its reason (not covered, out of scope) and never turns into 0 or 100.
 */
import type { Catalog } from '$lib/catalog';
import type { CategoryId } from '$lib/catalog/types';
import type { Breakdown } from '../scoring/scoring';
import type { ReadinessLevel } from '../types';

/** Why a side has (or lacks) a score. */
export type ScoreState =
	/** A number in basis points. */
	| 'scored'
	/** In scope but nothing applicable scores it. */
	| 'not_covered'
	/** Not in scope on that side at all. */
	| 'out_of_scope';

export interface ScoreChange {
	before: number | null;
	after: number | null;
	beforeState: ScoreState;
	afterState: ScoreState;
	/** after - before in basis points; null unless both sides are scored. */
	delta: number | null;
}

export interface OverallChange extends ScoreChange {
	levelBefore: ReadinessLevel;
	levelAfter: ReadinessLevel;
}

export interface CategoryChange extends ScoreChange {
	categoryId: CategoryId;
	title: string;
}

export interface CriterionChange extends ScoreChange {
	criterionId: string;
	title: string;
	category: CategoryId;
}

/** The catalogs each side was scored with (the same one when nothing changed). */
export type CatalogPair = Record<'before' | 'after', Pick<Catalog, 'categories' | 'criteria'>>;

/** A value read from a breakdown map: undefined means the key is absent (out of scope). */
function read<K extends string>(
	map: Partial<Record<K, number | null>>,
	key: K
): number | null | undefined {
	return Object.hasOwn(map, key) ? (map[key] ?? null) : undefined;
}

function stateOf(value: number | null | undefined): ScoreState {
	if (value === undefined) return 'out_of_scope';
	return value === null ? 'not_covered' : 'scored';
}

/** The change between two values read from breakdowns (undefined: out of scope). */
export function scoreChange(
	before: number | null | undefined,
	after: number | null | undefined
): ScoreChange {
	const b = before ?? null;
	const a = after ?? null;
	return {
		before: b,
		after: a,
		beforeState: stateOf(before),
		afterState: stateOf(after),
		delta: a !== null && b !== null ? a - b : null
	};
}

/** Overall score and readiness level, before and after. */
export function overallChange(before: Breakdown, after: Breakdown): OverallChange {
	// An overall score is never out of scope: Security is always in.
	return {
		...scoreChange(before.overall, after.overall),
		levelBefore: before.level,
		levelAfter: after.level
	};
}

/** Items of the after side in its order, then those only the before side has. */
function unionBy<T>(after: readonly T[], before: readonly T[], key: (t: T) => string): T[] {
	const seen = new Set(after.map(key));
	return [...after, ...before.filter((t) => !seen.has(key(t)))];
}

/** Every category in scope on at least one side, in catalog order. */
export function categoryChanges(
	catalogs: CatalogPair,
	before: Breakdown,
	after: Breakdown
): CategoryChange[] {
	const out: CategoryChange[] = [];
	for (const cat of unionBy(catalogs.after.categories, catalogs.before.categories, (c) => c.id)) {
		const change = scoreChange(read(before.byCategory, cat.id), read(after.byCategory, cat.id));
		if (change.beforeState === 'out_of_scope' && change.afterState === 'out_of_scope') continue;
		out.push({ categoryId: cat.id, title: cat.title, ...change });
	}
	return out;
}

/** Every criterion in scope on at least one side, in catalog order. */
export function criterionChanges(
	catalogs: CatalogPair,
	before: Breakdown,
	after: Breakdown
): CriterionChange[] {
	const out: CriterionChange[] = [];
	for (const cr of unionBy(catalogs.after.criteria, catalogs.before.criteria, (c) => c.id)) {
		const change = scoreChange(read(before.byCriterion, cr.id), read(after.byCriterion, cr.id));
		if (change.beforeState === 'out_of_scope' && change.afterState === 'out_of_scope') continue;
		out.push({ criterionId: cr.id, title: cr.title, category: cr.category, ...change });
	}
	return out;
}
