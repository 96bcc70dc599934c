/**
 * Applies the edit journal on start: each patch a page kept as it was left is merged with its row
 * as stored now (a write that landed anyway makes it a no-op). A field changed elsewhere since is
 * not overwritten; the user is told what their kept text was, so it is not lost unseen.
 */
import { applyEdits } from '$lib/db/repositories/edits';
import { describeValue } from '$lib/domain/edits/describe';
import { dropEdits, journalEntries } from './edit-journal';
import { toasts } from './toasts.svelte';

/** Resolves once every kept patch was applied (or found impossible: a row since deleted). */
export async function replayEdits(): Promise<void> {
	for (const [id, entry] of Object.entries(journalEntries())) {
		try {
			const r = await applyEdits<Record<string, unknown>>(entry.target, entry.patch);
			const clashes = Object.keys(r.conflicts).map(
				(k) => `${k}: “${describeValue(entry.patch[k]?.value)}”`
			);
			if (clashes.length > 0)
				toasts.show(
					{
						message: `An edit made just before a page closed was not applied, because the field was changed since (kept there): ${clashes.join('; ')}.`
					},
					60_000
				);
		} catch {
			// The row is gone (deleted since) or the database refused: nothing to apply it to.
		}
		dropEdits(id);
	}
}
