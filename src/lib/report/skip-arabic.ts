/**
 * jsPDF 4 shapes Arabic on every string it measures or draws (`processArabic`, hooked into
 * `preProcessText` and called by `getStringUnitWidth`), with no option to turn it off. It walks
 * each string letter by letter and rebuilds it, which was a third of the report's layout time
 * although a report is almost never in Arabic. For a string with no character in the Arabic
 * blocks it returns the string unchanged (every letter it substitutes and every ligature it
 * forms lies in those blocks), so skipping it then gives the same PDF; a string with Arabic still
 * goes through it. Takes jsPDF's API object, so only the renderers import jsPDF.
 */

/** The blocks jsPDF's parser treats as Arabic letters (its `isArabicLetter`). */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

type Shaper = (arg: unknown) => unknown;
interface ArabicApi {
	processArabic?: Shaper;
	events: Array<[string, Shaper] | unknown[]>;
}

/** Whether a string, a list of lines, or a `preProcessText` payload holds an Arabic character. */
export function hasArabic(arg: unknown): boolean {
	const text: unknown =
		typeof arg === 'object' && arg !== null && !Array.isArray(arg) && 'text' in arg
			? arg.text
			: arg;
	if (typeof text === 'string') return ARABIC.test(text);
	if (Array.isArray(text)) return text.some((t) => hasArabic(Array.isArray(t) ? t[0] : t));
	return true;
}

const guarded = new WeakSet<Shaper>();

/** Wraps jsPDF's Arabic shaper, where it is registered, to run only on text with Arabic in it. */
export function skipArabicShapingWithoutArabic(api: ArabicApi): void {
	const original = api.processArabic;
	if (!original || guarded.has(original)) return;
	const guard: Shaper = function (this: unknown, arg: unknown) {
		return hasArabic(arg) ? original.call(this, arg) : arg;
	};
	guarded.add(guard);
	api.processArabic = guard;
	for (const e of api.events) if (e[0] === 'preProcessText' && e[1] === original) e[1] = guard;
}
