/**
 * Readiness in another framework's terms: each ISO 27001 or CSF 2.0 target read through the SOC 2
 * controls our crosswalk links to it, then rolled up per Annex A theme or CSF category and
 * function. Pure and integer-only (basis points), like the SOC 2 scores; docs/crosswalk.md
 * explains the rules to users.
 */
import type {
	ControlCrosswalk,
	FrameworkGroup,
	FrameworkTarget,
	LinkCoverage
} from '$lib/catalog/frameworks/types';
import { FULL } from '../format';
import type { ControlStatus } from '../types';

/** A target with only partial links stops here: the target asks for more than our controls do. */
export const CAP_PARTIAL_ONLY = 5_000;
/** A control that fully covers a target counts this many times in the target's mean. */
export const FULL_WEIGHT = 2;

export type TargetState =
	'met' | 'partly' | 'not_met' | 'not_assessed' | 'not_applicable' | 'not_addressed';

export const TARGET_STATE_LABEL: Record<TargetState, string> = {
	met: 'Met',
	partly: 'Partly met',
	not_met: 'Not met',
	not_assessed: 'Not assessed',
	not_applicable: 'Not applicable here',
	not_addressed: 'Beyond the SOC 2 work'
};

export interface TargetLink {
	control: string;
	coverage: LinkCoverage;
	/** False when the control does not apply to this assessment's scope. */
	applicable: boolean;
	status: ControlStatus;
	/** The control's readiness for the report type (basis points); null when not applicable. */
	credit: number | null;
}

export interface TargetResult {
	target: FrameworkTarget;
	links: TargetLink[];
	state: TargetState;
	/** Basis points; null for targets outside the SOC 2 work or not applicable here. */
	credit: number | null;
	/** Why no SOC 2 control addresses the target (from the crosswalk's list); '' otherwise. */
	reason: string;
}

export interface GroupResult {
	group: FrameworkGroup;
	/** Targets in the group. */
	total: number;
	/** Targets at least one of our controls links to. */
	mapped: number;
	/** Mapped targets with an applicable control: the ones readiness is computed over. */
	inScope: number;
	/** In-scope targets where at least one linked control has an answer. */
	assessed: number;
	met: number;
	/** Mean credit of the in-scope targets (not assessed counts 0); null when none is in scope. */
	readiness: number | null;
}

export interface ControlFacts {
	applicable: boolean;
	status: ControlStatus;
	/** Readiness of the control for the report type in basis points (null when not applicable). */
	credit: number | null;
}

export interface ReadinessInput {
	targets: readonly FrameworkTarget[];
	groups: readonly FrameworkGroup[];
	crosswalk: readonly ControlCrosswalk[];
	side: 'iso' | 'csf';
	/** Reasons for targets no control links to, by target id. */
	notAddressed: Readonly<Record<string, string>>;
	controlFacts: (controlId: string) => ControlFacts | null;
}

export interface FrameworkReadiness {
	targets: TargetResult[];
	groups: GroupResult[];
}

/** Links per target id, in catalog order of the controls. */
export function linksByTarget(
	crosswalk: readonly ControlCrosswalk[],
	side: 'iso' | 'csf'
): Map<string, { control: string; coverage: LinkCoverage }[]> {
	const out = new Map<string, { control: string; coverage: LinkCoverage }[]>();
	for (const entry of crosswalk) {
		const links = entry[side];
		for (const coverage of ['full', 'partial'] as const)
			for (const id of links[coverage] ?? [])
				out.set(id, [...(out.get(id) ?? []), { control: entry.control, coverage }]);
	}
	return out;
}

/**
 * A target's credit: the mean of its applicable linked controls' credits, full links weighted
 * double; with only partial links it is capped at CAP_PARTIAL_ONLY.
 */
export function targetCredit(links: readonly TargetLink[]): number | null {
	const used = links.filter((l) => l.applicable && l.credit !== null);
	if (used.length === 0) return null;
	let sum = 0;
	let weight = 0;
	for (const l of used) {
		const w = l.coverage === 'full' ? FULL_WEIGHT : 1;
		sum += w * (l.credit ?? 0);
		weight += w;
	}
	const mean = Math.round(sum / weight);
	return used.some((l) => l.coverage === 'full') ? mean : Math.min(mean, CAP_PARTIAL_ONLY);
}

function stateOf(links: readonly TargetLink[], credit: number | null): TargetState {
	if (links.length === 0) return 'not_addressed';
	const applicable = links.filter((l) => l.applicable);
	if (applicable.length === 0 || credit === null) return 'not_applicable';
	if (applicable.every((l) => l.status === 'not_assessed')) return 'not_assessed';
	if (credit >= FULL) return 'met';
	return credit === 0 ? 'not_met' : 'partly';
}

/** Every target of the framework with its links, state and credit, and the roll-up per group. */
export function frameworkReadiness(input: ReadinessInput): FrameworkReadiness {
	const byTarget = linksByTarget(input.crosswalk, input.side);
	const targets = input.targets.map((target): TargetResult => {
		const links = (byTarget.get(target.id) ?? []).map((l): TargetLink => {
			const facts = input.controlFacts(l.control);
			return {
				...l,
				applicable: facts?.applicable ?? false,
				status: facts?.status ?? 'not_assessed',
				credit: facts?.applicable ? facts.credit : null
			};
		});
		const credit = targetCredit(links);
		return {
			target,
			links,
			state: stateOf(links, credit),
			credit,
			reason: links.length === 0 ? (input.notAddressed[target.id] ?? '') : ''
		};
	});
	return { targets, groups: input.groups.map((g) => rollUp(g, targets)) };
}

/** The roll-up of `targets` whose group is `group.id` (or, for a CSF function, whose category is under it). */
export function rollUp(group: FrameworkGroup, targets: readonly TargetResult[]): GroupResult {
	const mine = targets.filter(
		(t) => t.target.group === group.id || t.target.group.startsWith(`${group.id}.`)
	);
	const inScope = mine.filter((t) => t.credit !== null);
	const sum = inScope.reduce((s, t) => s + (t.credit ?? 0), 0);
	return {
		group,
		total: mine.length,
		mapped: mine.filter((t) => t.links.length > 0).length,
		inScope: inScope.length,
		assessed: inScope.filter((t) => t.state !== 'not_assessed').length,
		met: mine.filter((t) => t.state === 'met').length,
		readiness: inScope.length === 0 ? null : Math.round(sum / inScope.length)
	};
}
