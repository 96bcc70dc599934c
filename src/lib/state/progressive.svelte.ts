/**
 * How much of a long list to draw: the first rows at once, then more in a task of their own
 * after each paint, until the whole list is there. A page with a thousand vendor risks or every
 * evidence request shows its first screen quickly instead of blocking on a DOM of thousands of
 * rows; the rest follows within a few frames. Must be created while a component initialises.
 */
export class Progressive {
	/** Rows to draw now; grows to the list's length. */
	limit = $state(0);

	constructor(total: () => number, first = 25, step = 100) {
		this.limit = first;
		$effect(() => {
			if (this.limit >= total()) return;
			let timer: ReturnType<typeof setTimeout> | undefined;
			const more = () => {
				clearTimeout(fallback);
				timer = setTimeout(() => (this.limit += step), 0);
			};
			// After the next frame, or after 50 ms in a hidden tab, where frames do not come.
			const fallback = setTimeout(more, 50);
			const frame = requestAnimationFrame(more);
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(fallback);
				clearTimeout(timer);
			};
		});
	}
}
