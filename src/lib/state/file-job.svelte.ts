/**
 * One file being made at a time on a page (a CSV, a workbook, a PDF), with its outcome in words.
 * The progress line appears only when the work takes longer than SHOW_AFTER_MS, so a quick
 * export does not flash a spinner; while it runs the page disables its export buttons.
 */

/** Below this, making a file feels instant and needs no indicator. */
export const SHOW_AFTER_MS = 500;

export class FileJob {
	/** What is being made, for the progress line ('' when idle). */
	label = $state('');
	/** True once the current job has run longer than SHOW_AFTER_MS. */
	slow = $state(false);
	saved = $state('');
	error = $state('');

	get running(): boolean {
		return this.label !== '';
	}

	/** Runs `work`, which returns the confirmation to show; a failure becomes the error line. */
	async run(label: string, work: () => Promise<string>): Promise<void> {
		if (this.running) return;
		this.label = label;
		this.saved = '';
		this.error = '';
		const timer = setTimeout(() => (this.slow = true), SHOW_AFTER_MS);
		try {
			this.saved = await work();
		} catch (e) {
			const why = e instanceof Error ? e.message : String(e);
			this.error = `The file could not be made (${why}). Nothing in the assessment changed; try again.`;
		} finally {
			clearTimeout(timer);
			this.label = '';
			this.slow = false;
		}
	}
}
