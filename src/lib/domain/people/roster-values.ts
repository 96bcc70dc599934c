/**
 * Reading one roster cell into a Person field: dates, employment types and yes/no answers. Each
 * parser returns the value or the reason it could not, worded for the import summary.
 */
import { addMonths, isValidDate } from '../dates';
import type { EmploymentType } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The earliest start or end date we believe: anything before is a typo or a birth date. */
export const EARLIEST_ROSTER_DATE = '1950-01-01';
/** How far ahead a date may be: a signed offer two years out is already unusual. */
export const MAX_MONTHS_AHEAD = 24;

/** Long cell text is cut in messages so one bad cell cannot flood the summary. */
export function quote(value: string): string {
	const v = value.trim();
	return `'${v.length > 40 ? `${v.slice(0, 39)}…` : v}'`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A 'YYYY-MM-DD' date between 1950-01-01 and two years after `today`; empty is null. Other forms
 * (31/01/2025, 2025-1-31) are refused rather than guessed: a day-month swap would move a
 * deadline without anyone noticing.
 */
export function parseRosterDate(raw: string, label: string, today: string): Parsed<string | null> {
	const v = raw.trim();
	if (v === '') return { ok: true, value: null };
	if (!ISO_DAY.test(v) || !isValidDate(v))
		return { ok: false, message: `${label} ${quote(v)} is not a date in the form YYYY-MM-DD` };
	if (v < EARLIEST_ROSTER_DATE)
		return { ok: false, message: `${label} ${quote(v)} is before 1950; check the year` };
	const latest = addMonths(today, MAX_MONTHS_AHEAD);
	if (v > latest)
		return {
			ok: false,
			message: `${label} ${quote(v)} is more than two years ahead (after ${latest}); check the year`
		};
	return { ok: true, value: v };
}

function words<T>(table: ReadonlyArray<readonly [T, readonly string[]]>): Map<string, T> {
	const map = new Map<string, T>();
	for (const [value, list] of table) for (const w of list) map.set(w, value);
	return map;
}

function key(raw: string): string {
	return raw
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, ' ');
}

const EMPLOYMENT_WORDS = words<EmploymentType>([
	[
		'employee',
		[
			'employee',
			'staff',
			'permanent',
			'full time',
			'fulltime',
			'part time',
			'parttime',
			'fte',
			'intern',
			'w2'
		]
	],
	[
		'contractor',
		[
			'contractor',
			'contract',
			'consultant',
			'freelancer',
			'freelance',
			'agency',
			'temp',
			'temporary',
			'1099'
		]
	]
]);

/** Employment type; empty is null (the caller defaults it and says so). */
export function parseEmploymentType(raw: string): Parsed<EmploymentType | null> {
	const k = key(raw);
	if (k === '') return { ok: true, value: null };
	const value = EMPLOYMENT_WORDS.get(k);
	if (value !== undefined) return { ok: true, value };
	return {
		ok: false,
		message: `employment type ${quote(raw)} is not known (use employee or contractor)`
	};
}

const YES_NO = words<boolean>([
	[true, ['yes', 'y', 'true', '1', 'x', 'in scope', 'in']],
	[false, ['no', 'n', 'false', '0', 'out of scope', 'out']]
]);

/** A yes/no cell; empty is null (the caller defaults it). */
export function parseYesNo(raw: string, label: string): Parsed<boolean | null> {
	const k = key(raw);
	if (k === '') return { ok: true, value: null };
	const value = YES_NO.get(k);
	if (value !== undefined) return { ok: true, value };
	return { ok: false, message: `${label} ${quote(raw)} must be yes or no` };
}
