/** When to remind the user to export a backup (pure). */

export const REMIND_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

/** What the reminder needs to know of one assessment (ISO timestamps). */
export interface ReminderAssessment {
	id: string;
	createdAt: string;
	/** Last edit. */
	updatedAt: string;
}

export interface ReminderInput {
	/** ISO timestamp of the last full export, or null if never. */
	lastBackupAt: string | null;
	/** The live assessments. */
	assessments: readonly ReminderAssessment[];
	/**
	 * Per assessment id, the last-edited time of a version that came from a backup file (an
	 * import): that file is a copy outside the browser until the assessment is edited again.
	 */
	copiedOutside?: Readonly<Record<string, string>>;
	now: Date;
}

function later(a: string | null | undefined, b: string | null | undefined): string | null {
	if (!a) return b ?? null;
	if (!b) return a;
	return a > b ? a : b;
}

/**
 * When the assessment's current state last had a copy outside the browser (a full backup, or the
 * file it was imported from), or null when its latest edits have none.
 */
function copiedSince(a: ReminderAssessment, i: ReminderInput): string | null {
	const copy = later(i.lastBackupAt, i.copiedOutside?.[a.id]);
	return copy && a.updatedAt <= copy ? copy : null;
}

/**
 * True when some assessment has edits that are in no copy outside the browser (no full backup
 * since, and not the version imported from a file) and its last copy (or, before any, its
 * creation) is more than seven days old.
 */
export function shouldRemindBackup(i: ReminderInput): boolean {
	const limit = i.now.getTime() - REMIND_AFTER_DAYS * DAY_MS;
	return i.assessments.some((a) => {
		if (copiedSince(a, i)) return false;
		const since = later(i.lastBackupAt, i.copiedOutside?.[a.id]) ?? a.createdAt;
		return new Date(since).getTime() < limit;
	});
}

/** Whole days since the last backup, for the banner's wording. */
export function daysSince(iso: string, now: Date): number {
	return Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS);
}
