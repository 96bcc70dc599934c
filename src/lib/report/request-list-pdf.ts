/**
 * The workshop PDF of the evidence request list: for one owner, or for every owner with each on a
 * page of their own, what they owe the auditor, whether it is on file and by when, one table row
 * per control and part as on the Evidence page, so it stays short enough to print. A document
 * model like the gap report's (plain data, every word decided here, pure and tested), drawn by
 * render-request-pdf.ts, which only lays it out.
 */
import { formatDate } from '$lib/domain/dates';
import { entriesOf } from '$lib/domain/evidence/request-entries';
import {
	REQUEST_PART_LABEL,
	REQUEST_STATUS_LABEL,
	groupByOwner,
	type RequestGroup,
	type RequestRow,
	type RequestStatus
} from '$lib/domain/evidence/request-list';
import type { ReportType } from '$lib/domain/types';
import type { RequestBasis } from './request-list-basis';
import { basisFileTag } from './request-list-basis';
import { cell, type Column, type Section, type Tone } from './model';
import { plural, slug } from './text';

export const REQUEST_PDF_TITLE = 'Evidence requests';

export interface RequestPdfDocument {
	title: string;
	company: string;
	fileName: string;
	/** Printed once, at the top of the first page. */
	facts: Array<[string, string]>;
	basis: string[];
	/** One per owner; every one after the first starts a new page. */
	sections: Section[];
}

export interface RequestPdfInput {
	rows: readonly RequestRow[];
	basis: RequestBasis;
	company: string;
	reportType: ReportType;
	today: string;
	/** An owner group's key (see groupByOwner), or null for every owner. */
	owner: string | null;
}

export const STATUS_TONE: Record<RequestStatus, Tone> = {
	on_file: 'ok',
	stale: 'warn',
	missing: 'bad'
};

const COLUMNS: Column[] = [
	{ header: 'Control', width: 24 },
	{ header: 'Evidence to provide', width: 38 },
	{ header: 'Status', width: 22 },
	{ header: 'On file', width: 22 },
	{ header: 'Due', width: 13 }
];

function counts(g: RequestGroup): string {
	const c = g.counts;
	return `${plural(g.rows.length, 'request')}: ${c.missing} missing, ${c.stale} stale, ${c.on_file} on file.`;
}

function ownerSection(g: RequestGroup, i: number, type2: boolean): Section {
	return {
		id: `owner-${g.key || 'none'}`,
		title: g.label,
		newPage: i > 0,
		blocks: [
			{ kind: 'paragraph', text: counts(g) },
			{
				kind: 'table',
				columns: COLUMNS,
				rows: entriesOf(g.rows).map(({ row: r, expected }) => [
					cell(`${r.controlId}${r.key ? ' (key)' : ''}\n${r.title}`),
					cell(
						(type2 ? [REQUEST_PART_LABEL[r.part], ...expected] : expected)
							.map((line, i) => (type2 && i === 0 ? `${line}:` : `• ${line}`))
							.join('\n')
					),
					cell(`${REQUEST_STATUS_LABEL[r.status]}: ${r.reason}`, STATUS_TONE[r.status], true),
					cell(r.evidenceTitles.length > 0 ? r.evidenceTitles.join('\n') : '—'),
					cell(formatDate(r.dueDate))
				]),
				empty: 'Nothing is asked of this owner.'
			}
		]
	};
}

/**
 * The PDF for `input.owner` (or every owner), with what the list rests on at the top. An owner
 * with no row gives a document that says so rather than an empty page.
 */
export function buildRequestPdf(input: RequestPdfInput): RequestPdfDocument {
	const all = groupByOwner(input.rows);
	const groups = input.owner === null ? all : all.filter((g) => g.key === input.owner);
	const type2 = input.reportType === 'type2';
	const who = input.owner === null ? 'every owner' : (groups[0]?.label ?? input.owner);
	const whoSlug = input.owner === null ? 'all-owners' : slug(who) || 'owner';
	const sections = groups.map((g, i) => ownerSection(g, i, type2));
	if (sections.length === 0)
		sections.push({
			id: 'none',
			title: who,
			newPage: false,
			blocks: [{ kind: 'paragraph', text: 'Nothing is asked of this owner.' }]
		});
	return {
		title: REQUEST_PDF_TITLE,
		company: input.company,
		fileName: `${slug(input.company) || 'assessment'}-evidence-requests-${whoSlug}-${basisFileTag(input.reportType, input.today)}.pdf`,
		facts: [...input.basis.facts, ['For', input.owner === null ? 'Every owner' : who]],
		basis: input.basis.rules,
		sections
	};
}
