/**
 * The risk register in the reports: the full gap report's summary of the register (review
 * status, counts by band, the top residual risks with treatment and owner, the heat map's counts,
 * vendor risks), and the investor summary's one paragraph on how many risks are treated.
 */
import { formatDate } from '$lib/domain/dates';
import { heatCounts } from '$lib/domain/risks/heat';
import type { Risk } from '$lib/domain/risks/records';
import { hasImplementedControl, registerStatus, treatedSummary } from '$lib/domain/risks/register';
import {
	BANDS,
	BAND_LABEL,
	CATEGORY_LABEL,
	IMPACT_SCALE,
	LIKELIHOOD_SCALE,
	TREATMENT_LABEL,
	ratingBand,
	riskScore,
	type RiskBand
} from '$lib/domain/risks/scale';
import { vendorRisks } from '$lib/domain/risks/vendor-risks';
import type { ControlStatus } from '$lib/domain/types';
import type { ReportContext } from './input';
import { cell, type Block, type Cell, type Section, type Tone } from './model';
import { ownerText, plural, shorten } from './text';

/** Risks listed in the full report's table. */
export const TOP_RISKS = 10;

const BAND_TONE: Record<RiskBand, Tone> = {
	critical: 'bad',
	high: 'bad',
	medium: 'warn',
	low: 'ok'
};

/** A control's status when it applies, else null (how the register judges its mitigations). */
export function statusLookup(ctx: ReportContext): (id: string) => ControlStatus | null {
	const applicable = new Set(ctx.evaluation.scope.applicableControlIds);
	return (id) =>
		applicable.has(id) ? (ctx.evaluation.statesById.get(id)?.status ?? 'not_assessed') : null;
}

/** Highest residual first, then by title. */
function ranked(risks: readonly Risk[]): Risk[] {
	return [...risks].sort(
		(a, b) => riskScore(b.residual) - riskScore(a.residual) || a.title.localeCompare(b.title)
	);
}

function reviewLine(ctx: ReportContext): { text: string; tone: Tone } {
	const s = registerStatus(ctx.riskReviews, ctx.today);
	if (s.state === 'none')
		return {
			text: 'The risk register has not been reviewed: the annual review that CC3.1–CC3.4 and CC9.1 expect is missing, and this blocks Audit-ready.',
			tone: 'bad'
		};
	const by = s.last?.reviewer.trim() || 'someone not recorded';
	if (s.state === 'stale')
		return {
			text: `The register was last reviewed on ${formatDate(s.last?.reviewedAt)} by ${by}, more than a year ago: the review is stale and blocks Audit-ready.`,
			tone: 'bad'
		};
	return {
		text: `The register was last reviewed on ${formatDate(s.last?.reviewedAt)} by ${by}; the next review is due by ${formatDate(s.due)}.`,
		tone: 'ok'
	};
}

/** The full gap report's risk register section. */
export function riskRegisterSection(ctx: ReportContext): Section {
	const statusOf = statusLookup(ctx);
	const risks = ranked(ctx.risks);
	const counts: Record<RiskBand, number> = { critical: 0, high: 0, medium: 0, low: 0 };
	for (const r of risks) counts[ratingBand(r.residual)] += 1;
	const treated = treatedSummary(risks, statusOf);
	const vendors = vendorRisks(ctx.vendors, ctx.today);
	const review = reviewLine(ctx);
	const blocks: Block[] = [
		{ kind: 'callout', text: review.text, tone: review.tone },
		{
			kind: 'paragraph',
			text:
				risks.length === 0
					? 'No risks are recorded in the register.'
					: `${plural(risks.length, 'risk')} recorded; by residual rating: ${BANDS.map((b) => `${BAND_LABEL[b].toLowerCase()} ${counts[b]}`).join(', ')}. ${treated.text} (mitigated by an implemented control, or accepted, transferred or avoided with a rationale). ${plural(vendors.length, 'vendor risk')} derived from the vendor programme.`
		},
		{ kind: 'heading', text: 'Top residual risks and their treatment' },
		{
			kind: 'table',
			columns: [
				{ header: 'Risk', width: 34 },
				{ header: 'Residual', width: 12 },
				{ header: 'Treatment', width: 26 },
				{ header: 'Owner', width: 14 },
				{ header: 'Controls', width: 14 }
			],
			rows: risks.slice(0, TOP_RISKS).map((r): Cell[] => {
				const band = ratingBand(r.residual);
				const implemented = r.controlIds.filter((id) => statusOf(id) === 'implemented');
				const why = r.treatmentRationale.trim();
				return [
					cell(
						`${r.title.trim() || 'Untitled risk'} (${CATEGORY_LABEL[r.category]})`,
						undefined,
						true
					),
					cell(`${riskScore(r.residual)} ${BAND_LABEL[band]}`, BAND_TONE[band]),
					cell(`${TREATMENT_LABEL[r.treatment]}${why ? `: ${shorten(why, 200)}` : ''}`),
					cell(ownerText(r.ownerName, r.ownerDepartment)),
					cell(
						r.controlIds.length === 0
							? 'None linked'
							: `${r.controlIds.join(', ')} (${implemented.length} implemented)`,
						hasImplementedControl(r, statusOf) ? undefined : 'warn'
					)
				];
			}),
			empty: 'No risks recorded.'
		}
	];
	if (risks.length > TOP_RISKS)
		blocks.push({
			kind: 'paragraph',
			text: `${risks.length - TOP_RISKS} lower-rated risks are not listed here; the register is on the Risks page.`,
			muted: true
		});
	if (risks.length > 0) {
		const heat = heatCounts(risks.map((r) => r.residual));
		blocks.push(
			{ kind: 'heading', text: 'Heat map: risks by residual likelihood and impact' },
			{
				kind: 'table',
				columns: [
					{ header: 'Likelihood \\ impact', width: 25 },
					...IMPACT_SCALE.map((s) => ({
						header: `${s.value} ${s.label}`,
						width: 15,
						align: 'right' as const
					}))
				],
				rows: [...LIKELIHOOD_SCALE]
					.reverse()
					.map((s) => [
						cell(`${s.value} ${s.label}`, undefined, true),
						...(heat[s.value - 1] ?? []).map((n) => cell(String(n)))
					]),
				empty: ''
			}
		);
	}
	if (vendors.length > 0)
		blocks.push(
			{ kind: 'heading', text: 'Vendor risks' },
			{
				kind: 'table',
				columns: [
					{ header: 'Vendor risk', width: 45 },
					{ header: 'Residual', width: 15 },
					{ header: 'Control areas', width: 40 }
				],
				rows: [...vendors]
					.sort((a, b) => riskScore(b.residual) - riskScore(a.residual))
					.map((v) => {
						const band = ratingBand(v.residual);
						return [
							cell(v.title),
							cell(`${riskScore(v.residual)} ${BAND_LABEL[band]}`, BAND_TONE[band]),
							cell(v.areas.map((a) => a.id).join(', '))
						];
					}),
				empty: ''
			}
		);
	return { id: 'risks', title: 'Risk register', newPage: true, blocks };
}

/** The investor summary's paragraph: how many risks are treated, and the register's review. */
export function riskSummarySection(ctx: ReportContext): Section {
	const treated = treatedSummary(ctx.risks, statusLookup(ctx));
	const review = reviewLine(ctx);
	return {
		id: 'risks',
		title: 'Risk register',
		newPage: false,
		blocks: [
			{
				kind: 'paragraph',
				text:
					treated.total === 0
						? 'No risks are recorded in the register yet.'
						: `${treated.text}: mitigated by an implemented control, or accepted, transferred or avoided with a written rationale.`
			},
			{ kind: 'callout', text: review.text, tone: review.tone }
		]
	};
}
