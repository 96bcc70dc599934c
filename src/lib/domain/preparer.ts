/**
 * Who prepared a report for a client (a consultant's name, firm and optional logo), kept on this
 * device and printed on the PDF cover. Pure checks: a logo must really be a PNG or JPEG (by its
 * first bytes, not its name or stated type), small enough to embed; SVG is refused because it can
 * carry scripts and the PDF writer cannot embed it.
 */

export const PREPARER_TEXT_MAX = 200;
/** Larger logos only make every PDF heavier; a cover logo needs far less. */
export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoFormat = 'PNG' | 'JPEG';

export interface PreparerLogo {
	format: LogoFormat;
	/** `data:image/png;base64,…`: what the img preview and the PDF writer both take. */
	dataUrl: string;
	/** Pixels, to keep the aspect ratio on the cover. */
	width: number;
	height: number;
}

export interface Preparer {
	name: string;
	firm: string;
	logo: PreparerLogo | null;
}

export const NO_PREPARER: Preparer = { name: '', firm: '', logo: null };

export function validatePreparerText(label: string, value: string): string | null {
	if (value.trim().length > PREPARER_TEXT_MAX)
		return `${label} is ${value.trim().length} characters; keep it to ${PREPARER_TEXT_MAX} so it fits the cover.`;
	return null;
}

/** The format a file's first bytes show, or null when they are neither PNG nor JPEG. */
export function sniffLogo(head: Uint8Array): LogoFormat | null {
	const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (png.every((b, i) => head[i] === b)) return 'PNG';
	if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'JPEG';
	return null;
}

export type LogoCheck = { ok: true; format: LogoFormat } | { ok: false; error: string };

/** Checks a chosen logo file before it is read as an image. */
export function checkLogo(
	file: { name: string; type: string; size: number },
	head: Uint8Array
): LogoCheck {
	const svg =
		file.type === 'image/svg+xml' ||
		/\.svg$/i.test(file.name) ||
		/^\s*</.test(new TextDecoder().decode(head.slice(0, 64)));
	if (svg)
		return {
			ok: false,
			error: `“${file.name}” is an SVG drawing. SVG files can carry scripts and cannot be embedded in the PDF: export the logo as PNG or JPEG.`
		};
	if (file.size > LOGO_MAX_BYTES)
		return {
			ok: false,
			error: `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; a logo can be up to ${LOGO_MAX_BYTES / 1048576} MB. Save a smaller PNG or JPEG (a few hundred pixels wide is plenty for a cover).`
		};
	const format = sniffLogo(head);
	if (!format)
		return {
			ok: false,
			error: `“${file.name}” is not a PNG or JPEG image (its contents say otherwise, whatever its name). Choose a PNG or JPEG file.`
		};
	return { ok: true, format };
}

/** "Prepared by" on the cover: the name and the firm, whichever are given. */
export function preparedBy(p: Preparer): string {
	return [p.name.trim(), p.firm.trim()].filter(Boolean).join(', ');
}

/** Logo size on the cover in mm: at most `maxW` × `maxH`, aspect ratio kept. */
export function logoBox(
	logo: Pick<PreparerLogo, 'width' | 'height'>,
	maxW: number,
	maxH: number
): { w: number; h: number } {
	const ratio = logo.width > 0 && logo.height > 0 ? logo.width / logo.height : 1;
	const w = Math.min(maxW, maxH * ratio);
	return { w, h: w / ratio };
}
