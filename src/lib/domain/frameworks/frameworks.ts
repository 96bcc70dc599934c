/**
 * The two other frameworks as the readiness functions need them, and the facts about each of our
 * controls read from a SOC 2 evaluation. One place that knows which targets, groups and crosswalk
 * side belong to which framework.
 */
import { CSF_CATEGORIES, CSF_FUNCTIONS, CSF_SUBCATEGORIES } from '$lib/catalog/frameworks/csf';
import { ISO_GROUPS, ISO_TARGETS } from '$lib/catalog/frameworks/iso27001';
import type {
	ControlCrosswalk,
	FrameworkGroup,
	OtherFrameworkId
} from '$lib/catalog/frameworks/types';
import type { Evaluation } from '../scoring/evaluate';
import type { ReportType } from '../types';
import {
	frameworkReadiness,
	rollUp,
	type ControlFacts,
	type FrameworkReadiness
} from './readiness';

export const OTHER_FRAMEWORK_LABEL: Record<OtherFrameworkId, string> = {
	iso27001: 'ISO/IEC 27001:2022',
	csf: 'NIST CSF 2.0'
};

/** CSF functions as groups, so one roll-up serves themes, categories and functions. */
export const CSF_FUNCTION_GROUPS: readonly FrameworkGroup[] = CSF_FUNCTIONS.map((f) => ({
	id: f.id,
	title: f.title,
	parent: f.id
}));

/**
 * What a control contributes: applicable when in scope and not answered Not applicable, its
 * status, and its credit for `type` from the SOC 2 scores.
 */
export function controlFactsOf(
	e: Pick<Evaluation, 'scope' | 'statesById' | 'score'>,
	type: ReportType
): (id: string) => ControlFacts {
	const inScope = new Set(e.scope.applicableControlIds);
	return (id) => {
		const status = e.statesById.get(id)?.status ?? 'not_assessed';
		const applicable = inScope.has(id) && status !== 'not_applicable';
		return {
			applicable,
			status,
			credit: applicable ? (e.score.byId.get(id)?.credit[type] ?? 0) : null
		};
	};
}

export interface OtherFrameworkInput {
	crosswalk: readonly ControlCrosswalk[];
	notAddressed: Readonly<Record<string, string>>;
	controlFacts: (id: string) => ControlFacts;
}

export interface OtherFrameworkView extends FrameworkReadiness {
	framework: OtherFrameworkId;
	/** CSF: the six functions; ISO: the management system and the four Annex A themes. */
	top: ReturnType<typeof rollUp>[];
	/** Targets the SOC 2 work reaches (an applicable linked control): what the score is over. */
	inScope: number;
	/** Mean credit of those targets (basis points); null when none is reached. */
	overall: number | null;
	/** Targets no SOC 2 control links to. */
	beyond: number;
}

/** Readiness of one framework: targets, groups (themes or CSF categories) and the top level. */
export function otherFramework(
	framework: OtherFrameworkId,
	input: OtherFrameworkInput
): OtherFrameworkView {
	const iso = framework === 'iso27001';
	const r = frameworkReadiness({
		targets: iso ? ISO_TARGETS : CSF_SUBCATEGORIES,
		groups: iso ? ISO_GROUPS : CSF_CATEGORIES,
		crosswalk: input.crosswalk,
		side: iso ? 'iso' : 'csf',
		notAddressed: input.notAddressed,
		controlFacts: input.controlFacts
	});
	const reached = r.targets.filter((t) => t.credit !== null);
	return {
		...r,
		framework,
		top: iso ? r.groups : CSF_FUNCTION_GROUPS.map((g) => rollUp(g, r.targets)),
		inScope: reached.length,
		overall:
			reached.length === 0
				? null
				: Math.round(reached.reduce((s, t) => s + (t.credit ?? 0), 0) / reached.length),
		beyond: r.targets.filter((t) => t.state === 'not_addressed').length
	};
}
