/**
 * The report as a document model: which sections each variant has, in which order, with every
 * word and number decided here. Pure (no jsPDF, no DOM, no clock), so it is unit-tested and the
 * renderer only lays it out.
 */
import { formatDate } from '$lib/domain/dates';
import { preparedBy } from '$lib/domain/preparer';
import { REPORT_TYPE_LABEL } from '$lib/domain/types';
import { reportContext, type ReportInput } from './input';
import { scoringMethodBlocks } from './method';
import { VARIANT_TITLE, type Cover, type ReportDocument, type Section } from './model';
import { descriptionReadinessSection } from './sections-description';
import { crosswalkAppendix, frameworkSections } from './sections-frameworks';
import { allGapsSection, criteriaSection, timelineSection } from './sections-detail';
import { appendixSection, policySection, vendorSection } from './sections-records';
import { riskRegisterSection, riskSummarySection } from './sections-risks';
import { peopleSection, peopleSummarySection } from './sections-people';
import { glossarySection, storySection } from './sections-story';
import { progressSection, scopeSection } from './sections-scope';
import {
	aboutSection,
	caveat,
	glanceSection,
	strengthsSection,
	topGapsSection
} from './sections-summary';
import { reportFileName } from './text';

export type { ReportInput } from './input';
export type * from './model';

/** Gaps listed in the investor summary and at the top of the full report. */
export const TOP_GAPS = 10;

function cover(input: ReportInput): Cover {
	const a = input.assessment;
	const scope = input.evaluation.scope.categories
		.filter((c) => c.inScope)
		.map((c) => c.title)
		.join(', ');
	const period =
		a.reportType === 'type2'
			? `${REPORT_TYPE_LABEL.type2}, ${a.observationMonths}-month observation window`
			: REPORT_TYPE_LABEL.type1;
	const by = input.preparer ? preparedBy(input.preparer) : '';
	return {
		title: VARIANT_TITLE[input.variant],
		company: a.companyName,
		facts: [
			...(by
				? ([
						['Prepared for', a.companyName.trim() || 'Unnamed company'],
						['Prepared by', by]
					] satisfies Array<[string, string]>)
				: []),
			['Assessor', a.assessor.trim() || 'Not recorded'],
			['Date', formatDate(input.today)],
			['Report type', `SOC 2 ${period}`],
			['Scope', scope],
			['Catalog version', input.catalog.version]
		],
		caveat: caveat(a.companyName),
		logo: input.preparer?.logo ?? null
	};
}

/** Builds the investor summary or the full gap report from an assessment's data. */
export function buildReport(input: ReportInput): ReportDocument {
	const ctx = reportContext(input);
	const full = input.variant === 'full';
	const sections: Section[] = full
		? [glanceSection(ctx), strengthsSection(ctx)]
		: [storySection(ctx), glanceSection(ctx), strengthsSection(ctx)];
	if (input.comparison) sections.push(progressSection(ctx, input.comparison));
	sections.push(topGapsSection(ctx, TOP_GAPS));
	if (full) {
		sections.push(
			criteriaSection(ctx),
			allGapsSection(ctx),
			timelineSection(ctx),
			vendorSection(ctx),
			riskRegisterSection(ctx),
			peopleSection(ctx),
			policySection(ctx),
			descriptionReadinessSection(ctx),
			...frameworkSections(ctx),
			scopeSection(ctx),
			{
				id: 'method',
				title: 'How the scores are calculated',
				newPage: true,
				blocks: scoringMethodBlocks()
			},
			appendixSection(ctx),
			crosswalkAppendix(ctx)
		);
	} else sections.push(riskSummarySection(ctx), peopleSummarySection(ctx), glossarySection());
	sections.push(aboutSection(ctx));
	return {
		variant: input.variant,
		title: VARIANT_TITLE[input.variant],
		company: input.assessment.companyName,
		fileName: reportFileName(input.assessment.companyName, input.variant, input.today),
		cover: cover(input),
		contents: full,
		sections
	};
}
