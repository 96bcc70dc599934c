/** When to remind the user to export a backup (pure). */

export const REMIND_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export interface ReminderInput {
	/** ISO timestamp of the last full export, or null if never. */
	lastBackupAt: string | null;
	/** ISO timestamp of the most recent change to any assessment, or null when there is none. */
	lastChangeAt: string | null;
	/** ISO timestamp of the oldest assessment, which stands in for "last backup" before the first one. */
	firstCreatedAt: string | null;
	now: Date;
}

/**
 * True when there are changes not in a backup and the last backup (or, before the first one, the
 * oldest assessment) is more than seven days old.
 */
export function shouldRemindBackup(i: ReminderInput): boolean {
	if (!i.lastChangeAt) return false;
	if (i.lastBackupAt && i.lastChangeAt <= i.lastBackupAt) return false;
	const since = i.lastBackupAt ?? i.firstCreatedAt;
	if (!since) return false;
	return i.now.getTime() - new Date(since).getTime() > REMIND_AFTER_DAYS * DAY_MS;
}

/** Whole days since the last backup, for the banner's wording. */
export function daysSince(iso: string, now: Date): number {
	return Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS);
}
