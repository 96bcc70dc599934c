/**
 * What the evidence request list rests on, in plain words, said once for the page and every file
 * made from it (the XLSX's first sheet, the workshop PDF, the file names), so they cannot drift
 * apart. The rules themselves live in $lib/domain/evidence/request-list; the numbers here are
 * read from the same constants. Pure.
 */
import { addMonths, formatDate } from '$lib/domain/dates';
import { STALE_AFTER_DAYS } from '$lib/domain/evidence/request-list';
import { DEFAULT_WINDOW_MONTHS, MAX_AGE_DAYS } from '$lib/domain/scoring/scoring';
import { REPORT_TYPE_LABEL, type ReportType } from '$lib/domain/types';
import type { XlsxSheet } from '$lib/files/xlsx-sheet';
import { slug } from './text';

export interface RequestBasisInput {
	company: string;
	reportType: ReportType;
	/** 'YYYY-MM-DD' */
	today: string;
	observationMonths?: number;
}

export interface RequestBasis {
	/** Label and value pairs: company, report type, date, which catalog lists. */
	facts: Array<[string, string]>;
	/** One sentence each: what is listed, what on file, stale, missing and the due date mean. */
	rules: string[];
}

const AGE_LIMITS = Object.entries(MAX_AGE_DAYS)
	.map(([frequency, days]) => `${days} days for ${frequency}`)
	.join(', ');

/** The facts and rules behind the list for `input.reportType` as of `input.today`. */
export function requestListBasis(input: RequestBasisInput): RequestBasis {
	const type2 = input.reportType === 'type2';
	const months = input.observationMonths ?? DEFAULT_WINDOW_MONTHS;
	const windowStart = addMonths(input.today, -months);
	const lists = type2
		? 'Type I evidence (design) and Type II evidence (operation)'
		: 'Type I evidence (design)';
	const period = type2
		? `SOC 2 ${REPORT_TYPE_LABEL.type2}, ${months}-month observation window`
		: `SOC 2 ${REPORT_TYPE_LABEL.type1}`;
	const other = type2
		? `for other controls, older than ${STALE_AFTER_DAYS} days on a design line, and on an operation line nothing dated inside the observation window (since ${formatDate(windowStart)})`
		: `for other controls, older than ${STALE_AFTER_DAYS} days`;
	return {
		facts: [
			['Company', input.company.trim() || 'Unnamed company'],
			['Report type', period],
			['As of', formatDate(input.today)],
			['Evidence lines from', `The catalog's ${lists} of each applicable control`]
		],
		rules: [
			type2
				? 'One row per applicable control and per evidence line the catalog expects: first the lines that show the control is designed and in place, then the lines that show it operated during the window, since a Type II auditor asks for both. Controls marked Not applicable are left out.'
				: 'One row per applicable control and per evidence line the catalog expects to show the control is designed and in place. Controls marked Not applicable are left out.',
			'Evidence is recorded per control, so every line of a control shares its items: design lines use items marked Type I or both, operation lines items marked Type II or both.',
			'Missing: nothing relevant is on file.',
			`Stale: no item carries a date, or the newest date is too old. Too old is, for a recurring control, older than its interval allows (${AGE_LIMITS}); ${other}. Evidence dated after today does not count.`,
			'On file: relevant evidence with a recent enough date.',
			"Due date: the control's own due date, else the earliest open plan task that covers the control."
		]
	};
}

/** The part of a file name that says what the list rests on: 'type2-2027-01-15'. */
export function basisFileTag(reportType: ReportType, today: string): string {
	return `${reportType}-${today}`;
}

/** 'acme-evidence-requests-type2-2027-01-15.csv' */
export function requestFileName(
	company: string,
	reportType: ReportType,
	today: string,
	ext: 'csv' | 'xlsx'
): string {
	return `${slug(company) || 'assessment'}-evidence-requests-${basisFileTag(reportType, today)}.${ext}`;
}

/** The workbook's first sheet: the facts, then each rule on a row of its own. */
export function basisSheet(basis: RequestBasis): XlsxSheet {
	return {
		name: 'About this list',
		headers: ['About this list', 'Detail'],
		rows: [...basis.facts, ...basis.rules.map((r, i) => [i === 0 ? 'Rules' : '', r])]
	};
}
