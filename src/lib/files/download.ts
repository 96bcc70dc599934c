/**
 * Saving a file the app made, in the browser: a Blob and a temporary link. Nothing is uploaded.
 * Every download in the app (backups, PDFs, CSVs, calendars) goes through here.
 */

/** How long a download's object URL lives: some browsers read the blob after click() returns. */
export const REVOKE_AFTER_MS = 30_000;

/** A file-name-safe version of a company name: letters (accents kept), digits and dashes. */
export function fileSlug(text: string, fallback = 'assessment'): string {
	const slug = text
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return slug || fallback;
}

/** Offers `blob` for download as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Offers `text` for download as `fileName`, encoded as UTF-8 and typed `mimeType`. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
	downloadBlob(new Blob([text], { type: mimeType }), fileName);
}
