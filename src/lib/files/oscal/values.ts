/**
 * OSCAL's value types, made from our data: tokens, UUIDs, date-times, plain strings and markup.
 * User text (company name, notes, Not applicable reasons) passes through here on its way into an
 * export, so the file stays valid whatever was typed, and nothing is ever shortened.
 */
import type { OscalProp } from './model';

/** The OSCAL release whose model the exports follow. */
export const OSCAL_VERSION = '1.1.2';

/**
 * Our namespace for the props and parts OSCAL does not define (department, key control, …), so
 * an OSCAL tool never takes them for its own names. An identifier only: nothing is fetched.
 */
export const NS = 'urn:soc2-readiness:oscal';

/** An OSCAL token: a letter or '_' first, then letters, digits, '.', '-' or '_'. */
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DATE_TIME_TZ = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Characters no OSCAL string may hold: the C0 controls other than tab, line feed and carriage
 * return, U+FFFE/U+FFFF and unpaired surrogates are outside XML 1.0's characters (and OSCAL's
 * JSON and XML forms must convert into each other); DEL and the C1 controls are allowed there
 * but discouraged, and carry no text anyone typed on purpose.
 */
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex -- removing control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters OSCAL forbids; every other character is kept. */
export function clean(text: string): string {
	return text.replace(FORBIDDEN, '');
}

/**
 * A value of OSCAL's `string` type (prop values, a party's name): one line, no leading or
 * trailing space. Line breaks and runs of space become one space; '' when nothing is left, so the
 * caller leaves the field out.
 */
export function plain(text: string): string {
	return clean(text).replace(/\s+/g, ' ').trim();
}

/** Markdown's inline syntax, plus '{' and '}' that OSCAL reads as `{{ insert: … }}`. */
const MARKDOWN_INLINE = /[\\`*_~^[\]{}<>&|#]/g;
/** A line that Markdown would read as a list item, a heading underline or a numbered item. */
const MARKDOWN_LINE_START = /^([ \t]*)([-+=]|\d+[.)])/gm;

/**
 * OSCAL markup is Markdown in JSON, so text meant as text has Markdown's characters escaped with
 * a backslash (as OSCAL's own documentation asks for `*`, `` ` ``, `~` and `^`): a reader that
 * renders the markup shows exactly what was typed, and a tag or link in it stays plain text.
 */
function escapeMarkdown(text: string): string {
	return text
		.replace(MARKDOWN_INLINE, '\\$&')
		.replace(MARKDOWN_LINE_START, (_m, space: string, mark: string) =>
			/^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`
		);
}

/** `markup-multiline`: paragraphs and line breaks kept, as text. */
export function markup(text: string): string {
	return escapeMarkdown(clean(text).replace(/\r\n?|[\u2028\u2029]/g, '\n'));
}

/** `markup-line` (titles): one line of text, never empty. */
export function markupLine(text: string, fallback: string): string {
	return escapeMarkdown(plain(text) || fallback);
}

/** Our id as an OSCAL token: 'IAM-01' -> 'iam-01', 'CC6.1' -> 'cc6.1'. */
export function token(id: string): string {
	const t = id.toLowerCase();
	if (!TOKEN.test(t)) throw new Error(`"${id}" cannot be an OSCAL identifier`);
	return t;
}

/** The generator's next UUID, refused unless it is an RFC 4122 version 4 UUID. */
export function nextUuid(uuid: () => string): string {
	const u = uuid();
	if (!UUID_V4.test(u)) throw new Error(`"${u}" is not a version 4 UUID`);
	return u.toLowerCase();
}

/** RFC 3339 with its timezone, as OSCAL's `date-time-with-timezone` wants it. */
export function dateTime(d: Date): string {
	return d.toISOString();
}

/** A real calendar date and clock time: JavaScript's parser would let 31 February roll over. */
function realDateTime(value: string): boolean {
	const [y = 0, m = 0, d = 0, h = 0, min = 0, sec = 0] = value.split(/[-T:.Z+]/).map(Number);
	const day = new Date(Date.UTC(y, m - 1, d));
	return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && h < 24 && min < 60 && sec < 60;
}

/** A stored timestamp when it is a full date-time with a timezone, else `fallback`. */
export function storedDateTime(value: string | null | undefined, fallback: Date): string {
	return value && DATE_TIME_TZ.test(value) && realDateTime(value) ? value : dateTime(fallback);
}

/** A prop in our namespace, or none when the value is empty once made a plain string. */
export function prop(name: string, value: string | number | boolean, cls?: string): OscalProp[] {
	const v = plain(String(value));
	if (!v) return [];
	return [{ name, ns: NS, value: v, ...(cls ? { class: cls } : {}) }];
}

/** Leaves out a key whose array is empty: OSCAL arrays hold at least one item. */
export function some<T>(items: T[]): T[] | undefined {
	return items.length > 0 ? items : undefined;
}

/** The document as the file's text: JSON, indented so a person can read it too. */
export function toJson(doc: object): string {
	return `${JSON.stringify(doc, null, 2)}\n`;
}
