/**
 * The gaps of an assessment, ranked: every assessed applicable control short of full credit for
 * the chosen report type, with what is missing and how important it is.
 */
import type { Control } from '$lib/catalog/types';
import { controlPriority, type PriorityResult } from './priority';
import { FULL, type GapKind, type ScoreResult } from './scoring';
import type { ControlStatus, PolicyStatus, ReportType } from '../types';

export interface Gap {
	controlId: string;
	kinds: GapKind[];
	credit: number;
	priority: PriorityResult;
}

export const GAP_LABEL: Record<GapKind, string> = {
	not_implemented: 'Not implemented',
	no_evidence: 'No evidence',
	overdue: 'Not performed on schedule',
	history: 'Operating history shorter than the window',
	window_evidence: 'No Type II evidence dated inside the window',
	policy: 'Policy not approved',
	na_review: 'Not applicable, reason not reviewed'
};

/** A policy that caps a control: one that governs it and is missing or only a draft. */
export interface WeakPolicy {
	id: string;
	title: string;
}

/**
 * The policies behind a control's "Policy not approved" gap, in the control's order: those that
 * govern it and are missing or a draft (policies with no status do not count, as in scoring).
 */
export function weakPolicies(
	policyIds: readonly string[],
	status: ReadonlyMap<string, PolicyStatus>,
	titles: ReadonlyMap<string, string>
): WeakPolicy[] {
	return policyIds
		.filter((id) => status.get(id) === 'missing' || status.get(id) === 'draft')
		.map((id) => ({ id, title: titles.get(id) ?? id }));
}

/** A gap in words, as plain text: the policy gap names its policies. */
export function gapText(kind: GapKind, weak: readonly WeakPolicy[]): string {
	if (kind !== 'policy' || weak.length === 0) return GAP_LABEL[kind];
	return `${GAP_LABEL.policy}: ${weak.map((w) => w.title).join(', ')}`;
}

/** Gaps for one report type, most important first (ties: lower credit, then catalog order). */
export function rankGaps(
	result: ScoreResult,
	controls: ReadonlyMap<string, Control>,
	statusOf: (controlId: string) => ControlStatus,
	type: ReportType
): Gap[] {
	const gaps: Array<Gap & { order: number }> = [];
	result.controls.forEach((s, order) => {
		const ctl = controls.get(s.controlId);
		// A control nobody has answered is not a gap yet: it is counted apart, as not assessed.
		if (!ctl || !s.assessed || s.credit[type] >= FULL) return;
		gaps.push({
			controlId: s.controlId,
			kinds: s.gaps[type],
			credit: s.credit[type],
			priority: controlPriority(ctl, statusOf(s.controlId)),
			order
		});
	});
	gaps.sort(
		(a, b) => b.priority.points - a.priority.points || a.credit - b.credit || a.order - b.order
	);
	return gaps.map(({ order: _order, ...g }) => g);
}
