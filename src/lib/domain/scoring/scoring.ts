/**
 * Readiness scores per control, criterion, series, category and overall, for Type I and Type II.
 * Pure and integer-only: scores are basis points (0..10000) so screen, charts and PDF agree.
 * The rules are explained for users in docs/scoring.md; keep the two in step.
 */
import type { CategoryId, Control, Criterion, Frequency } from '$lib/catalog/types';
import { naSettled, type NaReview } from '../controls/na-review';
import { coversWindow, performances } from '../controls/occurrences';
import { addMonths, daysBetween, formatDate } from '../dates';
import { FULL } from '../format';
import type { ControlStatus, PolicyStatus, ReadinessLevel, ReportType } from '../types';
export { LEVEL_RULES } from './readiness';
export type { Blocker, BlockerKind, Coverage } from './readiness';
import { readiness, type Blocker, type Coverage } from './readiness';

export { FULL };

/** Credit for a control's status before evidence and operation are considered. */
export const STATUS_CREDIT: Record<Exclude<ControlStatus, 'not_applicable'>, number> = {
	not_assessed: 0,
	not_started: 0,
	planned: 1_000,
	in_progress: 4_000,
	implemented: FULL
};
/** Implemented but without evidence for the report type: designed and in place, not yet provable. */
export const CAP_NO_EVIDENCE = 7_500;
/**
 * A recurring control not performed within its interval has not operated (Type II; Type I too once
 * a performance is recorded and has gone stale).
 */
export const CAP_OVERDUE = 5_000;
/**
 * Type II: an implemented control that has not yet operated for the whole observation window (no
 * "in place since" date, or one inside the window). It is designed and running, not yet proven.
 */
export const CAP_SHORT_HISTORY = 6_000;
/** Observation window assumed when the assessment does not say. */
export const DEFAULT_WINDOW_MONTHS = 6;
/** A governing policy that is missing or only a draft. */
export const CAP_POLICY = 9_000;
/** Key controls count double within their criteria. */
export const KEY_WEIGHT = 2;

/** Longest gap, in days, between two performances of a recurring control before it is overdue. */
export const MAX_AGE_DAYS: Partial<Record<Frequency, number>> = {
	daily: 3,
	weekly: 10,
	monthly: 35,
	quarterly: 100,
	annually: 380
};

export type GapKind =
	| 'not_implemented'
	| 'no_evidence'
	| 'overdue'
	| 'history'
	| 'window_evidence'
	| 'policy'
	| 'na_review';

/** Type II gaps that only time fixes: "Ready to start the observation window" looks past them. */
const HISTORY_GAPS: readonly GapKind[] = ['history', 'window_evidence'];

export interface ControlInput {
	status: ControlStatus;
	lastPerformed: string | null;
	/** Where a Not applicable answer stands (see controls/na-review.ts); absent reads as settled. */
	naReview?: NaReview;
	/** 'YYYY-MM-DD' the control has operated since; absent or null means unknown. */
	inPlaceSince?: string | null;
	/** Earlier dated performances of a recurring control (the latest is `lastPerformed`). */
	occurrences?: readonly string[];
	/** Dated performances of each of the control's activities (catalog `activities`), by id. */
	activities?: Readonly<Record<string, readonly string[]>>;
}

export interface EvidenceCoverage {
	type1: boolean;
	type2: boolean;
	/**
	 * Dates of the control's Type II evidence that has one. For Type II some of it must be dated
	 * inside the observation window: evidence from before it, or undated, shows nothing about the
	 * period the auditor tests.
	 */
	type2Dates: readonly string[];
}

/** An extra scored item such as the vendor programme, feeding the criteria it names. */
export interface ProgrammeItem {
	id: string;
	label: string;
	criteria: readonly string[];
	credit: Record<ReportType, number>;
	weight: number;
	gaps: string[];
	/** Set when the item alone stops the assessment from being Audit-ready, saying why. */
	blocker?: string;
}

export interface ScoringInput {
	criteria: readonly Criterion[];
	controls: readonly Control[];
	/** Control ids applicable after scoping (the user's own Not applicable is read from `states`). */
	applicable: ReadonlySet<string>;
	/** In-scope criterion ids. */
	inScopeCriteria: ReadonlySet<string>;
	states: ReadonlyMap<string, ControlInput>;
	evidence: ReadonlyMap<string, EvidenceCoverage>;
	/** Status of each policy that applies; policies absent here are not considered. */
	policies?: ReadonlyMap<string, PolicyStatus>;
	/** Policy id -> title, for the words of what blocks Audit-ready. */
	policyTitles?: ReadonlyMap<string, string>;
	programmes?: readonly ProgrammeItem[];
	/** What the risk register adds to what blocks Audit-ready (never to the scores). */
	register?: readonly Blocker[];
	/** What the people records add to what blocks Audit-ready, per type (never to the scores). */
	people?: Readonly<Record<ReportType, readonly Blocker[]>>;
	/** 'YYYY-MM-DD', for overdue recurring controls. */
	today: string;
	/** Length of the Type II observation window in months (default 6). */
	observationMonths?: number;
}

export interface ControlScore {
	controlId: string;
	key: boolean;
	/** False while nobody has answered the control: it scores 0 but is not a gap. */
	assessed: boolean;
	/**
	 * Recurring work of an implemented control never recorded or not done within its interval:
	 * '' for the control's own schedule, else the activity id. Empty otherwise.
	 */
	lapsed: string[];
	credit: Record<ReportType, number>;
	gaps: Record<ReportType, GapKind[]>;
	/** Type II credit the control would have with a full operating history (same as credit.type2 when it has one). */
	type2WithHistory: number;
}

export interface Breakdown {
	overall: number | null;
	byCategory: Partial<Record<CategoryId, number | null>>;
	bySeries: Record<string, number | null>;
	byCriterion: Record<string, number | null>;
	/** In-scope criteria with no applicable control. */
	notCovered: string[];
	level: ReadinessLevel;
	/** Why the level is what it is (and what the next level needs). */
	levelReasons: string[];
	/** Everything that stands between this report type and Audit-ready, most basic first. */
	blockers: Blocker[];
	/** Type II at "Ready to start the observation window": when the window can start and end. */
	window?: { start: string; end: string };
}

export interface ScoreResult {
	/** Applicable controls (scope minus the user's Not applicable), in catalog order. */
	controls: ControlScore[];
	byId: ReadonlyMap<string, ControlScore>;
	/**
	 * Controls marked Not applicable whose reason still needs a review (controls/na-review.ts):
	 * scored at 0 in their criteria and listed as blockers, but not in `controls`.
	 */
	pendingNa: ControlScore[];
	/** How many of the controls the scope makes applicable have an answer. */
	coverage: Coverage;
	type1: Breakdown;
	type2: Breakdown;
}

/** One stream of recurring work of a control: its own schedule ('') or one of its activities. */
interface Track {
	/** '' for the control's own frequency, else the activity id. */
	id: string;
	/** Never recorded as done. */
	missing: boolean;
	/** Last done longer ago than the frequency allows. */
	stale: boolean;
	/** The performances cover the Type II window on schedule. */
	covers: boolean;
}

function track(
	id: string,
	dates: readonly string[],
	maxAge: number,
	today: string,
	windowStart: string
): Track {
	let last = '';
	for (const d of dates) if (d <= today && d > last) last = d;
	return {
		id,
		missing: !last,
		stale: !!last && daysBetween(last, today) > maxAge,
		covers: coversWindow(dates, windowStart, today, maxAge, false)
	};
}

/** The recurring work of a control: its own schedule when it recurs, and each of its activities. */
function recurringTracks(
	ctl: Control,
	input: ControlInput | undefined,
	today: string,
	windowStart: string
): Track[] {
	const out: Track[] = [];
	const own = MAX_AGE_DAYS[ctl.frequency];
	if (own !== undefined) {
		const dates = performances({
			lastPerformed: input?.lastPerformed ?? null,
			occurrences: [...(input?.occurrences ?? [])]
		});
		out.push(track('', dates, own, today, windowStart));
	}
	for (const a of ctl.activities ?? []) {
		const maxAge = MAX_AGE_DAYS[a.frequency];
		if (maxAge === undefined) continue;
		out.push(track(a.id, input?.activities?.[a.id] ?? [], maxAge, today, windowStart));
	}
	return out;
}

function dedupe(kinds: GapKind[]): GapKind[] {
	return [...new Set(kinds)];
}

function controlScore(
	ctl: Control,
	input: ControlInput | undefined,
	ev: EvidenceCoverage | undefined,
	policies: ReadonlyMap<string, PolicyStatus> | undefined,
	today: string,
	windowStart: string
): ControlScore {
	const status = input?.status ?? 'not_assessed';
	const base = status === 'not_applicable' ? 0 : STATUS_CREDIT[status];
	const score = (
		c1: number,
		c2: number,
		one: GapKind[],
		two: GapKind[],
		c2WithHistory = c2
	): ControlScore => ({
		controlId: ctl.id,
		key: ctl.key,
		assessed: status !== 'not_assessed',
		lapsed:
			status === 'implemented' ? tracks.filter((t) => t.missing || t.stale).map((t) => t.id) : [],
		credit: { type1: c1, type2: c2 },
		gaps: { type1: one, type2: two },
		type2WithHistory: c2WithHistory
	});
	// Not assessed: nothing is known yet, so no credit and no gap either.
	if (status === 'not_assessed') return score(0, 0, [], []);
	// Not applicable still waiting for a reviewed reason: open work worth nothing.
	if (status === 'not_applicable') return score(0, 0, ['na_review'], ['na_review']);
	const weakPolicy = ctl.policies.some((p) => {
		const s = policies?.get(p);
		return s === 'missing' || s === 'draft';
	});
	const one: GapKind[] = [];
	const two: GapKind[] = [];
	const tracks = recurringTracks(ctl, input, today, windowStart);
	let c1 = base;
	let c2 = base;
	if (status !== 'implemented') {
		one.push('not_implemented');
		two.push('not_implemented');
	} else {
		if (!ev?.type1) {
			c1 = Math.min(c1, CAP_NO_EVIDENCE);
			one.push('no_evidence');
		}
		if (!ev?.type2) {
			c2 = Math.min(c2, CAP_NO_EVIDENCE);
			two.push('no_evidence');
		}
		for (const t of tracks) {
			if (t.missing || t.stale) {
				c2 = Math.min(c2, CAP_OVERDUE);
				two.push('overdue');
			}
			// Type I looks at one date: work recorded but since gone stale is not in place today.
			if (t.stale) {
				c1 = Math.min(c1, CAP_OVERDUE);
				one.push('overdue');
			}
		}
	}
	if (weakPolicy && status === 'implemented') {
		c1 = Math.min(c1, CAP_POLICY);
		c2 = Math.min(c2, CAP_POLICY);
		one.push('policy');
		two.push('policy');
	}
	// Type II: the control must have operated across the whole window, so since before it began,
	// and its recurring work (the control's own, or the activities inside it) on schedule.
	const since = input?.inPlaceSince ?? null;
	if (status !== 'implemented') return score(c1, c2, dedupe(one), dedupe(two));
	const c2WithHistory = c2;
	if (!since || since > windowStart || tracks.some((t) => !t.covers)) {
		two.push('history');
		c2 = Math.min(c2, CAP_SHORT_HISTORY);
	}
	// Type II evidence exists but none of it is dated inside the window.
	if (ev?.type2 && !ev.type2Dates.some((d) => d >= windowStart && d <= today)) {
		two.push('window_evidence');
		c2 = Math.min(c2, CAP_SHORT_HISTORY);
	}
	return score(c1, c2, dedupe(one), dedupe(two), c2WithHistory);
}

/** Integer mean, rounded half up; null for no values. */
function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	let sum = 0;
	for (const v of values) sum += v;
	return Math.floor((2 * sum + values.length) / (2 * values.length));
}

function breakdown(
	type: ReportType,
	input: ScoringInput,
	scored: readonly ControlScore[],
	controlsById: ReadonlyMap<string, Control>,
	coverage: Coverage
): Breakdown {
	const sums = new Map<string, { num: number; den: number }>();
	const add = (criterion: string, credit: number, weight: number) => {
		if (!input.inScopeCriteria.has(criterion)) return;
		const s = sums.get(criterion) ?? { num: 0, den: 0 };
		s.num += credit * weight;
		s.den += weight;
		sums.set(criterion, s);
	};
	for (const s of scored) {
		const ctl = controlsById.get(s.controlId);
		if (!ctl) continue;
		const w = ctl.key ? KEY_WEIGHT : 1;
		for (const c of ctl.criteria) add(c, s.credit[type], w);
	}
	for (const p of input.programmes ?? [])
		for (const c of p.criteria) add(c, p.credit[type], p.weight);

	const byCriterion: Record<string, number | null> = {};
	const bySeriesValues = new Map<string, number[]>();
	const byCategoryValues = new Map<CategoryId, number[]>();
	const notCovered: string[] = [];
	const all: number[] = [];
	for (const cr of input.criteria) {
		if (!input.inScopeCriteria.has(cr.id)) continue;
		const s = sums.get(cr.id);
		const score = s && s.den > 0 ? Math.floor((2 * s.num + s.den) / (2 * s.den)) : null;
		byCriterion[cr.id] = score;
		if (!bySeriesValues.has(cr.series)) bySeriesValues.set(cr.series, []);
		if (!byCategoryValues.has(cr.category)) byCategoryValues.set(cr.category, []);
		if (score === null) {
			notCovered.push(cr.id);
			continue;
		}
		bySeriesValues.get(cr.series)?.push(score);
		byCategoryValues.get(cr.category)?.push(score);
		all.push(score);
	}
	const bySeries: Record<string, number | null> = {};
	for (const [k, v] of bySeriesValues) bySeries[k] = mean(v);
	const byCategory: Partial<Record<CategoryId, number | null>> = {};
	for (const [k, v] of byCategoryValues) byCategory[k] = mean(v);
	const overall = mean(all);

	const { level, reasons, blockers } = readiness({
		type,
		overall,
		byCriterion,
		notCovered,
		scored,
		coverage,
		policies: input.policies,
		policyTitles: input.policyTitles,
		policiesOf: (id) => controlsById.get(id)?.policies ?? [],
		programmes: input.programmes ?? [],
		register: input.register,
		people: input.people?.[type]
	});
	return {
		overall,
		byCategory,
		bySeries,
		byCriterion,
		notCovered,
		level,
		levelReasons: reasons,
		blockers
	};
}

/** Scores everything in one pass. */
export function scoreAssessment(input: ScoringInput): ScoreResult {
	const controlsById = new Map(input.controls.map((c) => [c.id, c]));
	const months = input.observationMonths ?? DEFAULT_WINDOW_MONTHS;
	const windowStart = addMonths(input.today, -months);
	const scored: ControlScore[] = [];
	const pendingNa: ControlScore[] = [];
	const coverage: Coverage = { assessed: 0, applicable: 0 };
	for (const ctl of input.controls) {
		if (!input.applicable.has(ctl.id)) continue;
		const state = input.states.get(ctl.id);
		coverage.applicable += 1;
		if (state && state.status !== 'not_assessed') coverage.assessed += 1;
		if (state?.status === 'not_applicable') {
			if (!naSettled(state.naReview ?? 'none'))
				pendingNa.push(
					controlScore(ctl, state, undefined, input.policies, input.today, windowStart)
				);
			continue;
		}
		scored.push(
			controlScore(ctl, state, input.evidence.get(ctl.id), input.policies, input.today, windowStart)
		);
	}
	// Not applicable awaiting review still counts in its criteria, with no credit.
	const counted = [...scored, ...pendingNa];
	return {
		controls: scored,
		byId: new Map(scored.map((s) => [s.controlId, s])),
		pendingNa,
		coverage,
		type1: breakdown('type1', input, counted, controlsById, coverage),
		type2: typeTwo(input, counted, controlsById, coverage, months)
	};
}

/**
 * The Type II breakdown, and "Ready to start the observation window" when the only thing between
 * it and Audit-ready is operating history: scored again as if every control had run for the
 * whole window, that assessment would be Audit-ready.
 */
function typeTwo(
	input: ScoringInput,
	counted: readonly ControlScore[],
	controlsById: ReadonlyMap<string, Control>,
	coverage: Coverage,
	months: number
): Breakdown {
	const real = breakdown('type2', input, counted, controlsById, coverage);
	const short = counted.filter((s) => s.gaps.type2.some((g) => HISTORY_GAPS.includes(g)));
	if (real.level === 'audit_ready' || short.length === 0) return real;
	const proven = counted.map((s) => ({
		...s,
		credit: { ...s.credit, type2: s.type2WithHistory },
		gaps: { ...s.gaps, type2: s.gaps.type2.filter((g) => !HISTORY_GAPS.includes(g)) }
	}));
	if (breakdown('type2', input, proven, controlsById, coverage).level !== 'audit_ready')
		return real;
	// The window can start once every control short of history is in place: the latest "in place
	// since" among them. A control already in place before the window that still lacks history
	// (performances off schedule, no evidence dated in the window), or whose date is unknown,
	// builds it from today.
	const windowStart = addMonths(input.today, -months);
	let start = '';
	for (const s of short) {
		const since = input.states.get(s.controlId)?.inPlaceSince ?? null;
		const from =
			since && since > windowStart && !s.gaps.type2.includes('window_evidence')
				? since
				: input.today;
		if (from > start) start = from;
	}
	const end = addMonths(start, months);
	return {
		...real,
		level: 'window_ready',
		levelReasons: [
			`Everything Audit-ready needs is in place except operating history: ${short.length} implemented ${short.length === 1 ? 'control has' : 'controls have'} not yet run, on record, for a whole ${months}-month observation window.`,
			`The observation window can start on ${formatDate(start)} and would end on ${formatDate(end)}; keep every control running and recording evidence until then.`
		],
		window: { start, end }
	};
}
