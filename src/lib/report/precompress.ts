/**
 * Deflating the page streams was most of `output()`, the last and longest step of an export: one
 * task of about half a second for a 400-page report. jsPDF deflates each page when it writes the
 * file, through `jsPDF.API.processDataByFilters`; this module deflates the finished pages ahead,
 * a few at a time between pauses, with that same function, and hands the results back when
 * `output()` asks for a page it has already done. Anything else (a page changed since, the font
 * files) goes through jsPDF as before, so the file is byte for byte what jsPDF alone would write.
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
	internal: { pages: unknown[] };
}

/**
 * Deflates every page of `pdf` ahead of `output()`, pausing between pages, then runs `write`
 * (which calls `output()`) and forgets the results.
 */
export async function withPagesDeflated<T>(
	api: object,
	pdf: PagesSource,
	pause: () => Promise<void>,
	write: () => T
): Promise<T> {
	const filter = install(api);
	try {
		if (filter)
			for (const page of pdf.internal.pages) {
				if (!Array.isArray(page)) continue;
				const data = page.join('\n');
				if (!done.has(data)) done.set(data, filter(data, [FLATE]));
				await pause();
			}
		return write();
	} finally {
		done.clear();
	}
}
