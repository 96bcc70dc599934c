/**
 * Readiness of the system description: each section not started, draft or reviewed, an overall
 * summary, and the checks a section and its review must pass before they are saved. Pure: the
 * calendar date is passed in.
 */
import { DESCRIPTION_SECTIONS } from '$lib/catalog/system-description';
import { formatDate, isValidDate } from '../dates';
import { LIMITS } from '../limits';
import type { DescriptionItem, DescriptionSection } from './records';

export type SectionReadiness = 'not_started' | 'draft' | 'reviewed';

export const READINESS_LABEL: Record<SectionReadiness, string> = {
	not_started: 'Not started',
	draft: 'Draft',
	reviewed: 'Reviewed'
};

/** Reviews older than this are typing mistakes (the product and SOC 2 are younger). */
export const EARLIEST_REVIEW = '2000-01-01';

/** True when the section holds anything the user (or an accepted proposal) wrote. */
export function isWritten(row: Pick<DescriptionSection, 'text' | 'items'> | undefined): boolean {
	return !!row && (row.text.trim() !== '' || row.items.length > 0);
}

/** A section's readiness; a missing row, or an empty one, is not started. */
export function sectionReadiness(row: DescriptionSection | undefined): SectionReadiness {
	if (!row) return 'not_started';
	if (row.status === 'reviewed') return 'reviewed';
	return isWritten(row) ? 'draft' : 'not_started';
}

export interface DescriptionSummary {
	total: number;
	notStarted: number;
	/** Written but not reviewed. */
	draft: number;
	reviewed: number;
	/** Every section is at least drafted. */
	drafted: boolean;
	/** Every section is reviewed. */
	complete: boolean;
	bySection: ReadonlyArray<{ id: string; title: string; readiness: SectionReadiness }>;
}

/** The readiness of every catalog section, rows the catalog no longer knows being ignored. */
export function descriptionSummary(rows: readonly DescriptionSection[]): DescriptionSummary {
	const byId = new Map(rows.map((r) => [r.sectionId, r]));
	const bySection = DESCRIPTION_SECTIONS.map((s) => ({
		id: s.id,
		title: s.title,
		readiness: sectionReadiness(byId.get(s.id))
	}));
	const count = (r: SectionReadiness) => bySection.filter((s) => s.readiness === r).length;
	const notStarted = count('not_started');
	const reviewed = count('reviewed');
	return {
		total: bySection.length,
		notStarted,
		draft: count('draft'),
		reviewed,
		drafted: notStarted === 0,
		complete: reviewed === bySection.length,
		bySection
	};
}

/** One line for reports: "Drafted: 9 of 13 sections written, 2 reviewed". */
export function summaryLine(s: DescriptionSummary): string {
	const written = s.total - s.notStarted;
	if (written === 0) return `Not started (0 of ${s.total} sections written)`;
	const state = s.complete ? 'Reviewed' : s.drafted ? 'Drafted' : 'In progress';
	return `${state}: ${written} of ${s.total} sections written, ${s.reviewed} reviewed`;
}

export type SectionField = 'text' | 'items';

function tooLong(what: string, value: string, max: number): string | null {
	return value.length > max
		? `Keep the ${what} to ${max.toLocaleString('en')} characters (this one has ${value.length.toLocaleString('en')}).`
		: null;
}

/** Messages for a section's text and items (empty when it may be saved). */
export function sectionErrors(
	row: Pick<DescriptionSection, 'text' | 'items'>
): Partial<Record<SectionField, string>> {
	const errors: Partial<Record<SectionField, string>> = {};
	const text = tooLong('section text', row.text, LIMITS.section);
	if (text) errors.text = text;
	const item = row.items.map(itemError).find((m) => m !== null);
	if (item) errors.items = item;
	return errors;
}

/** The first problem with one listed entry, or null. */
export function itemError(item: DescriptionItem): string | null {
	return (
		tooLong('name', item.name, LIMITS.title) ??
		tooLong('detail', item.detail, LIMITS.note) ??
		(item.name.trim() === '' && item.detail.trim() !== '' ? 'Give this entry a name.' : null)
	);
}

export interface ReviewInput {
	reviewedBy: string;
	reviewedAt: string;
}

/** Messages for a review before it is recorded; `today` is 'YYYY-MM-DD'. */
export function reviewErrors(
	input: ReviewInput,
	today: string
): Partial<Record<keyof ReviewInput, string>> {
	const errors: Partial<Record<keyof ReviewInput, string>> = {};
	const who = input.reviewedBy.trim();
	if (who === '') errors.reviewedBy = 'Enter who reviewed the section.';
	else if (who.length > LIMITS.personName)
		errors.reviewedBy = `Keep the reviewer's name to ${LIMITS.personName} characters.`;
	const d = input.reviewedAt;
	if (d === '') errors.reviewedAt = 'Enter the date of the review.';
	else if (!isValidDate(d)) errors.reviewedAt = 'Enter a real date, such as 2027-03-31.';
	else if (d < EARLIEST_REVIEW)
		errors.reviewedAt = `A review on ${formatDate(d)} is before ${formatDate(EARLIEST_REVIEW)}: check the year.`;
	else if (d > today)
		errors.reviewedAt = `A review cannot be dated after today (${formatDate(today)}).`;
	return errors;
}
