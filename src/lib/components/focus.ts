import { tick } from 'svelte';

/** After the next render, moves focus to the first field marked invalid inside `root`. */
export async function focusFirstInvalid(root: ParentNode | null | undefined): Promise<void> {
	await tick();
	root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
