/**
 * Saving a file the app made, in the browser: a Blob and a temporary link. Nothing is uploaded.
 */

/** A file-name-safe version of a company name: letters (accents kept), digits and dashes. */
export function fileSlug(text: string, fallback = 'assessment'): string {
	const slug = text
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return slug || fallback;
}

/** Offers `content` for download as `fileName`. */
export function downloadText(content: string | Blob, fileName: string, mimeType: string): void {
	const blob = content instanceof Blob ? content : new Blob([content], { type: mimeType });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the browser time to start the download before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
