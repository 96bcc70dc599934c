/**
 * Folder and file names inside the auditor's package, pure. Every segment goes through
 * `safeFileName` (no separators, no control characters, no leading dots, so no `..`), is kept short
 * enough that a full path stays under Windows' 260 characters in most extraction folders, avoids
 * the device names Windows refuses, and is made unique within its folder ignoring case (Windows
 * and macOS folders are case-insensitive, so `Export.pdf` and `export.pdf` would overwrite).
 */
import { safeFileName } from '$lib/domain/evidence/files';

/** Windows refuses these as a file or folder name, with or without an extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A title as one path segment: separators become dashes (a title "AWS/IAM export" keeps both
 * words, where `safeFileName` alone would keep only the last part), at most `max` characters,
 * cut at a word when one is near.
 */
export function segment(text: string, max: number, fallback: string): string {
	let name = safeFileName(text.replace(/[/\\]+/g, ' - ').replace(/^[.\s-]+/, ''), fallback);
	const chars = [...name];
	if (chars.length > max) {
		const cut = chars.slice(0, max - 1).join('');
		const space = cut.lastIndexOf(' ');
		name = `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:-]+$/, '')}…`;
	}
	return DEVICE.test(name) ? `_${name}` : name;
}

/** A stored file name as the last segment (already safe; the device-name rule still applies). */
export function fileSegment(name: string): string {
	const safe = safeFileName(name);
	return DEVICE.test(safe) ? `_${safe}` : safe;
}

function withSuffix(name: string, n: number, isFile: boolean): string {
	const dot = isFile ? name.lastIndexOf('.') : -1;
	if (dot <= 0) return `${name} (${n})`;
	return `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
}

/** Hands out names unique within each folder, case-insensitively, with " (2)", " (3)" suffixes. */
export class NameSpace {
	readonly #used = new Map<string, Set<string>>();

	/** Reserves `name` in `folder` ('' for the top level) and returns the name to use. */
	claim(folder: string, name: string, isFile: boolean): string {
		let used = this.#used.get(folder);
		if (!used) {
			used = new Set();
			this.#used.set(folder, used);
		}
		let out = name;
		for (let n = 2; used.has(out.toLowerCase()); n += 1) out = withSuffix(name, n, isFile);
		used.add(out.toLowerCase());
		return out;
	}
}

/** A ZIP path as a relative URL: each segment percent-encoded, so spaces, `#` and `?` link. */
export function hrefOf(path: string): string {
	return path.split('/').map(encodeURIComponent).join('/');
}
