/**
 * The gaps of an assessment as plan items: what to do, who owns it, how long it takes and how
 * urgent it is. The remediation plan is regenerated from these (see tasks.ts), so each gap
 * carries a stable key that survives recomputation.
 */
import type { Catalog } from '$lib/catalog';
import type { Control, Policy } from '$lib/catalog/types';
import { plural } from '../format';
import type { Evaluation } from '../scoring/evaluate';
import { controlPriority, type Priority } from '../scoring/priority';
import type { ControlScore } from '../scoring/scoring';
import type { ControlState, PlanGap, PolicyState, ReportType } from '../types';

/** Person-days to collect evidence for, or to perform and record, a control already in place. */
export const SMALL_GAP_DAYS = 0.5;
/** Person-days to write a missing policy and have it approved. */
export const WRITE_POLICY_DAYS = 2;
/** Person-days to get a drafted policy approved. */
export const APPROVE_POLICY_DAYS = 0.5;

/**
 * Points standing in for a priority when no control-based score exists (policy gaps, custom
 * tasks): the lowest score that controlPriority maps to that priority.
 */
export const PRIORITY_POINTS: Record<Priority, number> = { high: 5, medium: 3, low: 0 };

export interface PlanGapsInput {
	/**
	 * The assessment evaluated for today. Control states are read from `evaluation.statesById`
	 * (built from the same rows), so the plan and the scores cannot disagree.
	 */
	evaluation: Evaluation;
	catalog: Pick<Catalog, 'policies'>;
	/** The assessment's own report type: decides which evidence counts. */
	reportType: ReportType;
	/** Policy rows, for each policy's named owner. Status comes from the evaluation. */
	policyStates: readonly PolicyState[];
	/** Gaps produced elsewhere (vendor reviews), passed through unchanged. */
	extraGaps?: readonly PlanGap[];
}

function controlGaps(
	score: ControlScore,
	ctl: Control,
	state: ControlState | undefined,
	reportType: ReportType
): PlanGap[] {
	const status = state?.status ?? 'not_assessed';
	const p = controlPriority(ctl, status);
	const base = {
		controlIds: [ctl.id],
		criteria: [...ctl.criteria],
		ownerName: state?.ownerName ?? '',
		ownerDepartment: state?.ownerDepartment ?? ctl.department,
		priorityPoints: p.points,
		priority: p.priority,
		priorityReason: p.reason,
		dueDate: state?.dueDate ?? null
	};
	if (status !== 'implemented') {
		return [
			{
				...base,
				gapKey: `control:${ctl.id}`,
				title: `Implement: ${ctl.title}`,
				effortDays: ctl.effortDays
			}
		];
	}
	const out: PlanGap[] = [];
	if (score.gaps[reportType].includes('no_evidence')) {
		out.push({
			...base,
			gapKey: `evidence:${ctl.id}`,
			title: `Collect evidence: ${ctl.title}`,
			effortDays: SMALL_GAP_DAYS
		});
	}
	// A recurring activity never recorded or lapsed is work to do whichever report the company is
	// aiming for (Type I only flags it once a recorded date has gone stale).
	for (const lapsed of score.lapsed) {
		const activity = ctl.activities?.find((a) => a.id === lapsed);
		if (lapsed !== '' && !activity) continue;
		out.push({
			...base,
			gapKey: activity ? `recurring:${ctl.id}:${activity.id}` : `recurring:${ctl.id}`,
			title: activity
				? `Perform and record: ${activity.title} (${ctl.id})`
				: `Perform and record: ${ctl.title}`,
			effortDays: SMALL_GAP_DAYS
		});
	}
	return out;
}

function policyGap(
	policy: Policy,
	status: 'missing' | 'draft',
	governed: readonly Control[],
	ownerName: string
): PlanGap {
	const keys = governed.filter((c) => c.key).length;
	const priority: Priority = keys > 0 ? 'high' : 'medium';
	let reason: string;
	if (governed.length === 0)
		reason = 'Expected for your scope, though no applicable control relies on it yet';
	else if (keys > 0)
		reason = `Governs ${plural(governed.length, 'applicable control')}, including ${plural(keys, 'key control')}`;
	else reason = `Governs ${plural(governed.length, 'applicable control')}, none of them key`;
	const criteria = [...new Set(governed.flatMap((c) => c.criteria))];
	return {
		gapKey: `policy:${policy.id}`,
		title: status === 'missing' ? `Write and approve: ${policy.title}` : `Approve: ${policy.title}`,
		controlIds: governed.map((c) => c.id),
		criteria,
		ownerName,
		ownerDepartment: policy.department,
		effortDays: status === 'missing' ? WRITE_POLICY_DAYS : APPROVE_POLICY_DAYS,
		priorityPoints: PRIORITY_POINTS[priority],
		priority,
		priorityReason: reason,
		dueDate: null
	};
}

/**
 * Every gap of an assessment as a plan item: controls to implement, evidence to collect,
 * recurring activities to perform, policies to write or approve, plus `extraGaps` (vendors).
 * Sorted by priority points, highest first; ties keep catalog order, then the extra gaps' order.
 */
export function planGaps(input: PlanGapsInput): PlanGap[] {
	const { evaluation, reportType } = input;
	const out: PlanGap[] = [];
	const applicable: Control[] = [];
	for (const s of evaluation.score.controls) {
		const ctl = evaluation.controlsById.get(s.controlId);
		if (!ctl) continue;
		applicable.push(ctl);
		out.push(...controlGaps(s, ctl, evaluation.statesById.get(ctl.id), reportType));
	}
	const policiesById = new Map(input.catalog.policies.map((p) => [p.id, p]));
	const policyOwners = new Map(input.policyStates.map((p) => [p.policyId, p.ownerName]));
	for (const id of evaluation.applicablePolicies) {
		const policy = policiesById.get(id);
		const status = evaluation.policyStatus.get(id) ?? 'missing';
		if (!policy || (status !== 'missing' && status !== 'draft')) continue;
		const governed = applicable.filter((c) => c.policies.includes(id));
		out.push(policyGap(policy, status, governed, policyOwners.get(id) ?? ''));
	}
	out.push(...(input.extraGaps ?? []));
	// Array.prototype.sort is stable, so equal points keep the order built above.
	return out.sort((a, b) => b.priorityPoints - a.priorityPoints);
}
