/**
 * Controls proposed as likely in place because the company holds another framework, grouped so
 * the user can confirm a whole group in one click or each control on its own. Grouped by the ISO
 * 27001 group the control serves first when the proposal comes from ISO 27001, else by the SOC 2
 * series of its primary criterion. Proposals are never credit: only a confirmation sets a status.
 */
import type { FrameworkId } from '$lib/catalog/likely-in-place';
import type { ControlCrosswalk, FrameworkTarget } from '$lib/catalog/frameworks/types';
import type { Control } from '$lib/catalog/types';

export interface ProposalGroup {
	/** 'A.8' or 'ISMS' for ISO groups; a SOC 2 series such as 'CC6' otherwise. */
	id: string;
	title: string;
	controls: Control[];
}

/** The ISO group a control serves first: its first full link, else its first partial one. */
export function isoGroupOf(
	entry: ControlCrosswalk | undefined,
	targets: ReadonlyMap<string, FrameworkTarget>
): string | null {
	const first = entry?.iso.full?.[0] ?? entry?.iso.partial?.[0];
	return first ? (targets.get(first)?.group ?? null) : null;
}

export interface ProposalInput {
	/** Controls waiting for confirmation, with the frameworks that propose them. */
	toConfirm: ReadonlyMap<string, readonly FrameworkId[]>;
	/** Applicable controls in catalog order. */
	controls: readonly Control[];
	crosswalk: ReadonlyMap<string, ControlCrosswalk>;
	isoTargets: ReadonlyMap<string, FrameworkTarget>;
	/** Titles of ISO groups and SOC 2 series, by id; the order of this map is the groups' order. */
	groupTitles: ReadonlyMap<string, string>;
}

export function proposalGroups(input: ProposalInput): ProposalGroup[] {
	const byGroup = new Map<string, Control[]>();
	for (const c of input.controls) {
		const frameworks = input.toConfirm.get(c.id);
		if (!frameworks) continue;
		const iso = frameworks.includes('iso27001')
			? isoGroupOf(input.crosswalk.get(c.id), input.isoTargets)
			: null;
		const key = iso ?? c.criteria[0]?.replace(/\.\d+$/, '') ?? 'other';
		byGroup.set(key, [...(byGroup.get(key) ?? []), c]);
	}
	const order = [...input.groupTitles.keys()];
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	return [...byGroup]
		.sort(([a], [b]) => rank(a) - rank(b))
		.map(([id, controls]) => ({ id, title: input.groupTitles.get(id) ?? id, controls }));
}
