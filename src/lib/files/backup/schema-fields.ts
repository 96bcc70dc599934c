/**
 * Field validators for backup records, each with the plain message shown after the field's path
 * ("assessments[0].controls[3].status: expected one of …"). Built on valibot.
 */
import * as v from 'valibot';
import { isValidDate } from '$lib/domain/dates';

/** Ids made by the app are UUIDs; older or seeded data may use short slugs. */
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** Catalog ids: 'IAM-01', 'POL-ACCESS', 'company_size'. */
const CATALOG_ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
const CATALOG_VERSION_RE = /^\d{4}\.\d{1,4}$/;

const RECEIVED: Record<string, string> = {
	undefined: 'nothing',
	Object: 'an object',
	Array: 'a list',
	null: 'null'
};

/** What was found, in words, shortened so a huge value cannot flood the message. */
function describe(issue: v.BaseIssue<unknown>): string {
	const found = RECEIVED[issue.received] ?? issue.received;
	return found.length > 60 ? `${found.slice(0, 57)}…"` : found;
}

/** A strict object: unknown fields are refused, missing ones named. */
export function record<const E extends v.ObjectEntries>(entries: E) {
	return v.strictObject(entries, (issue) => {
		if (issue.expected === 'never') return 'unknown field (not part of the backup format)';
		if (issue.expected?.startsWith('"')) return 'required field is missing';
		return `expected an object, found ${describe(issue)}`;
	});
}

/** A list of at most `max` items. */
export function list<const T extends v.GenericSchema>(item: T, max: number) {
	return v.pipe(
		v.array(item, (issue) => `expected a list, found ${describe(issue)}`),
		v.maxLength(max, `expected at most ${max} items`)
	);
}

/** Text of at most `max` characters (any content: it is always shown as text). */
export function text(max: number) {
	return v.pipe(
		v.string((issue) => `expected text, found ${describe(issue)}`),
		v.maxLength(max, (issue) => `expected at most ${max} characters, found ${issue.received}`)
	);
}

export function id() {
	return v.pipe(
		v.string((issue) => `expected an id, found ${describe(issue)}`),
		v.regex(ID_RE, 'expected an id of 1 to 64 letters, digits, "-" or "_"')
	);
}

export function catalogId() {
	return v.pipe(
		v.string((issue) => `expected a catalog id, found ${describe(issue)}`),
		v.regex(CATALOG_ID_RE, 'expected a catalog id such as IAM-01 or POL-ACCESS')
	);
}

export function catalogVersion() {
	return v.pipe(
		v.string((issue) => `expected a catalog version, found ${describe(issue)}`),
		v.regex(CATALOG_VERSION_RE, 'expected a catalog version such as 2026.1')
	);
}

/** A calendar date 'YYYY-MM-DD' between 1900 and 2199. */
export function date() {
	return v.pipe(
		v.string((issue) => `expected a date (YYYY-MM-DD), found ${describe(issue)}`),
		v.check(isValidDate, (issue) => `expected a real date as YYYY-MM-DD, found ${describe(issue)}`)
	);
}

function isTimestamp(value: string): boolean {
	return TIMESTAMP_RE.test(value) && isValidDate(value.slice(0, 10));
}

/** An ISO date-time in UTC, as `Date.prototype.toISOString` writes it. */
export function timestamp() {
	return v.pipe(
		v.string((issue) => `expected a date and time, found ${describe(issue)}`),
		v.check(
			isTimestamp,
			(issue) =>
				`expected a UTC date and time such as 2026-05-01T09:30:00.000Z, found ${describe(issue)}`
		)
	);
}

/** One of a fixed set of values; the message lists them. */
export function oneOf<const T extends readonly (string | number)[]>(options: T) {
	return v.picklist(
		options,
		(issue) => `expected one of ${options.join(', ')}, found ${describe(issue)}`
	);
}

/** A finite number in [min, max]; `integer` refuses fractions. */
export function num(min: number, max: number, integer = false) {
	const kind = integer ? 'a whole number' : 'a number';
	return v.pipe(
		v.number((issue) => `expected ${kind}, found ${describe(issue)}`),
		v.check(
			(n) => Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)),
			(issue) => `expected ${kind} from ${min} to ${max}, found ${describe(issue)}`
		)
	);
}

export function bool() {
	return v.boolean((issue) => `expected true or false, found ${describe(issue)}`);
}

/** `schema` or null (a wrong value reports the inner expectation). */
export function orNull<const T extends v.GenericSchema>(schema: T) {
	return v.nullable(schema);
}

/**
 * Compile-time guards for the record schemas: true when the schema's output is exactly T (each
 * assignable to the other, the same keys), so a field added to a record type fails the type check
 * until its schema knows it.
 */
export type Matches<S extends v.GenericSchema, T> = [v.InferOutput<S>] extends [T]
	? [T] extends [v.InferOutput<S>]
		? [keyof v.InferOutput<S>] extends [keyof T]
			? [keyof T] extends [keyof v.InferOutput<S>]
				? true
				: false
			: false
		: false
	: false;
export type AllTrue<T extends readonly true[]> = T;
