/**
 * Deflating the page streams was most of `output()`, the last and longest step of an export: one
 * task of about half a second for a 400-page report. jsPDF deflates each page when it writes the
 * file, through `jsPDF.API.processDataByFilters`; this module deflates the finished pages ahead,
 * a few at a time between pauses, with that same function, and hands the results back when
 * `output()` asks for a page it has already done. The embedded fonts' subsets are built and
 * deflated ahead the same way. Anything else (a page changed since, the fonts' character maps)
 * goes through jsPDF as before, so the file is byte for byte what jsPDF alone would write.
 * Takes jsPDF's API object, so only the renderers import jsPDF.
 */
type Filter = (data: string, chain: unknown) => unknown;
const KEY = 'processDataByFilters';

const FLATE = 'FlateEncode';
/** Deflated page streams by their content, filled ahead of `output()` and emptied after it. */
const done = new Map<string, unknown>();
const wrapped = new WeakSet<Filter>();

const isFlateOnly = (chain: unknown) =>
	Array.isArray(chain) ? chain.length === 1 && chain[0] === FLATE : chain === FLATE;

/** Lets jsPDF use a page stream deflated ahead (once per API object; idempotent). */
function install(api: object): Filter | undefined {
	// Left out of jsPDF's types; a jsPDF without it simply deflates everything in output().
	const current: unknown = Reflect.get(api, KEY);
	if (typeof current !== 'function') return undefined;
	const original = current as Filter;
	if (wrapped.has(original)) return original;
	const withCache: Filter = (data, chain) => {
		const hit = isFlateOnly(chain) ? done.get(data) : undefined;
		return hit ?? original(data, chain);
	};
	wrapped.add(withCache);
	Reflect.set(api, KEY, withCache);
	return withCache;
}

/** The page contents jsPDF will write: each page's operators joined by newlines (its putPage). */
export interface PagesSource {
	internal: { pages: unknown[]; getFont?: (name: string, style: string) => unknown };
}

/** A font the document embeds, by the name and style it was added with. */
export interface FontRef {
	name: string;
	style: string;
}

/** The parts of a jsPDF TrueType font that `output()` uses to embed its subset. */
interface SubsetFont {
	encoding?: unknown;
	metadata?: {
		glyIdsUsed?: unknown;
		subset?: { encode?: (ids: unknown, flag: number) => ArrayLike<number> };
	};
}

/** The subset's bytes as the one-byte-per-character string jsPDF builds from them. */
function byteString(bytes: ArrayLike<number>): string {
	const CHUNK = 8192;
	let out = '';
	for (let at = 0; at < bytes.length; at += CHUNK) {
		const part: number[] = [];
		for (let i = at; i < Math.min(at + CHUNK, bytes.length); i++) part.push(bytes[i] ?? 0);
		out += String.fromCharCode(...part);
	}
	return out;
}

/**
 * Builds each embedded font's subset ahead of `output()` (the other long part of it, about a
 * third for the report's two fonts), deflates its bytes into the same cache, and has the font
 * hand that subset back when `output()` asks for it with the same glyphs. Returns what puts
 * `encode` back.
 */
async function subsetFontsAhead(
	pdf: PagesSource,
	fonts: readonly FontRef[],
	filter: Filter,
	pause: () => Promise<void>
): Promise<() => void> {
	const undo: Array<() => void> = [];
	for (const ref of fonts) {
		let font: SubsetFont | undefined;
		try {
			font = pdf.internal.getFont?.(ref.name, ref.style) as SubsetFont | undefined;
		} catch {
			continue; // not a font of this document: jsPDF embeds whatever it has, as always
		}
		const subset = font?.metadata?.subset;
		const encode = subset?.encode;
		const ids = font?.metadata?.glyIdsUsed;
		if (font?.encoding !== 'Identity-H' || !subset || !encode || ids === undefined) continue;
		const bytes = encode.call(subset, ids, 1);
		subset.encode = (asked, flag) =>
			asked === ids && flag === 1 ? bytes : encode.call(subset, asked, flag);
		undo.push(() => (subset.encode = encode));
		await pause();
		const data = byteString(bytes);
		if (!done.has(data)) done.set(data, filter(data, [FLATE]));
		await pause();
	}
	return () => undo.forEach((u) => u());
}

/**
 * Deflates every page of `pdf` ahead of `output()`, pausing between pages, builds and deflates
 * the subsets of `fonts` the same way, then runs `write` (which calls `output()`, synchronously)
 * and forgets the results.
 */
export async function withPagesDeflated<T>(
	api: object,
	pdf: PagesSource,
	pause: () => Promise<void>,
	write: () => T,
	fonts: readonly FontRef[] = []
): Promise<T> {
	const filter = install(api);
	let restoreFonts = () => {};
	try {
		if (filter) {
			for (const page of pdf.internal.pages) {
				if (!Array.isArray(page)) continue;
				const data = page.join('\n');
				if (!done.has(data)) done.set(data, filter(data, [FLATE]));
				await pause();
			}
			restoreFonts = await subsetFontsAhead(pdf, fonts, filter, pause);
		}
		return write();
	} finally {
		restoreFonts();
		done.clear();
	}
}
