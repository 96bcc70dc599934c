/**
 * Keyboard movement in a tab list, as the ARIA tabs pattern has it: Left and Right move to the
 * previous and next tab (wrapping), Home and End to the first and last. Pure, for every tab row.
 */

/** The tab to move to from `index` of `count` on `key`, or -1 when the key does not move. */
export function tabKeyTarget(key: string, index: number, count: number): number {
	if (count <= 0) return -1;
	switch (key) {
		case 'ArrowRight':
			return (index + 1) % count;
		case 'ArrowLeft':
			return (index - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return -1;
	}
}

/** Moves focus to a tab of a TabPanels row (after selecting it, so it is rendered focusable). */
export function focusTab(idPrefix: string, tab: string): void {
	document.getElementById(`${idPrefix}tab-${tab}`)?.focus();
}
