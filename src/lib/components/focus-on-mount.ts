/** Svelte action: moves the keyboard focus to the element once it is in the page (unless `when` is false). */
export function focusOnMount(node: HTMLElement, when = true): void {
	if (when) queueMicrotask(() => node.focus());
}
