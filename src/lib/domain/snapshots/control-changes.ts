/**
 * Control-level differences between two evaluated sides of a comparison: status changes, gaps
 * closed and opened, and controls that came into or left scope (and why). Used by
 * comparison.ts.
 */
import type { Catalog } from '$lib/catalog';
import { evaluate, type Evaluation } from '../scoring/evaluate';
import type { GapKind } from '../scoring/scoring';
import type { ComparisonSide } from './snapshots';
import type { ControlStatus, ReportType } from '../types';

export interface StatusChange {
	controlId: string;
	title: string;
	from: ControlStatus;
	to: ControlStatus;
}

export interface GapChange {
	controlId: string;
	title: string;
	/** The kinds of gap that closed (or opened) on this control. */
	kinds: GapKind[];
	/** Closed: the control has no gap left. Opened: it had none before. */
	whole: boolean;
}

/** Why a control applies on one side only. */
export type ScopeChangeCause = 'catalog' | 'scope';

export interface ControlScopeChange {
	controlId: string;
	title: string;
	why: ScopeChangeCause;
	/** The reason in words, for the user. */
	note: string;
}

export interface ControlChanges {
	statusChanges: StatusChange[];
	gapsClosed: GapChange[];
	gapsOpened: GapChange[];
	controlsAdded: ControlScopeChange[];
	controlsRemoved: ControlScopeChange[];
}

/** One side evaluated with the catalog it uses. */
export interface PreparedSide {
	side: ComparisonSide;
	catalog: Catalog;
	/** Control ids this side's catalog knows. */
	known: ReadonlySet<string>;
	full: Evaluation;
	/** Controls the catalog and the scoping make applicable (the user's Not applicable aside). */
	applicable: ReadonlySet<string>;
	/** Control ids with saved work that this side's catalog does not know. */
	orphans: string[];
}

/** Evaluates a side with its own catalog, or the shared one when it has none. */
export function prepareSide(side: ComparisonSide, shared: Catalog): PreparedSide {
	const catalog = side.catalog ?? shared;
	const known = new Set(catalog.controls.map((c) => c.id));
	const full = evaluate(catalog, side.data, side.date, side.programmes ?? []);
	const orphans = [
		...new Set(side.data.controls.map((c) => c.controlId).filter((id) => !known.has(id)))
	];
	const applicable = new Set(full.scope.applicableControlIds);
	return { side, catalog, known, full, applicable, orphans };
}

function statusOf(p: PreparedSide, id: string): ControlStatus {
	return p.full.statesById.get(id)?.status ?? 'not_assessed';
}

function scopeReason(p: PreparedSide, id: string): string | null {
	return p.full.scope.controls.find((c) => c.controlId === id)?.reason ?? null;
}

function added(b: PreparedSide, a: PreparedSide, id: string, title: string): ControlScopeChange {
	if (!b.known.has(id))
		return {
			controlId: id,
			title,
			why: 'catalog',
			note: `New in catalog version ${a.side.catalogVersion}.`
		};
	const was = scopeReason(b, id);
	return {
		controlId: id,
		title,
		why: 'scope',
		note: `Applies now after a scope change.${was ? ` Before: ${was}` : ''}`
	};
}

function removed(a: PreparedSide, id: string, title: string): ControlScopeChange {
	if (!a.known.has(id))
		return {
			controlId: id,
			title,
			why: 'catalog',
			note: `Not in catalog version ${a.side.catalogVersion}.`
		};
	const now = scopeReason(a, id);
	return {
		controlId: id,
		title,
		why: 'scope',
		note: `No longer applies after a scope change.${now ? ` Now: ${now}` : ''}`
	};
}

/**
 * Status and gap changes over the controls both sides know (`common`), and controls applicable
 * on one side only. Gaps compare controls applicable on both sides; a control that came into or
 * left scope is reported as added or removed instead, so it is never counted twice.
 */
export function controlChanges(
	b: PreparedSide,
	a: PreparedSide,
	common: ReadonlySet<string>,
	reportType: ReportType
): ControlChanges {
	const titles = new Map<string, string>();
	for (const c of [...b.catalog.controls, ...a.catalog.controls]) titles.set(c.id, c.title);
	// An id no catalog knows has no title left; its id is the best name there is.
	const titleOf = (id: string) => titles.get(id) ?? id;
	const afterOrder = a.catalog.controls.map((c) => c.id);

	const statusChanges: StatusChange[] = [];
	const gapsClosed: GapChange[] = [];
	const gapsOpened: GapChange[] = [];
	for (const id of afterOrder) {
		if (!common.has(id)) continue;
		const inB = b.applicable.has(id);
		const inA = a.applicable.has(id);
		const [from, to] = [statusOf(b, id), statusOf(a, id)];
		if ((inB || inA) && from !== to)
			statusChanges.push({ controlId: id, title: titleOf(id), from, to });
		if (!inB || !inA) continue;
		// A control the user marked Not applicable is not scored, so it has no gap on that side.
		const kb = b.full.score.byId.get(id)?.gaps[reportType] ?? [];
		const ka = a.full.score.byId.get(id)?.gaps[reportType] ?? [];
		const closed = kb.filter((k) => !ka.includes(k));
		const opened = ka.filter((k) => !kb.includes(k));
		if (closed.length > 0)
			gapsClosed.push({ controlId: id, title: titleOf(id), kinds: closed, whole: ka.length === 0 });
		if (opened.length > 0)
			gapsOpened.push({ controlId: id, title: titleOf(id), kinds: opened, whole: kb.length === 0 });
	}

	const controlsAdded = afterOrder
		.filter((id) => a.applicable.has(id) && !b.applicable.has(id))
		.map((id) => added(b, a, id, titleOf(id)));
	// Saved work on a control the earlier side's catalog no longer knows counts as applicable
	// there, so it shows up as removed rather than vanishing.
	const wasApplicable = [
		...b.catalog.controls.map((c) => c.id).filter((id) => b.applicable.has(id)),
		...b.orphans
	];
	const controlsRemoved = wasApplicable
		.filter((id) => !a.applicable.has(id))
		.map((id) => removed(a, id, titleOf(id)));

	return { statusChanges, gapsClosed, gapsOpened, controlsAdded, controlsRemoved };
}
