/**
 * Fitting a label into a fixed width, for axis labels that must not run past their column (the
 * Gantt chart's task names). Pure: the width of a text comes from a `measure` function, a
 * canvas's measureText when drawing and a simple one in tests.
 */

/**
 * The label as it fits in `maxWidth`: whole when it fits; else its first words that fit (without a
 * dangling 'of', 'for', 'and', …), followed by an ellipsis; else (a first word longer than the column) as many of its characters as fit,
 * followed by an ellipsis.
 */
export function fitLabel(text: string, maxWidth: number, measure: (s: string) => number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (measure(clean) <= maxWidth) return clean;
	const fits = (s: string) => measure(`${s}…`) <= maxWidth;
	const words = clean.split(' ');
	let out = '';
	for (const w of words) {
		const next = out ? `${out} ${w}` : w;
		if (!fits(next.replace(/[\s,;:.–—-]+$/, ''))) break;
		out = next;
	}
	// 'matrix for…' reads worse than 'matrix…': a dangling small word goes with the rest.
	const trimmed = out.replace(/ (a|an|and|at|by|for|from|in|of|on|or|the|to|with)$/i, '');
	if (out) return `${trimmed.replace(/[\s,;:.–—-]+$/, '')}…`;
	const chars = [...clean];
	let n = 0;
	while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n += 1;
	return n > 0 ? `${chars.slice(0, n).join('')}…` : '';
}
