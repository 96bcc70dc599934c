/**
 * Characters the PDF's font cannot draw. The reports embed Noto Sans, which has Latin, Greek,
 * Cyrillic and Devanagari letters but no emoji, CJK or most symbols; jsPDF writes such a character
 * with no glyph, so "Launch 🚀" printed as "Launch " and the rocket was gone without a trace.
 * Before drawing, each such character (a whole emoji sequence counts as one) becomes U+FFFD, the
 * Unicode replacement character, which the font does draw (�), and the document says once that
 * this happened. Pure: the renderer passes in what its font covers.
 */
import type { DocModel } from '$lib/files/doc-model';
import type { ReportDocument } from './model';
import type { RequestPdfDocument } from './request-list-pdf';

/** What a character the font cannot draw prints as. */
export const UNDRAWABLE_MARK = '\uFFFD';

/** Whether the embedded font has a glyph for a code point. */
export type CanDraw = (codePoint: number) => boolean;

/** Emoji and text presentation selectors: invisible hints, dropped rather than marked. */
const PRESENTATION = /[\uFE0E\uFE0F]/g;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function drawable(text: string, canDraw: CanDraw): boolean {
	for (const ch of text) {
		const cp = ch.codePointAt(0) ?? 0;
		// Line breaks and tabs are layout, not glyphs.
		if (cp >= 0x20 && !canDraw(cp)) return false;
	}
	return true;
}

/**
 * The text with each character the font cannot draw replaced by `UNDRAWABLE_MARK`, and how many
 * were replaced. A character is what a reader sees as one: an emoji with its skin tone, a flag or
 * a family joined by zero-width joiners becomes a single mark.
 */
export function replaceUndrawable(text: string, canDraw: CanDraw): { text: string; count: number } {
	if (drawable(text, canDraw)) return { text, count: 0 };
	let out = '';
	let count = 0;
	for (const { segment } of graphemes.segment(text)) {
		const bare = segment.replace(PRESENTATION, '');
		if (drawable(bare, canDraw)) out += bare;
		else {
			out += UNDRAWABLE_MARK;
			count += 1;
		}
	}
	return { text: out, count };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' &&
	v !== null &&
	(Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * Every string in a plain-data document (objects, arrays, strings) run through
 * `replaceUndrawable`, with the total count. Parts without a change are returned as they were,
 * so a renderer keyed on block objects still finds them. Keys in `skip` (such as an image's data
 * URL) are left alone.
 */
export function replaceUndrawableIn<T>(
	value: T,
	canDraw: CanDraw,
	skip: ReadonlySet<string> = new Set()
): { value: T; count: number } {
	let count = 0;
	const walk = (v: unknown): unknown => {
		if (typeof v === 'string') {
			const r = replaceUndrawable(v, canDraw);
			count += r.count;
			return r.text;
		}
		if (Array.isArray(v)) {
			const next = v.map(walk);
			return next.some((x, i) => x !== v[i]) ? next : v;
		}
		if (isPlainObject(v)) {
			let changed = false;
			const next: Record<string, unknown> = {};
			for (const [k, x] of Object.entries(v)) {
				next[k] = skip.has(k) ? x : walk(x);
				if (next[k] !== x) changed = true;
			}
			return changed ? next : v;
		}
		return v;
	};
	// walk returns a value of the same shape as it was given.
	return { value: walk(value) as T, count };
}

/** The sentence a document carries once when `count` characters were replaced. */
export function undrawableNote(count: number): string {
	const places = count === 1 ? '1 place' : `${count} places`;
	return `Characters this PDF's font cannot draw, such as emoji, show as ${UNDRAWABLE_MARK} (${places} in this document). The app keeps the text as it was typed.`;
}

/**
 * The gap report ready to draw: characters the font lacks replaced, and when there were any, a
 * line on the cover saying so. The logo's data URL and the file name are not drawn as text.
 */
export function drawableReport(doc: ReportDocument, canDraw: CanDraw): ReportDocument {
	const { value, count } = replaceUndrawableIn(doc, canDraw, new Set(['logo', 'fileName']));
	if (count === 0) return value;
	const facts: Array<[string, string]> = [...value.cover.facts, ['Note', undrawableNote(count)]];
	return { ...value, cover: { ...value.cover, facts } };
}

/** The evidence request list ready to draw, with the same note among its facts when needed. */
export function drawableRequestList(doc: RequestPdfDocument, canDraw: CanDraw): RequestPdfDocument {
	const { value, count } = replaceUndrawableIn(doc, canDraw, new Set(['fileName']));
	if (count === 0) return value;
	return { ...value, facts: [...value.facts, ['Note', undrawableNote(count)]] };
}

/** A policy or other document ready to draw, with the note after its title when needed. */
export function drawableDoc(doc: DocModel, canDraw: CanDraw): DocModel {
	const { value, count } = replaceUndrawableIn(doc, canDraw);
	if (count === 0) return value;
	const at = value.blocks[0]?.kind === 'heading' ? 1 : 0;
	const blocks = [...value.blocks];
	blocks.splice(at, 0, { kind: 'note', text: undrawableNote(count) });
	return { ...value, blocks };
}
