/**
 * Where a piece of work sits in the order an auditor would recommend, beside its priority: the
 * foundation first (scope, governance, the risk assessment and the policies the other controls
 * rest on), then what needs months of running before it has history to show (logging,
 * monitoring, vulnerability scanning, access reviews, backups and any recurring activity), with
 * work that mostly involves other people (training, HR checks, vendor reviews) alongside, and the
 * rest by priority. The schedule adds a stage's bonus to the priority points, so a stage moves
 * work earlier without letting a minor foundation task jump a critical key control.
 */
import type { PlanGap } from '../types';

export type Stage = 'foundation' | 'history' | 'parallel' | 'build';

/** Points added to a gap's priority points (0..7) when ordering the schedule. */
export const STAGE_BONUS: Record<Stage, number> = {
	foundation: 4,
	history: 2,
	parallel: 1,
	build: 0
};

export const STAGE_LABEL: Record<Stage, string> = {
	foundation: 'Foundation',
	history: 'Needs history',
	parallel: 'Alongside',
	build: 'By priority'
};

/** Why a stage is where it is, for the schedule. */
export const STAGE_REASON: Record<Stage, string> = {
	foundation:
		'scope, governance, the risk assessment and the policies come first: the other controls rest on them',
	history: 'started early: it has to run for months before there is history to show the auditor',
	parallel: 'runs alongside the rest: it mostly involves other people (all staff, HR, vendors)',
	build: 'placed by its priority'
};

/** Catalog id prefixes by stage; anything else is 'build'. */
const BY_PREFIX: Record<string, Stage> = {
	GOV: 'foundation',
	RSK: 'foundation',
	LOG: 'history',
	MON: 'history',
	VUL: 'history',
	BCK: 'history',
	HR: 'parallel',
	VEN: 'parallel'
};
/** Single controls that need history though their series does not: the access review. */
const HISTORY_CONTROLS = new Set(['IAM-07']);

/** The stage of a plan gap, from its key ('control:GOV-01', 'policy:…', 'recurring:…', …). */
export function stageOf(
	gap: Pick<PlanGap, 'gapKey'> & Partial<Pick<PlanGap, 'controlIds'>>
): Stage {
	const [kind] = gap.gapKey.split(':');
	if (kind === 'policy') return 'foundation';
	if (kind === 'recurring') return 'history';
	if (kind === 'vendor-review' || kind?.startsWith('vendor')) return 'parallel';
	const id = gap.controlIds?.[0] ?? gap.gapKey.split(':')[1] ?? '';
	if (HISTORY_CONTROLS.has(id)) return 'history';
	return BY_PREFIX[id.split('-')[0] ?? ''] ?? 'build';
}
