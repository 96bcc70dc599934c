import { describe, expect, it } from 'vitest';
import { shouldRemindBackup, type ReminderAssessment } from './backup-reminder';

const now = new Date('2026-11-22T12:00:00Z');
const made = (id: string, createdAt: string, updatedAt: string): ReminderAssessment => ({
	id,
	createdAt,
	updatedAt
});
const a = made('a', '2026-10-01T00:00:00Z', '2026-11-21T00:00:00Z');

describe('shouldRemindBackup', () => {
	it('reminds when there are changes and the last backup is older than 7 days', () => {
		expect(
			shouldRemindBackup({ lastBackupAt: '2026-11-10T00:00:00Z', assessments: [a], now })
		).toBe(true);
	});

	it('does not remind when nothing changed since the backup, or the backup is recent', () => {
		const old = made('a', '2026-10-01T00:00:00Z', '2026-11-09T00:00:00Z');
		expect(
			shouldRemindBackup({ lastBackupAt: '2026-11-10T00:00:00Z', assessments: [old], now })
		).toBe(false);
		expect(
			shouldRemindBackup({ lastBackupAt: '2026-11-20T00:00:00Z', assessments: [a], now })
		).toBe(false);
	});

	it('before the first backup, counts from when the assessment was made', () => {
		const fresh = made('b', '2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z');
		expect(shouldRemindBackup({ lastBackupAt: null, assessments: [fresh], now })).toBe(false);
		expect(shouldRemindBackup({ lastBackupAt: null, assessments: [a], now })).toBe(true);
		expect(shouldRemindBackup({ lastBackupAt: null, assessments: [], now })).toBe(false);
	});

	it('counts an assessment imported from a backup file as copied, until it is edited again', () => {
		// Imported today: made and last edited weeks ago, in the file exactly as it is here.
		const imported = made('imp', '2026-09-01T00:00:00Z', '2026-10-15T00:00:00Z');
		const copiedOutside = { imp: '2026-10-15T00:00:00Z' };
		expect(shouldRemindBackup({ lastBackupAt: null, assessments: [imported], now })).toBe(true);
		expect(
			shouldRemindBackup({ lastBackupAt: null, assessments: [imported], copiedOutside, now })
		).toBe(false);
		// Edited after the import: the file no longer holds those edits, and it is weeks old.
		const edited = { ...imported, updatedAt: '2026-11-21T00:00:00Z' };
		expect(
			shouldRemindBackup({ lastBackupAt: null, assessments: [edited], copiedOutside, now })
		).toBe(true);
		// A copy of another assessment does not cover this one.
		expect(
			shouldRemindBackup({
				lastBackupAt: null,
				assessments: [imported, a],
				copiedOutside,
				now
			})
		).toBe(true);
	});

	it('an import newer than the last full backup counts from the import', () => {
		const imported = made('imp', '2026-09-01T00:00:00Z', '2026-11-18T00:00:00Z');
		const edited = { ...imported, updatedAt: '2026-11-21T00:00:00Z' };
		expect(
			shouldRemindBackup({
				lastBackupAt: '2026-10-01T00:00:00Z',
				assessments: [edited],
				copiedOutside: { imp: '2026-11-18T00:00:00Z' },
				now
			})
		).toBe(false);
	});
});
