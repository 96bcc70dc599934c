/**
 * A Statement of Applicability draft from the ISO 27001 readiness: each Annex A control, whether it
 * applies and why, whether it is implemented, and the SOC 2 controls behind that answer. A draft
 * for the ISMS owner to complete, never a finished SoA: targets outside the SOC 2 work read
 * "To decide".
 */
import { CONTROL_STATUS_LABEL, type ControlStatus } from '../types';
import type { TargetLink, TargetResult } from './readiness';

export type SoaApplicable = 'Yes' | 'No' | 'To decide';
export type SoaImplemented =
	'Yes' | 'Partly' | 'No' | 'Not assessed' | 'Not applicable' | 'Unknown';

export interface SoaRow {
	id: string;
	title: string;
	theme: string;
	applicable: SoaApplicable;
	justification: string;
	implemented: SoaImplemented;
	/** 'IAM-01, IAM-07 (partly)'; '' when no control links to it. */
	controls: string;
	/** Readiness of the target in basis points; null when not computed. */
	readiness: number | null;
}

/** A Not applicable reason quoted in a justification is cut here; the whole text stays on the control. */
export const MAX_QUOTED_REASON = 300;

function quoted(reason: string): string {
	const chars = [...reason.replace(/\s+/g, ' ').trim()];
	return chars.length <= MAX_QUOTED_REASON
		? chars.join('')
		: `${chars.slice(0, MAX_QUOTED_REASON).join('')}… (shortened; the whole reason is on the control)`;
}

const IN_PLACE: readonly ControlStatus[] = ['implemented'];
const UNDER_WAY: readonly ControlStatus[] = ['implemented', 'in_progress'];

/** Yes when every applicable full link is implemented; Partly when some work is in place. */
export function implementedOf(links: readonly TargetLink[]): SoaImplemented {
	const used = links.filter((l) => l.applicable);
	if (links.length === 0) return 'Unknown';
	if (used.length === 0) return 'Not applicable';
	if (used.every((l) => l.status === 'not_assessed')) return 'Not assessed';
	const full = used.filter((l) => l.coverage === 'full');
	if (full.length > 0 && full.every((l) => IN_PLACE.includes(l.status))) return 'Yes';
	return used.some((l) => UNDER_WAY.includes(l.status)) ? 'Partly' : 'No';
}

function controlList(links: readonly TargetLink[]): string {
	return links.map((l) => (l.coverage === 'full' ? l.control : `${l.control} (partly)`)).join(', ');
}

function justification(t: TargetResult, naReasonOf: (controlId: string) => string): string {
	if (t.state === 'not_addressed')
		return `Not covered by the SOC 2 controls${t.reason ? `: ${t.reason}` : ''}. Decide whether it applies and record why.`;
	if (t.state === 'not_applicable') {
		const reasons = t.links.map((l) => {
			const why = quoted(naReasonOf(l.control));
			return `${l.control}: ${why || `${CONTROL_STATUS_LABEL.not_applicable} in this scope`}`;
		});
		return `Every SOC 2 control that covers it is not applicable here (${reasons.join('; ')}).`;
	}
	const used = t.links.filter((l) => l.applicable);
	const full = used.filter((l) => l.coverage === 'full');
	return full.length > 0
		? `Included: it treats risks in the SOC 2 scope and is met through ${controlList(used)}.`
		: `Included: the SOC 2 controls ${controlList(used)} cover part of it; the rest needs work of its own.`;
}

/** One row per Annex A control, in the standard's order. `themes` maps 'A.5' to its title. */
export function statementOfApplicability(
	targets: readonly TargetResult[],
	themes: ReadonlyMap<string, string>,
	naReasonOf: (controlId: string) => string
): SoaRow[] {
	return targets
		.filter((t) => t.target.group.startsWith('A.'))
		.map((t) => ({
			id: t.target.id,
			title: t.target.title,
			theme: themes.get(t.target.group) ?? t.target.group,
			applicable:
				t.state === 'not_addressed' ? 'To decide' : t.state === 'not_applicable' ? 'No' : 'Yes',
			justification: justification(t, naReasonOf),
			implemented: implementedOf(t.links),
			controls: controlList(t.links),
			readiness: t.credit
		}));
}
