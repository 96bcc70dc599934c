/**
 * The roster import's vocabulary: which fields a column can hold, their limits, and the shape of
 * the problems and results the validation reports (roster.ts).
 */
import { LIMITS } from '../limits';
import type { PersonDraft } from './types';

export type RosterField =
	| 'name'
	| 'email'
	| 'role'
	| 'department'
	| 'manager'
	| 'startDate'
	| 'endDate'
	| 'employmentType'
	| 'inScope'
	| 'companyDevice';

/** For each field, the header of the column that holds it (absent: no column). */
export type RosterMapping = Partial<Record<RosterField, string>>;

/** A parsed row: header → cell text. */
export type RosterRecord = Readonly<Record<string, string>>;

export const ROSTER_FIELD_LABEL: Record<RosterField, string> = {
	name: 'name',
	email: 'email',
	role: 'role',
	department: 'department',
	manager: 'manager',
	startDate: 'start date',
	endDate: 'end date',
	employmentType: 'employment type',
	inScope: 'in scope',
	companyDevice: 'company device'
};

/** Longest text per field; an email address cannot be longer than 254 characters. */
export const ROSTER_TEXT_MAX = {
	name: LIMITS.personName,
	email: 254,
	role: LIMITS.title,
	department: LIMITS.title,
	manager: LIMITS.personName
} as const;

export type RosterTextField = keyof typeof ROSTER_TEXT_MAX;
export const ROSTER_TEXT_FIELDS = Object.keys(ROSTER_TEXT_MAX) as RosterTextField[];

export type RosterIssueCode =
	| 'empty_roster'
	| 'missing_column'
	| 'required'
	| 'too_long'
	| 'email'
	| 'date'
	| 'end_before_start'
	| 'employment_type'
	| 'yes_no'
	| 'duplicate_email'
	| 'duplicate_person'
	| 'formula'
	| 'defaulted';

export interface RosterIssue {
	/** Spreadsheet row (the header is row 1); null for a problem with the whole file. */
	row: number | null;
	field: RosterField | null;
	code: RosterIssueCode;
	/** Starts "Row N: " when it belongs to a row. */
	message: string;
}

export interface RosterRowResult {
	row: number;
	/** The person the row describes, when the row has no error. */
	draft: PersonDraft | null;
	errors: RosterIssue[];
	warnings: RosterIssue[];
}

export interface RosterResult {
	rows: RosterRowResult[];
	/** Every error, file-level first, then by row. */
	errors: RosterIssue[];
	/** Things filled in or worth a look; they do not stop the import. */
	warnings: RosterIssue[];
	/** All rows as drafts when there is no error at all; otherwise empty (all-or-nothing). */
	drafts: PersonDraft[];
}
