/**
 * The system description as an editable document (Markdown and DOCX share this model): every
 * catalog section in order, its text as typed, its entries as tables, and a visible note on each
 * section that is not reviewed yet, so a draft is never mistaken for a finished description.
 * Pure (it lives here, not in domain/, because it builds the files layer's model): the date is
 * passed in.
 */
import { COMPONENTS_GROUP, DESCRIPTION_SECTIONS } from '$lib/catalog/system-description';
import { formatDate } from '$lib/domain/dates';
import type { DescriptionSection } from '$lib/domain/description/records';
import { METHOD_LABEL } from '$lib/domain/description/sections';
import { descriptionSummary, sectionReadiness } from '$lib/domain/description/status';
import type { ObservationMonths, ReportType } from '$lib/domain/types';
import type { DocBlock, DocModel } from './doc-model';

export interface DescriptionExportInput {
	companyName: string;
	reportType: ReportType;
	observationMonths: ObservationMonths;
	rows: readonly DescriptionSection[];
	/** 'YYYY-MM-DD' */
	today: string;
}

/** Paragraphs as the user separated them (a blank line), each kept with its line breaks. */
function paragraphs(text: string): DocBlock[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.filter((p) => p.trim() !== '')
		.map((p) => ({ kind: 'paragraph', text: p }));
}

function statusNote(row: DescriptionSection | undefined): DocBlock {
	const r = sectionReadiness(row);
	if (r === 'reviewed' && row)
		return {
			kind: 'note',
			text: `Reviewed by ${row.reviewedBy || 'someone not named'} on ${formatDate(row.reviewedAt)}.`
		};
	if (r === 'draft') return { kind: 'note', text: 'Draft — for review.' };
	return { kind: 'note', text: 'Not started — to complete.' };
}

function itemsTable(row: DescriptionSection, subservice: boolean): DocBlock | null {
	const items = row.items.filter((i) => i.name.trim() !== '' || i.detail.trim() !== '');
	if (items.length === 0) return null;
	if (subservice)
		return {
			kind: 'table',
			header: [
				'Organisation',
				'Method',
				'Controls we expect it to operate, and how we monitor them'
			],
			rows: items.map((i) => [i.name, i.method ? METHOD_LABEL[i.method] : '', i.detail])
		};
	return {
		kind: 'table',
		header: ['Control the customer operates', 'Detail'],
		rows: items.map((i) => [i.name, i.detail])
	};
}

/** The whole description as a document model. */
export function descriptionDocument(input: DescriptionExportInput): DocModel {
	const company = input.companyName.trim() || 'The company';
	const byId = new Map(input.rows.map((r) => [r.sectionId, r]));
	const summary = descriptionSummary(input.rows);
	const period =
		input.reportType === 'type2'
			? `SOC 2 Type II, ${input.observationMonths}-month period`
			: 'SOC 2 Type I';
	const blocks: DocBlock[] = [
		{ kind: 'heading', level: 1, text: `${company}: description of the system` },
		{ kind: 'paragraph', text: `${period}. Exported ${formatDate(input.today)}.` },
		{
			kind: 'note',
			text: summary.complete
				? `All ${summary.total} sections reviewed.`
				: `Working draft: ${summary.reviewed} of ${summary.total} sections reviewed, ${summary.notStarted} not started. Text marked "[to complete: …]" still needs your own words.`
		}
	];
	let group: string | undefined;
	for (const s of DESCRIPTION_SECTIONS) {
		const inGroup = 'group' in s;
		if (inGroup && group !== COMPONENTS_GROUP)
			blocks.push({ kind: 'heading', level: 2, text: COMPONENTS_GROUP });
		group = inGroup ? COMPONENTS_GROUP : undefined;
		const row = byId.get(s.id);
		blocks.push({ kind: 'heading', level: inGroup ? 3 : 2, text: s.title }, statusNote(row));
		if (row) {
			blocks.push(...paragraphs(row.text));
			const table = itemsTable(row, s.id === 'subservice');
			if (table) blocks.push(table);
		}
	}
	return {
		title: `${company} system description`,
		blocks,
		footer: summary.complete
			? `${company} system description`
			: `${company} system description (draft)`
	};
}

/** The export's file name without extension: company, what it is, the date. */
export function descriptionFileStem(companyName: string): string {
	return `${companyName.trim() || 'company'} system description`;
}
