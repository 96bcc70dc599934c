/**
 * The crosswalk from our SOC 2 controls to ISO/IEC 27001:2022 and NIST CSF 2.0, with the targets
 * no control addresses and why. Our judgement, not a published mapping; docs/crosswalk.md says how
 * it was made and how to read it. Pages that need it import it (it is not in the first route).
 */
import { CROSSWALK_CATEGORIES } from './crosswalk-categories';
import { CROSSWALK_GOVERNANCE } from './crosswalk-governance';
import { CROSSWALK_TECHNICAL } from './crosswalk-technical';
import { CSF_NOT_ADDRESSED, ISO_NOT_ADDRESSED } from './not-addressed';
import type { ControlCrosswalk, OtherFrameworkId } from './types';

export type * from './types';

/** Every control's links, grouped by catalog file. */
export const CROSSWALK: readonly ControlCrosswalk[] = [
	...CROSSWALK_GOVERNANCE,
	...CROSSWALK_TECHNICAL,
	...CROSSWALK_CATEGORIES
];

export const CROSSWALK_BY_CONTROL: ReadonlyMap<string, ControlCrosswalk> = new Map(
	CROSSWALK.map((c) => [c.control, c])
);

/** Why no SOC 2 control addresses a target, per framework and target id. */
export const NOT_ADDRESSED: Record<OtherFrameworkId, Readonly<Record<string, string>>> = {
	iso27001: ISO_NOT_ADDRESSED,
	csf: CSF_NOT_ADDRESSED
};

/** Number of links (full and partial) to one framework. */
export function linkCount(framework: OtherFrameworkId): number {
	const side = framework === 'iso27001' ? 'iso' : 'csf';
	return CROSSWALK.reduce(
		(n, c) => n + (c[side].full?.length ?? 0) + (c[side].partial?.length ?? 0),
		0
	);
}

/** Clauses 5–10: what every certified ISMS runs (clause 4's context links are too loose to count). */
const RUN_CLAUSE = /^(?:[5-9]|10)\./;

/**
 * Controls a company holding ISO 27001 very likely runs already: those that fully cover an Annex A
 * control or a clause, and those that serve one of clauses 5–10 (a certified ISMS runs them, and
 * they ask for more than these controls do). Proposed for confirmation only; never a status.
 */
export const ISO_LIKELY: readonly string[] = CROSSWALK.filter(
	(c) => (c.iso.full?.length ?? 0) > 0 || (c.iso.partial ?? []).some((id) => RUN_CLAUSE.test(id))
).map((c) => c.control);
