/**
 * The full report's register sections: vendor risk, policy status, and the appendix of every
 * applicable control with its status and evidence.
 */
import { formatDate } from '$lib/domain/dates';
import {
	NO_VENDORS_GAP,
	RISK_RATING_LABEL,
	TIER_LABEL,
	nextReviewDue,
	vendorStanding,
	vendorsByRisk,
	type RiskRating
} from '$lib/domain/vendors/index';
import { textState, type TextState } from '$lib/domain/policies/versions';
import { CONTROL_STATUS_LABEL, type ControlStatus, type PolicyStatus } from '$lib/domain/types';
import type { ReportContext } from './input';
import { cell, type Cell, type Section, type Tone } from './model';
import { ownerText, plural } from './text';

const RATING_TONE: Record<RiskRating, Tone> = {
	critical: 'bad',
	high: 'bad',
	medium: 'warn',
	low: 'ok'
};

export const POLICY_STATUS_LABEL: Record<PolicyStatus, string> = {
	missing: 'Missing',
	draft: 'Draft',
	approved: 'Approved',
	published: 'Published'
};

const POLICY_TONE: Record<PolicyStatus, Tone> = {
	missing: 'bad',
	draft: 'warn',
	approved: 'ok',
	published: 'ok'
};

export const STATUS_TONE: Record<ControlStatus, Tone> = {
	not_assessed: 'muted',
	not_started: 'bad',
	planned: 'warn',
	in_progress: 'warn',
	implemented: 'ok',
	not_applicable: 'muted'
};

/** Vendors by residual risk with tier, review date and what keeps each out of good standing. */
export function vendorSection(ctx: ReportContext): Section {
	const ranked = vendorsByRisk(ctx.vendors, ctx.today);
	const counts: Record<RiskRating, number> = { critical: 0, high: 0, medium: 0, low: 0 };
	for (const r of ranked) counts[r.risk.rating] += 1;
	const rows: Cell[][] = ranked.map(({ vendor: v, risk }) => {
		const review = nextReviewDue(v, ctx.today);
		const standing = vendorStanding(v, ctx.today);
		return [
			cell(v.name.trim() || 'Unnamed vendor', undefined, true),
			cell(v.service),
			cell(TIER_LABEL[risk.tier.tier]),
			cell(`${RISK_RATING_LABEL[risk.rating]} (${risk.residual})`, RATING_TONE[risk.rating], true),
			cell(
				review.neverReviewed ? 'Never reviewed' : formatDate(review.due),
				review.overdue ? 'bad' : undefined
			),
			cell(
				standing.good ? 'In good standing' : standing.problems.join('; '),
				standing.good ? 'ok' : undefined
			)
		];
	});
	const good = ranked.filter((r) => vendorStanding(r.vendor, ctx.today).good).length;
	return {
		id: 'vendors',
		title: 'Vendor risk',
		newPage: true,
		blocks:
			ranked.length === 0
				? [
						{
							kind: 'callout',
							tone: 'warn',
							text: `${NO_VENDORS_GAP}. Record vendors on the Vendors page.`
						}
					]
				: [
						{
							kind: 'facts',
							rows: [
								['Vendors', String(ranked.length)],
								['In good standing', String(good)],
								[
									'Residual risk',
									(['critical', 'high', 'medium', 'low'] as const)
										.map((r) => `${RISK_RATING_LABEL[r]} ${counts[r]}`)
										.join(', ')
								]
							]
						},
						{
							kind: 'table',
							columns: [
								{ header: 'Vendor', width: 2.2 },
								{ header: 'Service', width: 2.2 },
								{ header: 'Tier', width: 1.1 },
								{ header: 'Risk (0–100)', width: 1.5 },
								{ header: 'Next review', width: 1.5 },
								{ header: 'Standing', width: 3.5 }
							],
							rows,
							empty: ''
						}
					]
	};
}

/** A policy's text in the table: "v2, approved 15 Mar 2026", "v1 draft", or "—". */
function textCell(state: TextState): string {
	if (state.kind === 'not_started') return '—';
	if (state.kind === 'approved')
		return `v${state.version}, approved ${formatDate(state.approvedAt)}`;
	return state.approved?.approvedAt
		? `v${state.version} draft (v${state.approved.version} approved ${formatDate(state.approved.approvedAt)})`
		: `v${state.version} draft`;
}

/** Every policy the scope calls for, with its status, text version, owner and dates. */
export function policySection(ctx: ReportContext): Section {
	const rowsById = new Map(ctx.policies.map((p) => [p.policyId, p]));
	const titles = new Map(ctx.catalog.policies.map((p) => [p.id, p.title]));
	const ids = ctx.evaluation.applicablePolicies;
	const statuses = ids.map((id) => ctx.evaluation.policyStatus.get(id) ?? 'missing');
	const ready = statuses.filter((s) => s === 'approved' || s === 'published').length;
	const written = ids.filter((id) => ctx.policyTexts.some((t) => t.policyId === id)).length;
	return {
		id: 'policies',
		title: 'Policies',
		newPage: false,
		blocks: [
			{
				kind: 'paragraph',
				text: `${ready} of ${plural(ids.length, 'policy', 'policies')} your scope calls for ${ready === 1 ? 'is' : 'are'} approved or published. A control governed by a missing or draft policy cannot reach full credit. ${written} of them ${written === 1 ? 'has' : 'have'} a text written in the app; "Text" gives its newest version and whether that version is approved.`
			},
			{
				kind: 'table',
				columns: [
					{ header: 'Policy', width: 4 },
					{ header: 'Status', width: 1.3 },
					{ header: 'Text', width: 1.8 },
					{ header: 'Owner', width: 2 },
					{ header: 'Approved', width: 1.5 },
					{ header: 'Next review', width: 1.5 }
				],
				rows: ids.map((id, i) => {
					const row = rowsById.get(id);
					const status = statuses[i] ?? 'missing';
					return [
						cell(titles.get(id) ?? id),
						cell(POLICY_STATUS_LABEL[status], POLICY_TONE[status], true),
						cell(textCell(textState(ctx.policyTexts, id))),
						cell(row?.ownerName || '—'),
						cell(formatDate(row?.approvedAt)),
						cell(formatDate(row?.nextReview))
					];
				}),
				empty: 'No policy is expected for this scope.'
			}
		]
	};
}

/** Appendix: every applicable control with its status, owner and evidence. */
export function appendixSection(ctx: ReportContext): Section {
	const e = ctx.evaluation;
	const rows: Cell[][] = e.scope.applicableControlIds.map((id) => {
		const ctl = e.controlsById.get(id);
		const st = e.statesById.get(id);
		const status = st?.status ?? 'not_assessed';
		const evidence = ctx.evidenceByControl.get(id) ?? [];
		const evText = evidence.length
			? evidence
					.map((ev) => `${ev.title}${ev.location.trim() ? `: ${ev.location.trim()}` : ''}`)
					.join('\n')
			: 'None';
		return [
			cell(id, undefined, true),
			cell(`${ctl?.title ?? id}${ctl?.key ? ' (key control)' : ''}`),
			cell(CONTROL_STATUS_LABEL[status], STATUS_TONE[status], true),
			cell(ownerText(st?.ownerName ?? '', st?.ownerDepartment ?? ctl?.department)),
			cell(evText, evidence.length ? undefined : 'muted')
		];
	});
	return {
		id: 'appendix',
		title: 'Appendix: controls and evidence',
		newPage: true,
		blocks: [
			{
				kind: 'paragraph',
				text: `Every control that applies after scoping (${rows.length}), with its status, owner and the evidence recorded for it. Evidence locations are printed as entered.`
			},
			{
				kind: 'table',
				columns: [
					{ header: 'Control', width: 1.2 },
					{ header: 'Title', width: 3.8 },
					{ header: 'Status', width: 1.9 },
					{ header: 'Owner', width: 2 },
					{ header: 'Evidence', width: 4.1 }
				],
				rows,
				empty: 'No control applies.'
			}
		]
	};
}
