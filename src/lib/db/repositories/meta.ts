/** Small app-wide facts kept in the meta table (such as when the last backup was made). */
import { db } from '../db';

export const LAST_BACKUP_KEY = 'lastBackupAt';

/** When the last full backup was exported (ISO timestamp), or null if never. */
export async function getLastBackupAt(): Promise<string | null> {
	const row = await db().meta.get(LAST_BACKUP_KEY);
	return typeof row?.value === 'string' ? row.value : null;
}
