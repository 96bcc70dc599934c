/**
 * Calendar-date helpers on 'YYYY-MM-DD' strings, computed in UTC so results never depend on the
 * device's time zone. Callers pass `now`; nothing here reads the clock.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Dates repeat a lot (a roster of thousands, each check against a few deadlines), so the parsing
 * of a date string is remembered; the memo is emptied when it grows past this many entries.
 */
const MEMO_MAX = 20_000;
const validMemo = new Map<string, boolean>();
const utcMemo = new Map<string, number>();

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
	if (memo.size >= MEMO_MAX) memo.clear();
	memo.set(key, value);
	return value;
}

/** True for a real calendar date between 1900 and 2199 in 'YYYY-MM-DD' form. */
export function isValidDate(value: string): boolean {
	const known = validMemo.get(value);
	if (known !== undefined) return known;
	const m = DATE_RE.exec(value);
	if (!m) return remember(validMemo, value, false);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (y < 1900 || y > 2199) return remember(validMemo, value, false);
	const t = new Date(Date.UTC(y, mo - 1, d));
	return remember(
		validMemo,
		value,
		t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
	);
}

/** The calendar date of an instant, in UTC. */
export function toDateString(instant: Date): string {
	const y = instant.getUTCFullYear();
	// toISOString, which this matches, is several times slower and throws the same way.
	if (!(y >= 1000 && y <= 9999)) return instant.toISOString().slice(0, 10);
	const m = instant.getUTCMonth() + 1;
	const d = instant.getUTCDate();
	return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function toUtc(date: string): number {
	const known = utcMemo.get(date);
	if (known !== undefined) return known;
	const m = DATE_RE.exec(date);
	if (!m) throw new RangeError(`Not a date: ${date}`);
	return remember(utcMemo, date, Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function addDays(date: string, days: number): string {
	return toDateString(new Date(toUtc(date) + days * DAY_MS));
}

/** Adds calendar months, clamping to the last day of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: string, months: number): string {
	const t = new Date(toUtc(date));
	const day = t.getUTCDate();
	t.setUTCDate(1);
	t.setUTCMonth(t.getUTCMonth() + months);
	const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
	t.setUTCDate(Math.min(day, last));
	return toDateString(t);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
	return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Monday = 0 … Sunday = 6 */
export function weekday(date: string): number {
	return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2027-03-05' -> '5 Mar 2027': unambiguous for readers on both sides of the Atlantic. */
export function formatDate(date: string | null | undefined): string {
	if (!date) return '—';
	const m = DATE_RE.exec(date);
	if (!m) return date;
	return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
