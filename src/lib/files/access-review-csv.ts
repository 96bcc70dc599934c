/**
 * One access review as a spreadsheet, for the auditor's evidence folder: each account with the
 * person it matched, its flags, the reviewer's decision and note. Every cell goes through toCsv,
 * so an account or note that starts like a formula opens as text.
 */
import type { AccountFlag, AccountMatch } from '$lib/domain/people/access-review';
import type { AccessReview, AccountDecisionKind } from '$lib/domain/people/types';
import { toCsv, type CsvColumn } from './csv';

export const FLAG_LABEL: Record<AccountFlag, string> = {
	leaver: 'Leaver',
	unknown: 'Unknown',
	shared: 'Shared',
	ambiguous: 'Ambiguous'
};

export const DECISION_LABEL: Record<AccountDecisionKind, string> = {
	keep: 'Keep',
	change: 'Change',
	remove: 'Remove'
};

export interface ReviewCsvRow {
	account: string;
	email: string;
	displayName: string;
	person: string;
	matchedBy: string;
	flags: string;
	decision: string;
	note: string;
}

/**
 * The rows of the export, in list order. `personName` gives a matched person's name as the
 * roster has it now (an empty string when the person has gone from the roster).
 */
export function reviewCsvRows(
	review: Pick<AccessReview, 'accounts' | 'decisions'>,
	matches: readonly AccountMatch[],
	personName: (id: string) => string
): ReviewCsvRow[] {
	const decisions = new Map(review.decisions.map((d) => [d.account, d]));
	return review.accounts.map((a, i) => {
		const m = matches[i];
		const d = decisions.get(a.account);
		return {
			account: a.account,
			email: a.email ?? '',
			displayName: a.displayName ?? '',
			person: m?.personId ? personName(m.personId) : '',
			matchedBy: m?.matchedBy ?? '',
			flags: (m?.flags ?? []).map((f) => FLAG_LABEL[f]).join('; '),
			decision: d ? DECISION_LABEL[d.decision] : '',
			note: d?.note ?? ''
		};
	});
}

const COLUMNS: CsvColumn<ReviewCsvRow>[] = [
	{ header: 'Account', value: (r) => r.account },
	{ header: 'Email', value: (r) => r.email },
	{ header: 'Display name', value: (r) => r.displayName },
	{ header: 'Matched person', value: (r) => r.person },
	{ header: 'Matched by', value: (r) => r.matchedBy },
	{ header: 'Flags', value: (r) => r.flags },
	{ header: 'Decision', value: (r) => r.decision },
	{ header: 'Note', value: (r) => r.note }
];

/** The CSV text of one review (UTF-8 byte-order mark, CRLF, formulas neutralised). */
export function accessReviewToCsv(rows: readonly ReviewCsvRow[]): string {
	return toCsv(COLUMNS, rows);
}
