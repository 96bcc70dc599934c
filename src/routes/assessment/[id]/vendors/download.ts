/** Hands a generated file to the browser as a download. Nothing is sent anywhere. */
import type { CsvDownload } from '$lib/files/csv';

/** Offers `file` for download through a temporary object URL. */
export function offerDownload(file: CsvDownload): void {
	const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
	const a = document.createElement('a');
	a.href = url;
	a.download = file.fileName;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers start reading the URL only after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
