/**
 * The home page's portfolio of assessments: search, sort (kept in the URL query), and the words
 * each row shows. Pure, so the rules are tested without a browser.
 */
import { formatDate, toDateString } from '$lib/domain/dates';
import { formatScore } from '$lib/domain/format';
import { compareTarget, spanInWords } from '$lib/domain/planning/target';
import type { SnapshotTrend } from '$lib/domain/assessments/compute-summary';
import type { AssessmentRecord, AssessmentSummary, ReadinessLevel } from '$lib/domain/types';

export type PortfolioSort = 'edited' | 'score' | 'name' | 'projected';

export const PORTFOLIO_SORTS = [
	'edited',
	'score',
	'name',
	'projected'
] as const satisfies readonly PortfolioSort[];

export const SORT_LABEL: Record<PortfolioSort, string> = {
	edited: 'Last edited',
	score: 'Readiness score',
	name: 'Company name',
	projected: 'Projected date'
};

export interface PortfolioQuery {
	q: string;
	sort: PortfolioSort;
}

const DEFAULT_SORT: PortfolioSort = 'edited';

/** The search and sort in a URL query; anything unknown falls back to the default. */
export function readQuery(params: URLSearchParams): PortfolioQuery {
	const sort = params.get('sort');
	return {
		q: params.get('q') ?? '',
		sort: PORTFOLIO_SORTS.find((s) => s === sort) ?? DEFAULT_SORT
	};
}

/** The URL query for a search and sort, leaving out what is the default ('' for neither). */
export function writeQuery(query: PortfolioQuery): string {
	const params = new URLSearchParams();
	if (query.q.trim()) params.set('q', query.q);
	if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** One assessment as the portfolio shows it. */
export interface PortfolioRow {
	record: AssessmentRecord;
	/** The cached summary, or the one computed on this device; null while it is computed. */
	summary: AssessmentSummary | null;
	/** Change since the newest snapshot; null without snapshots (or while it is computed). */
	trend: SnapshotTrend | null;
}

/** The score of the assessment's own report type, in basis points; null when none yet. */
export function scoreOf(row: PortfolioRow): number | null {
	const s = row.summary;
	if (!s) return null;
	return row.record.reportType === 'type1' ? s.type1 : s.type2;
}

export function levelOf(row: PortfolioRow): ReadinessLevel | null {
	const s = row.summary;
	if (!s) return null;
	return row.record.reportType === 'type1' ? s.level1 : s.level2;
}

/** Lower case without accents, so "zoe" finds "Zoë" and "CAFE" finds "Café". */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Rows whose company or assessor name contains every word of the search. */
export function filterRows(rows: readonly PortfolioRow[], q: string): PortfolioRow[] {
	const words = fold(q).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...rows];
	return rows.filter((r) => {
		const text = fold(`${r.record.companyName} ${r.record.assessor}`);
		return words.every((w) => text.includes(w));
	});
}

const byName = (a: PortfolioRow, b: PortfolioRow) =>
	a.record.companyName.localeCompare(b.record.companyName, undefined, { sensitivity: 'base' }) ||
	a.record.id.localeCompare(b.record.id);

/** Compares two possibly missing values, missing ones last whatever the direction. */
function missingLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number | null {
	if (a === null && b === null) return null;
	if (a === null) return 1;
	if (b === null) return -1;
	return compare(a, b) || null;
}

/**
 * Rows in the chosen order: highest score first, most recently edited first, by name, or the
 * earliest projected report date first. Rows without the figure go last; ties go by name.
 */
export function sortRows(rows: readonly PortfolioRow[], sort: PortfolioSort): PortfolioRow[] {
	const key = (r: PortfolioRow): number | string | null => {
		if (sort === 'score') return scoreOf(r);
		if (sort === 'edited') return r.record.updatedAt;
		if (sort === 'projected') return r.summary?.reportDate ?? null;
		return null;
	};
	const descending = sort === 'score' || sort === 'edited';
	return [...rows].sort((a, b) => {
		const primary = missingLast(key(a), key(b), (x, y) =>
			descending ? (x < y ? 1 : x > y ? -1 : 0) : x < y ? -1 : x > y ? 1 : 0
		);
		return primary ?? byName(a, b);
	});
}

/** 'assessed 118 of 123 controls'; empty for older caches that have no coverage figure. */
export function coverageText(s: AssessmentSummary): string {
	if (s.assessedControls === undefined) return '';
	return `assessed ${s.assessedControls} of ${s.applicableControls} controls`;
}

/** The target date and the projected report date, in words ('' when there is neither). */
export function timelineText(s: AssessmentSummary): string {
	const target = s.targetDate ? `Target ${formatDate(s.targetDate)}` : '';
	if (!s.reportDate) return target ? `${target} · no plan yet` : '';
	const projected = `projected ${formatDate(s.reportDate)}`;
	const check = compareTarget(s.targetDate ?? null, s.reportDate);
	if (check.kind === 'none') return `Report ${projected} · no target set`;
	return check.kind === 'late'
		? `${target}, ${projected} · ${spanInWords(check.lateDays)} late`
		: `${target}, ${projected} · on track, ${spanInWords(check.spareDays)} spare`;
}

/** Basis points as a signed change in points: 600 -> '+6.0 points', -50 -> '−0.5 points'. */
export function pointsText(delta: number): string {
	if (delta === 0) return 'no change';
	const points = (Math.abs(delta) / 100).toFixed(1);
	return `${delta > 0 ? '+' : '−'}${points} points`;
}

/** '+6.0 points since “Workshop 2” on 3 Nov 2026'; the snapshot alone when either has no score. */
export function trendText(t: SnapshotTrend): string {
	const since = `“${t.name}” on ${formatDate(toDateString(new Date(t.createdAt)))}`;
	return t.delta === null ? `Last snapshot ${since}` : `${pointsText(t.delta)} since ${since}`;
}

export { formatScore };

/**
 * Whether the home page should work out an assessment's summary again: none is cached, it is an
 * older cache without coverage, it predates the last edit, or it was computed on an earlier day
 * (recurring controls and the projection are judged as of today, as on the Overview).
 */
export function needsSummary(record: AssessmentRecord, today: string): boolean {
	const s = record.summary;
	if (!s || s.assessedControls === undefined || !s.computedAt) return true;
	return s.computedAt < record.updatedAt || s.computedAt.slice(0, 10) < today;
}
