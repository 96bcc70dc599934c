/**
 * The system description in the reports: its readiness by section in the full gap report, and
 * one line in the summary facts (the investor summary says whether it is drafted). Only states
 * and review dates are printed; the description's text stays in its own export.
 */
import { formatDate } from '$lib/domain/dates';
import {
	READINESS_LABEL,
	descriptionSummary,
	summaryLine,
	type SectionReadiness
} from '$lib/domain/description/status';
import type { ReportContext } from './input';
import { cell, type Section, type Tone } from './model';

const TONE: Record<SectionReadiness, Tone> = {
	not_started: 'bad',
	draft: 'warn',
	reviewed: 'ok'
};

/** The fact row for the summary: "System description", "Drafted: 13 of 13 sections written, …". */
export function descriptionFact(ctx: ReportContext): [string, string] {
	return ['System description', summaryLine(descriptionSummary(ctx.description))];
}

/** Each section of the description with its state and review. */
export function descriptionReadinessSection(ctx: ReportContext): Section {
	const summary = descriptionSummary(ctx.description);
	const byId = new Map(ctx.description.map((r) => [r.sectionId, r]));
	return {
		id: 'description',
		title: 'System description',
		newPage: false,
		blocks: [
			{
				kind: 'paragraph',
				text: `${summaryLine(summary)}. The auditor reads the description before testing controls, and it is published in the report; every section needs your own words and a review.`
			},
			{
				kind: 'table',
				columns: [
					{ header: 'Section', width: 4 },
					{ header: 'State', width: 1.4 },
					{ header: 'Reviewed', width: 2.6 }
				],
				rows: summary.bySection.map((s) => {
					const row = byId.get(s.id);
					return [
						cell(s.title),
						cell(READINESS_LABEL[s.readiness], TONE[s.readiness], true),
						cell(
							s.readiness === 'reviewed' && row
								? `${row.reviewedBy}, ${formatDate(row.reviewedAt)}`
								: '—'
						)
					];
				}),
				empty: ''
			}
		]
	};
}
