/**
 * Rules for files in the evidence locker, pure: the size limit, a safe name, what the bytes really
 * are (magic numbers, never the name or the browser's claim alone) and what the app may preview.
 * Only raster images and PDFs are previewed; SVG, HTML and everything else are stored inert and
 * offered as a download of type application/octet-stream, so no file ever runs as a document of
 * this origin.
 */

/** The largest file the locker takes: big enough for a screen recording, small enough to back up. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Longest stored name, in characters; longer ones keep their start and their extension. */
export const MAX_NAME_LENGTH = 120;

/** Formats a byte count for people: "0 B", "812 B", "14.2 KB", "3.1 MB", "1.20 GB". */
export function formatBytes(n: number): string {
	if (!Number.isFinite(n) || n < 0) return '—';
	if (n < 1024) return `${n} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let v = n / 1024;
	let u = 0;
	while (v >= 1024 && u < units.length - 1) {
		v /= 1024;
		u += 1;
	}
	return `${v >= 100 ? Math.round(v) : v.toFixed(v >= 10 ? 1 : u >= 2 ? 2 : 1)} ${units[u]}`;
}

/**
 * A size over a limit and the limit, as two texts that never read as equal: rounded ("31.2 MB"
 * against "25.0 MB") when rounding keeps them apart, else both in exact bytes ("15,728,641 bytes"
 * against "15,728,640 bytes (15.0 MB)"), so a file one byte over never reads as "15.0 MB; at most
 * 15.0 MB".
 */
export function sizeOverLimit(size: number, limit: number): { size: string; limit: string } {
	const rounded = { size: formatBytes(size), limit: formatBytes(limit) };
	if (rounded.size !== rounded.limit) return rounded;
	const exact = (n: number) => `${n.toLocaleString('en-US')} bytes`;
	return { size: exact(size), limit: `${exact(limit)} (${rounded.limit})` };
}

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /[<>:"|?*]/g;

/**
 * A name that is safe to show, store and write into a ZIP: no folder part (both separators), no
 * control or direction-override characters, no characters Windows refuses, no leading dots (so
 * no "..", no hidden file), at most MAX_NAME_LENGTH characters with the extension kept. Never
 * empty: `fallback` when nothing is left.
 */
export function safeFileName(raw: string, fallback = 'file'): string {
	const base = raw.split(/[/\\]/).at(-1) ?? '';
	let name = base
		.normalize('NFC')
		.replace(CONTROL, '')
		.replace(RESERVED, '_')
		.replace(/^[.\s]+/, '')
		.replace(/[.\s]+$/, '')
		.trim();
	if (!name) name = fallback;
	const chars = [...name];
	if (chars.length <= MAX_NAME_LENGTH) return name;
	const dot = name.lastIndexOf('.');
	const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
	const keep = MAX_NAME_LENGTH - [...ext].length - 1;
	return `${[...name.slice(0, name.length - ext.length)].slice(0, keep).join('')}…${ext}`;
}

/** Types the app recognises from the first bytes. */
export type KnownType =
	| 'image/png'
	| 'image/jpeg'
	| 'image/gif'
	| 'image/webp'
	| 'application/pdf'
	| 'application/zip'
	| 'image/svg+xml'
	| 'text/html';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
	return sig.every((b, i) => bytes[at + i] === b);
}

function asciiHead(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes.subarray(0, 512)) s += String.fromCharCode(b);
	return s
		.replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
		.trimStart()
		.toLowerCase();
}

/**
 * What the first bytes (at least 16, ideally 512) say the file is, or '' when they match nothing
 * the app knows. SVG and HTML are recognised so that they are never previewed.
 */
export function recogniseType(head: Uint8Array): KnownType | '' {
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
	if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8))
		return 'image/webp';
	if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
	const text = asciiHead(head);
	if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg')))
		return 'image/svg+xml';
	if (/^<(!doctype html|html|head|body|script|iframe)/.test(text)) return 'text/html';
	return '';
}

export type PreviewKind = 'image' | 'pdf' | 'none';

/** Only what the bytes prove to be a raster image or a PDF is previewed. */
export function previewKind(recognised: string): PreviewKind {
	if (['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(recognised)) return 'image';
	if (recognised === 'application/pdf') return 'pdf';
	return 'none';
}

const CLAIMS: Record<string, readonly string[]> = {
	'image/png': ['png'],
	'image/jpeg': ['jpg', 'jpeg'],
	'image/gif': ['gif'],
	'image/webp': ['webp'],
	'application/pdf': ['pdf']
};

export interface FileCheck {
	ok: boolean;
	/** Why the file is refused, or a note about how it is kept (shown to the user). */
	message: string;
	/** The type the bytes prove ('' when unknown). */
	type: string;
	name: string;
}

/**
 * Decides whether a file may be stored, and how. Refuses empty files and files over the limit
 * (before reading them); stores anything else, with a note when the name or the browser claims a
 * type the bytes do not bear out, and when the file will not be previewed (SVG, HTML).
 */
export function checkFile(input: {
	name: string;
	size: number;
	declaredType: string;
	head: Uint8Array;
}): FileCheck {
	const name = safeFileName(input.name);
	if (input.size === 0)
		return { ok: false, message: `“${name}” is empty (0 bytes): nothing to keep.`, type: '', name };
	if (input.size > MAX_FILE_BYTES) {
		const sizes = sizeOverLimit(input.size, MAX_FILE_BYTES);
		return {
			ok: false,
			message: `“${name}” is ${sizes.size}; the limit is ${sizes.limit} a file. Split it, compress it, or keep a link to it instead.`,
			type: '',
			name
		};
	}
	const type = recogniseType(input.head);
	const ext = name.includes('.') ? (name.split('.').at(-1)?.toLowerCase() ?? '') : '';
	const claimed = Object.entries(CLAIMS).find(
		([mime, exts]) => input.declaredType === mime || exts.includes(ext)
	)?.[0];
	let message = '';
	if (claimed && claimed !== type)
		message = `“${name}” says it is ${claimed.split('/')[1]?.toUpperCase()} but its contents are not; it is kept as a plain file and not previewed.`;
	else if (type === 'image/svg+xml' || type === 'text/html')
		message = `“${name}” is kept as a plain file: SVG and HTML are never opened in the app, only downloaded.`;
	return { ok: true, message, type, name };
}
