/**
 * The compliance calendar as an iCalendar file (RFC 5545) that any calendar app can import:
 * one all-day recurring event per activity. Pure: builds a string; the page saves it.
 */
import type { CalendarActivity } from '$lib/domain/types';

export const UID_DOMAIN = 'soc2-readiness.local';
const PRODID = '-//SOC 2 Readiness//Compliance calendar//EN';
const MAX_OCTETS = 75;

export interface IcsOptions {
	calendarName: string;
	/** Stamped on every event as DTSTAMP. */
	now: Date;
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks. Other control characters
 * are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
	return (
		value
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n|\r|\n/g, '\\n')
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
	);
}

function octets(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	if (codePoint < 0x10000) return 3;
	return 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character;
 * each continuation starts with a space. Returns the lines joined with CRLF.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const ch of line) {
		const n = octets(ch.codePointAt(0) ?? 0);
		if (size + n > MAX_OCTETS) {
			parts.push(current);
			current = ' ';
			size = 1;
		}
		current += ch;
		size += n;
	}
	parts.push(current);
	return parts.join('\r\n');
}

/** '2027-03-05' -> '20270305' */
function icsDate(date: string): string {
	return date.replace(/-/g, '');
}

function icsTimestamp(now: Date): string {
	return now
		.toISOString()
		.replace(/\.\d{3}/, '')
		.replace(/[-:]/g, '');
}

function nextDay(date: string): string {
	const t = new Date(`${date}T00:00:00Z`);
	t.setUTCDate(t.getUTCDate() + 1);
	return t.toISOString().slice(0, 10);
}

function isLastDayOfMonth(date: string): boolean {
	return nextDay(date).endsWith('-01');
}

/**
 * The recurrence rule. A monthly or yearly rule starting on the 29th-31st would skip months
 * without that day (RFC 5545), so an activity due on a month's last day recurs on the last day.
 */
function rrule(activity: CalendarActivity): string {
	const { unit, count } = activity.interval;
	const freq = unit === 'week' ? 'WEEKLY' : unit === 'month' ? 'MONTHLY' : 'YEARLY';
	const parts = [`FREQ=${freq}`];
	if (count > 1) parts.push(`INTERVAL=${Math.floor(count)}`);
	const day = Number(activity.nextDue.slice(8, 10));
	if (unit !== 'week' && day > 28 && isLastDayOfMonth(activity.nextDue)) {
		if (unit === 'year') parts.push(`BYMONTH=${Number(activity.nextDue.slice(5, 7))}`);
		parts.push('BYMONTHDAY=-1');
	}
	return `RRULE:${parts.join(';')}`;
}

function description(a: CalendarActivity): string {
	const owner = [a.ownerName, a.ownerDepartment].filter((s) => s && s.trim() !== '').join(', ');
	return owner ? `${a.description}\nOwner: ${owner}` : a.description;
}

function event(a: CalendarActivity, stamp: string): string[] {
	return [
		'BEGIN:VEVENT',
		`UID:${escapeText(`${a.id}@${UID_DOMAIN}`)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${icsDate(a.nextDue)}`,
		`DTEND;VALUE=DATE:${icsDate(nextDay(a.nextDue))}`,
		rrule(a),
		`SUMMARY:${escapeText(a.title)}`,
		`DESCRIPTION:${escapeText(description(a))}`,
		'TRANSP:TRANSPARENT',
		'END:VEVENT'
	];
}

/**
 * Builds the .ics text: CRLF line endings, lines folded at 75 octets, one VEVENT per activity
 * with a stable UID (so re-importing updates rather than duplicates) and its recurrence.
 */
export function buildIcs(activities: readonly CalendarActivity[], opts: IcsOptions): string {
	const stamp = icsTimestamp(opts.now);
	const name = escapeText(opts.calendarName);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`NAME:${name}`,
		`X-WR-CALNAME:${name}`,
		...activities.flatMap((a) => event(a, stamp)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
