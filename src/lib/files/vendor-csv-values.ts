/**
 * Reading friendly spreadsheet values into vendor fields: "PII" -> customer personal data,
 * "Read only" -> read, "31/01/2025" -> 2025-01-31. Each parser returns the value or the reason
 * it could not, worded for the import summary. Accepted values are listed in docs/vendor-risk.md.
 */
import { isValidDate } from '$lib/domain/dates';
import type { DataAccess, Dependency, SystemAccess, VendorTier } from '$lib/domain/types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Lower case, with runs of spaces, underscores and hyphens made one space. */
export function normaliseWord(value: string): string {
	return value
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, ' ');
}

/** Long cell text is cut in messages so one bad cell cannot flood the summary. */
export function quoteFound(value: string): string {
	const v = value.trim();
	return `'${v.length > 40 ? `${v.slice(0, 39)}…` : v}'`;
}

function lookup<T extends string>(
	table: ReadonlyArray<readonly [T, readonly string[]]>
): Map<string, T> {
	const map = new Map<string, T>();
	for (const [key, words] of table) for (const word of words) map.set(word, key);
	return map;
}

const DATA_WORDS = lookup<DataAccess>([
	['none', ['none', 'no', 'no data', 'n/a', 'na', 'nothing']],
	['internal', ['internal', 'internal data', 'internal only', 'company data', 'company internal']],
	['confidential', ['confidential', 'confidential data', 'sensitive', 'restricted']],
	[
		'customer_personal',
		[
			'customer personal data',
			'customer personal',
			'personal data',
			'personal',
			'personal information',
			'pii',
			'customer pii'
		]
	]
]);

const SYSTEM_WORDS = lookup<SystemAccess>([
	['none', ['none', 'no', 'no access', 'n/a', 'na']],
	['read', ['read', 'read only', 'readonly', 'view', 'view only']],
	['write', ['write', 'read write', 'read/write', 'readwrite', 'edit']],
	['admin', ['admin', 'administrator', 'admin access', 'full', 'full access', 'root', 'owner']]
]);

const DEPENDENCY_WORDS = lookup<Dependency>([
	['low', ['low', 'l', 'minor']],
	['medium', ['medium', 'med', 'm', 'moderate']],
	['high', ['high', 'h', 'critical', 'essential']]
]);

const TIER_WORDS = lookup<VendorTier>([
	['low', ['low']],
	['medium', ['medium', 'med']],
	['high', ['high']],
	['critical', ['critical', 'crit']]
]);

/** Words that mean "no override: use the computed tier". */
const NO_TIER = new Set(['', 'auto', 'automatic', 'computed', 'none', 'n/a', 'na']);

function choice<T>(
	words: Map<string, T>,
	label: string,
	allowed: string,
	raw: string,
	empty: T
): Parsed<T> {
	const key = normaliseWord(raw);
	if (key === '') return { ok: true, value: empty };
	const value = words.get(key);
	if (value !== undefined) return { ok: true, value };
	return {
		ok: false,
		message: `'${label}' must be one of ${allowed} (found ${quoteFound(raw)})`
	};
}

/** Data access; empty means none. */
export function parseDataAccess(raw: string): Parsed<DataAccess> {
	return choice(
		DATA_WORDS,
		'Data access',
		'none, internal, confidential, customer personal data',
		raw,
		'none'
	);
}

/** System access; empty means none. */
export function parseSystemAccess(raw: string): Parsed<SystemAccess> {
	return choice(SYSTEM_WORDS, 'System access', 'none, read, write, admin', raw, 'none');
}

/** Dependency; empty means low. */
export function parseDependency(raw: string): Parsed<Dependency> {
	return choice(DEPENDENCY_WORDS, 'Dependency', 'low, medium, high', raw, 'low');
}

/** A tier override; empty (or "auto") means none. */
export function parseTierOverride(raw: string): Parsed<VendorTier | null> {
	if (NO_TIER.has(normaliseWord(raw))) return { ok: true, value: null };
	return choice(
		TIER_WORDS,
		'Tier override',
		'low, medium, high, critical (or leave it empty)',
		raw,
		null
	);
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

function ymd(y: string, m: string, d: string): string {
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A date cell: YYYY-MM-DD (also YYYY/MM/DD, or with a time, which is dropped) or day first as
 * DD/MM/YYYY or DD.MM.YYYY. Month-first US dates are not accepted: 03/04/2025 is 3 April.
 * Empty means no date. `label` names the field in messages ("renewal date").
 */
export function parseDate(raw: string, label: string): Parsed<string | null> {
	const v = raw.trim();
	if (v === '') return { ok: true, value: null };
	const iso = ISO.exec(v);
	const dayFirst = iso ? null : DAY_FIRST.exec(v);
	const date = iso
		? ymd(iso[1] ?? '', iso[2] ?? '', iso[3] ?? '')
		: dayFirst
			? ymd(dayFirst[3] ?? '', dayFirst[2] ?? '', dayFirst[1] ?? '')
			: null;
	if (date === null)
		return {
			ok: false,
			message: `${label} ${quoteFound(v)} is not a date (use YYYY-MM-DD or DD/MM/YYYY)`
		};
	if (!isValidDate(date))
		return {
			ok: false,
			message: iso
				? `${label} ${quoteFound(v)} is not a real date (use YYYY-MM-DD)`
				: `${label} ${quoteFound(v)} is not a real date (dates with slashes are read as DD/MM/YYYY)`
		};
	return { ok: true, value: date };
}
