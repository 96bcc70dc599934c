/**
 * Naming the exported compliance calendar (pure): the company name made safe for any file
 * system, so "Acme, Inc." becomes "acme-inc-compliance-calendar.ics".
 */

export const CALENDAR_SUFFIX = 'compliance-calendar.ics';
/** Longest company part of the name, so the file name stays readable everywhere. */
const MAX_SLUG = 60;

/** Lower-case letters, digits and single hyphens only; accents are dropped, not lost letters. */
export function fileSlug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, MAX_SLUG)
		.replace(/-+$/, '');
}

/** '<company>-compliance-calendar.ics', or just 'compliance-calendar.ics' when nothing is left. */
export function calendarFileName(companyName: string): string {
	const slug = fileSlug(companyName);
	return slug ? `${slug}-${CALENDAR_SUFFIX}` : CALENDAR_SUFFIX;
}

/** The calendar's display name inside the file (calendar apps show it). */
export function calendarTitle(companyName: string): string {
	const name = companyName.replace(/\s+/g, ' ').trim();
	return name ? `${name}: SOC 2 compliance calendar` : 'SOC 2 compliance calendar';
}
