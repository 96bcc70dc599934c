/**
 * The sentence shown once a backup is imported: what was added, replaced and skipped, templates
 * added and those already here (left unchanged), and assessments whose rows got fresh ids
 * because another assessment on the device used them.
 */
import { plural } from '$lib/domain/format';
import type { ImportResult } from '$lib/files/backup/import-types';

/** “Acme”, “Beta Ltd” and 2 more. */
function names(list: readonly string[]): string {
	const quoted = list.slice(0, 3).map((n) => `“${n}”`);
	const more = list.length - quoted.length;
	if (more > 0) return `${quoted.join(', ')} and ${more} more`;
	return quoted.length > 1
		? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
		: quoted.join('');
}

export function importSummary(fileName: string, result: ImportResult): string {
	const here = result.templatesAlreadyHere;
	const parts = [
		result.added.length ? `${result.added.length} added` : '',
		result.replaced.length ? `${result.replaced.length} replaced` : '',
		result.skipped.length ? `${result.skipped.length} skipped` : '',
		result.templatesAdded ? `${plural(result.templatesAdded, 'template')} added` : '',
		here.length
			? `${here.length === 1 ? 'template' : 'templates'} ${names(here)} already on this device, left as ${here.length === 1 ? 'it was' : 'they were'}`
			: ''
	].filter(Boolean);
	const sentences = [`Imported ${fileName}: ${parts.join(', ') || 'nothing to change'}.`];
	for (const r of result.reidentified)
		sentences.push(
			`In “${r.companyName}”, ${plural(r.rows, 'record')} had ${r.rows === 1 ? 'an id' : 'ids'} another assessment on this device already uses, so ${r.rows === 1 ? 'it was' : 'they were'} given ${r.rows === 1 ? 'a new one' : 'new ones'} (with ${r.rows === 1 ? 'its' : 'their'} links); nothing else changed.`
		);
	return sentences.join(' ');
}
