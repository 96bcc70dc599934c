/** Small app-wide facts kept in the meta table (such as when the last backup was made). */
import { db } from '../db';

export const LAST_BACKUP_KEY = 'lastBackupAt';

/** When the last full backup was exported (ISO timestamp), or null if never. */
export async function getLastBackupAt(): Promise<string | null> {
	const row = await db().meta.get(LAST_BACKUP_KEY);
	return typeof row?.value === 'string' ? row.value : null;
}

/**
 * Per assessment id, the last-edited time of the version that also exists outside this browser
 * because it was imported from a backup file: until it is edited again, that file is its copy.
 */
export const COPIED_OUTSIDE_KEY = 'copiedOutside';

export async function getCopiedOutside(): Promise<Record<string, string>> {
	const row = await db().meta.get(COPIED_OUTSIDE_KEY);
	return copiedOutsideOf(row?.value);
}

/** The stored map, keeping only well-formed entries (the row is ours, but old or odd data is skipped). */
export function copiedOutsideOf(value: unknown): Record<string, string> {
	if (!value || typeof value !== 'object') return {};
	return Object.fromEntries(
		Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string')
	);
}
