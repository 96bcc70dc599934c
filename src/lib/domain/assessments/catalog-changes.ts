/**
 * What a catalog migration did to an assessment's work, in words: the line an import preview (and
 * anything else that migrates) shows, so nobody wonders where a control's work went.
 */
import type { CatalogChanges } from './catalog-migration';

function list(ids: readonly string[]): string {
	if (ids.length <= 1) return ids.join('');
	return `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

/** One sentence per kind of change (renamed, merged, retired); none when nothing moved. */
export function describeCatalogChanges(c: CatalogChanges): string[] {
	const lines: string[] = [];
	if (c.renamed.length > 0)
		lines.push(`Renamed: ${c.renamed.map((r) => `${r.from} is now ${r.to}`).join(', ')}.`);
	for (const m of c.merged) {
		const others = m.from.filter((id) => id !== m.kept);
		const kept =
			m.kept === m.into
				? `${m.into} keeps its own state`
				: `${m.into} takes the state of ${m.kept}, the most recently edited`;
		const rest = others.length ? `; ${list(others)} stays on record under its old id` : '';
		lines.push(`Merged: ${list(m.from)} into ${m.into} (${kept}${rest}).`);
	}
	if (c.retired.length > 0)
		lines.push(
			`Retired: ${list(c.retired)}. ${c.retired.length === 1 ? 'Its' : 'Their'} work is kept but no longer scored.`
		);
	return lines;
}
