/**
 * The readiness level of one report type and what blocks Audit-ready. Pure; the rules are in
 * docs/scoring.md ("Readiness levels") and the in-app method, which must say the same.
 */
import { FULL, formatScore, plural } from '../format';
import type { PolicyStatus, ReadinessLevel, ReportType } from '../types';
import { weakPolicies } from './gaps';
import type { ControlScore, GapKind, ProgrammeItem } from './scoring';

/** Thresholds of the readiness levels, in basis points. */
export const LEVEL_RULES = {
	/** Share of applicable controls that must be assessed before any level is given. */
	coverageForLevel: 8_000,
	auditReadyCriterion: 8_000,
	nearlyReadyOverall: 7_000,
	nearlyReadyCriterion: 5_000,
	developingOverall: 4_000
} as const;

export interface Coverage {
	/** Applicable controls with an answer (Not applicable counts: it is an answer). */
	assessed: number;
	/** Controls the scoping makes applicable. */
	applicable: number;
}

/** Coverage in basis points, rounded down so 79.99% never reads as 80%. */
export function coverageShare(c: Coverage): number {
	return c.applicable === 0 ? 0 : Math.floor((c.assessed * FULL) / c.applicable);
}

export type BlockerKind =
	| 'not_assessed'
	| 'key_control'
	| 'na_review'
	| 'policy'
	| 'programme'
	| 'risk_review'
	| 'risk'
	| 'people'
	| 'not_covered'
	| 'criterion';

/** One thing that stands between the assessment and Audit-ready. */
export interface Blocker {
	kind: BlockerKind;
	/** What it is about: a control, policy, programme item or criterion id ('' for a count). */
	ref: string;
	text: string;
}

export interface ReadinessInput {
	type: ReportType;
	overall: number | null;
	byCriterion: Readonly<Record<string, number | null>>;
	notCovered: readonly string[];
	scored: readonly ControlScore[];
	coverage: Coverage;
	policies: ReadonlyMap<string, PolicyStatus> | undefined;
	/** Policy id -> title, so a blocker names the policy; the id alone when absent. */
	policyTitles?: ReadonlyMap<string, string>;
	policiesOf: (controlId: string) => readonly string[];
	programmes: readonly ProgrammeItem[];
	/** From the risk register (domain/risks/register.ts): its review and uncovered high risks. */
	register?: readonly Blocker[];
	/** From the roster's checks and access reviews (domain/people/verdict.ts), for this type. */
	people?: readonly Blocker[];
}

const KEY_GAP: Record<GapKind, string> = {
	not_implemented: 'not implemented yet',
	no_evidence: 'no evidence recorded',
	overdue: 'not performed on schedule',
	history: 'in place for less than the observation window',
	window_evidence: 'no Type II evidence dated inside the observation window',
	policy: 'its policy is not approved',
	na_review: 'marked Not applicable without a reviewed reason'
};

/** The policy gap of a blocker, naming the policies that hold the control back. */
function policyWords(input: ReadinessInput, controlId: string): string {
	const weak = weakPolicies(
		input.policiesOf(controlId),
		input.policies ?? new Map(),
		input.policyTitles ?? new Map()
	);
	if (weak.length === 0) return KEY_GAP.policy;
	const names = weak.map((w) => `the ${w.title}`);
	const list =
		names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return `${list} ${weak.length === 1 ? 'is' : 'are'} not approved`;
}

/** Everything that blocks Audit-ready for one report type, most basic first. */
export function blockersOf(input: ReadinessInput): Blocker[] {
	const out: Blocker[] = [];
	const { coverage, type } = input;
	const open = coverage.applicable - coverage.assessed;
	if (open > 0)
		out.push({
			kind: 'not_assessed',
			ref: '',
			text: `${plural(open, 'applicable control')} not assessed yet (${coverage.assessed} of ${coverage.applicable} assessed).`
		});
	for (const s of input.scored) {
		if (s.gaps[type].includes('na_review'))
			out.push({
				kind: 'na_review',
				ref: s.controlId,
				text: `${s.controlId} is marked Not applicable, but the reason has not been reviewed.`
			});
		else if (s.key && s.assessed && s.credit[type] < FULL)
			out.push({
				kind: 'key_control',
				ref: s.controlId,
				text: `Key control ${s.controlId}: ${s.gaps[type].map((g) => (g === 'policy' ? policyWords(input, s.controlId) : KEY_GAP[g])).join(', ')}.`
			});
	}
	const governing = new Set(input.scored.flatMap((s) => input.policiesOf(s.controlId)));
	for (const [id, status] of input.policies ?? []) {
		if (!governing.has(id) || status === 'approved' || status === 'published') continue;
		out.push({
			kind: 'policy',
			ref: id,
			text: `${input.policyTitles?.has(id) ? `${input.policyTitles.get(id)} (${id})` : `Policy ${id}`} is ${status === 'draft' ? 'a draft' : 'missing'}; it governs applicable controls and must be approved.`
		});
	}
	for (const p of input.programmes)
		if (p.blocker) out.push({ kind: 'programme', ref: p.id, text: p.blocker });
	out.push(...(input.register ?? []));
	out.push(...(input.people ?? []));
	for (const id of input.notCovered)
		out.push({ kind: 'not_covered', ref: id, text: `${id} has no applicable control.` });
	for (const [id, v] of Object.entries(input.byCriterion))
		if (v !== null && v < LEVEL_RULES.auditReadyCriterion)
			out.push({
				kind: 'criterion',
				ref: id,
				text: `${id} at ${formatScore(v)} (Audit-ready needs ${formatScore(LEVEL_RULES.auditReadyCriterion)}).`
			});
	return out;
}

const SUMMARY: Record<BlockerKind, [string, string]> = {
	not_assessed: ['', ''],
	key_control: ['key control not at full credit', 'key controls not at full credit'],
	na_review: ['Not applicable reason to review', 'Not applicable reasons to review'],
	policy: ['policy to approve', 'policies to approve'],
	programme: ['vendor programme gap', 'vendor programme gaps'],
	risk_review: ['risk register review', 'risk register reviews'],
	risk: [
		'high residual risk without an implemented control',
		'high residual risks without an implemented control'
	],
	people: ['control with people-check exceptions', 'controls with people-check exceptions'],
	not_covered: ['criterion with no applicable control', 'criteria with no applicable control'],
	criterion: ['criterion below 80%', 'criteria below 80%'] // LEVEL_RULES.auditReadyCriterion
};

function summarise(blockers: readonly Blocker[]): string {
	const parts: string[] = [];
	for (const kind of Object.keys(SUMMARY) as BlockerKind[]) {
		const mine = blockers.filter((b) => b.kind === kind);
		if (mine.length === 0) continue;
		if (kind === 'not_assessed') {
			parts.push('every applicable control assessed');
			continue;
		}
		const [one, many] = SUMMARY[kind];
		parts.push(`${mine.length} ${mine.length === 1 ? one : many}`);
	}
	return `Audit-ready needs: ${parts.join('; ')}.`;
}

export function readiness(input: ReadinessInput): {
	level: ReadinessLevel;
	reasons: string[];
	blockers: Blocker[];
} {
	const blockers = blockersOf(input);
	const { overall, coverage } = input;
	const share = coverageShare(coverage);
	if (share < LEVEL_RULES.coverageForLevel || overall === null)
		return {
			level: 'not_rated',
			reasons: [
				`${coverage.assessed} of ${coverage.applicable} applicable controls assessed (${formatScore(share)}). A readiness level is given once ${formatScore(LEVEL_RULES.coverageForLevel)} are assessed, so that it rests on answers rather than on blanks.`
			],
			blockers
		};
	if (blockers.length === 0)
		return {
			level: 'audit_ready',
			reasons: [
				'Every applicable control is assessed, every in-scope criterion is at 80% or more, every key control is at full credit, every governing policy is approved and nothing else blocks the level.'
			],
			blockers
		};
	const values = Object.values(input.byCriterion).filter((v): v is number => v !== null);
	const lowest = Math.min(...values);
	const toAuditReady = summarise(blockers);
	if (overall >= LEVEL_RULES.nearlyReadyOverall && lowest >= LEVEL_RULES.nearlyReadyCriterion)
		return {
			level: 'nearly_ready',
			reasons: ['Overall at 70% or more and no criterion below 50%.', toAuditReady],
			blockers
		};
	if (overall >= LEVEL_RULES.developingOverall)
		return {
			level: 'developing',
			reasons: [
				'Overall at 40% or more.',
				overall < LEVEL_RULES.nearlyReadyOverall
					? 'Nearly ready needs 70% overall with no criterion below 50%.'
					: 'Nearly ready needs every criterion at 50% or more.',
				toAuditReady
			],
			blockers
		};
	return {
		level: 'not_ready',
		reasons: ['Overall below 40%.', 'Developing needs 40% overall.'],
		blockers
	};
}
