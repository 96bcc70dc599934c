/** Saves a file the app made in memory: nothing is uploaded, the browser writes it to disk. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the blob after click() returns; free it a little later.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
