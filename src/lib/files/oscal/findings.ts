/**
 * One OSCAL finding per applicable control, and one observation per control that is not
 * applicable, from what `evaluate()` returned. A control counts as satisfied only when it has been
 * assessed and earns full credit with no gap for the assessment's report type: not assessed is
 * never satisfied, and says so.
 */
import type { Control } from '$lib/catalog/types';
import { FULL, formatScore } from '$lib/domain/format';
import { gapText } from '$lib/domain/scoring/gaps';
import { gapTextsOf, type Evaluation } from '$lib/domain/scoring/evaluate';
import type { ControlScore } from '$lib/domain/scoring/scoring';
import {
	CONTROL_STATUS_LABEL,
	REPORT_TYPE_LABEL,
	type ControlState,
	type ControlStatus,
	type ReportType
} from '$lib/domain/types';
import { statementId } from './catalog';
import type { OscalFinding, OscalObservation, OscalProp } from './model';
import { markup, markupLine, nextUuid, plain, prop, storedDateTime } from './values';

export interface FindingContext {
	evaluation: Evaluation;
	type: ReportType;
	/** Evidence items recorded per control id. */
	evidenceCount: ReadonlyMap<string, number>;
	uuid: () => string;
	now: Date;
}

const TYPE_CLASS: Record<ReportType, string> = { type1: 'type-i', type2: 'type-ii' };

/** OSCAL's implementation status for the app's own statuses that have one. */
const IMPLEMENTATION: Partial<Record<ControlStatus, string>> = {
	implemented: 'implemented',
	in_progress: 'partial',
	planned: 'planned'
};

function controlTitle(control: Control | undefined, id: string): string {
	return markupLine(control ? `${id} ${control.title}` : id, id);
}

/** What the finding says, line by line, in words: status, credit and gaps for each type. */
function findingText(
	ctx: FindingContext,
	score: ControlScore,
	status: ControlStatus,
	pending: boolean
): string {
	const lines: string[] = [];
	if (pending)
		lines.push(
			'Marked Not applicable, but the reason awaits review, so the control still counts as open work with no credit.'
		);
	else if (!score.assessed)
		lines.push(
			'Not assessed: nobody has answered this control yet. It scores 0 and is not satisfied.'
		);
	else lines.push(`Status: ${CONTROL_STATUS_LABEL[status]}.`);
	for (const type of ['type1', 'type2'] as const) {
		const words = ctx.evaluation.score.byId.has(score.controlId)
			? gapTextsOf(ctx.evaluation, score.controlId, type)
			: score.gaps[type].map((k) => gapText(k, []));
		// A control nobody has answered has no gaps yet: saying "no gap" would read as good news.
		const gaps = !score.assessed
			? 'not assessed'
			: words.length > 0
				? `gaps: ${words.join('; ')}`
				: 'no gap';
		lines.push(`${REPORT_TYPE_LABEL[type]} credit ${formatScore(score.credit[type])}, ${gaps}.`);
	}
	return lines.join('\n\n');
}

function stateProps(state: ControlState | undefined): OscalProp[] {
	if (!state) return [];
	return [
		...prop('owner', state.ownerName),
		...prop('owner-department', state.ownerDepartment ?? ''),
		...prop('due-date', state.dueDate ?? ''),
		...prop('last-performed', state.lastPerformed ?? ''),
		...prop('in-place-since', state.inPlaceSince ?? '')
	];
}

function findingRemarks(state: ControlState | undefined, pending: boolean): string | undefined {
	const parts: string[] = [];
	if (pending && state) parts.push(`Reason given for Not applicable: ${state.naRationale}`);
	if (state?.notes) parts.push(`Notes: ${state.notes}`);
	return parts.length > 0 ? markup(parts.join('\n\n')) : undefined;
}

/** The finding for one applicable control (or one whose Not applicable awaits review). */
export function controlFinding(
	ctx: FindingContext,
	score: ControlScore,
	pending: boolean
): OscalFinding {
	const id = score.controlId;
	const control = ctx.evaluation.controlsById.get(id);
	const state = ctx.evaluation.statesById.get(id);
	const status: ControlStatus = state?.status ?? 'not_assessed';
	const t = ctx.type;
	const satisfied =
		!pending && score.assessed && score.credit[t] >= FULL && score.gaps[t].length === 0;
	const implementation = pending ? undefined : IMPLEMENTATION[status];
	const remarks = findingRemarks(state, pending);
	return {
		uuid: nextUuid(ctx.uuid),
		title: controlTitle(control, id),
		description: markup(findingText(ctx, score, status, pending)),
		props: [
			...prop('control', id),
			...prop('status', status),
			...prop('assessed', score.assessed),
			...(pending ? prop('not-applicable', 'awaiting-review') : []),
			...prop('key-control', score.key),
			...prop('credit', score.credit.type1, TYPE_CLASS.type1),
			...prop('credit', score.credit.type2, TYPE_CLASS.type2),
			...score.gaps.type1.flatMap((g) => prop('gap', g, TYPE_CLASS.type1)),
			...score.gaps.type2.flatMap((g) => prop('gap', g, TYPE_CLASS.type2)),
			...prop('evidence-items', ctx.evidenceCount.get(id) ?? 0),
			...stateProps(state)
		],
		target: {
			type: 'statement-id',
			'target-id': statementId(id),
			status: satisfied
				? { state: 'satisfied', reason: 'pass' }
				: score.assessed && !pending
					? { state: 'not-satisfied', reason: 'fail' }
					: {
							state: 'not-satisfied',
							reason: 'other',
							remarks: pending ? 'Not applicable, reason not reviewed.' : 'Not assessed.'
						},
			...(implementation ? { 'implementation-status': { state: implementation } } : {})
		},
		...(remarks ? { remarks } : {})
	};
}

/** A control the scoping leaves out, or one the assessor marked Not applicable (settled). */
export interface NotApplicable {
	controlId: string;
	by: 'scoping' | 'assessor';
	reason: string;
}

/** The controls that are not applicable, in catalog order, each with its reason. */
export function notApplicable(e: Evaluation, pendingIds: ReadonlySet<string>): NotApplicable[] {
	const out: NotApplicable[] = [];
	for (const c of e.scope.controls) {
		if (!c.applicable) {
			out.push({ controlId: c.controlId, by: 'scoping', reason: c.reason ?? '' });
			continue;
		}
		const state = e.statesById.get(c.controlId);
		if (state?.status === 'not_applicable' && !pendingIds.has(c.controlId))
			out.push({ controlId: c.controlId, by: 'assessor', reason: state.naRationale });
	}
	return out;
}

/** An observation that records a control as not applicable and why. */
export function notApplicableObservation(ctx: FindingContext, na: NotApplicable): OscalObservation {
	const control = ctx.evaluation.controlsById.get(na.controlId);
	const state = ctx.evaluation.statesById.get(na.controlId);
	const why = plain(na.reason) ? na.reason : 'No reason was recorded.';
	const who =
		na.by === 'scoping'
			? 'Left out by the scoping answers'
			: 'Marked Not applicable in the assessment';
	return {
		uuid: nextUuid(ctx.uuid),
		title: markupLine(`${na.controlId} ${control?.title ?? ''}: not applicable`, na.controlId),
		description: markup(`${who}. ${why}`),
		props: [
			...prop('control', na.controlId),
			...prop('not-applicable', na.by),
			...prop('na-reviewed', na.by === 'assessor' ? (state?.naReviewedAt ?? '') : '')
		],
		// The scoping questionnaire and the assessor's answers are what the company said about itself.
		methods: ['INTERVIEW'],
		collected:
			na.by === 'assessor'
				? storedDateTime(state?.updatedAt, ctx.now)
				: storedDateTime(null, ctx.now)
	};
}
