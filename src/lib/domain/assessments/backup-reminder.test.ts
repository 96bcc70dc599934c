import { describe, expect, it } from 'vitest';
import { shouldRemindBackup } from './backup-reminder';

const now = new Date('2026-11-22T12:00:00Z');

describe('shouldRemindBackup', () => {
	it('reminds when there are changes and the last backup is older than 7 days', () => {
		expect(
			shouldRemindBackup({
				lastBackupAt: '2026-11-10T00:00:00Z',
				lastChangeAt: '2026-11-21T00:00:00Z',
				firstCreatedAt: '2026-10-01T00:00:00Z',
				now
			})
		).toBe(true);
	});

	it('does not remind when nothing changed since the backup, or the backup is recent', () => {
		expect(
			shouldRemindBackup({
				lastBackupAt: '2026-11-10T00:00:00Z',
				lastChangeAt: '2026-11-09T00:00:00Z',
				firstCreatedAt: '2026-10-01T00:00:00Z',
				now
			})
		).toBe(false);
		expect(
			shouldRemindBackup({
				lastBackupAt: '2026-11-20T00:00:00Z',
				lastChangeAt: '2026-11-21T00:00:00Z',
				firstCreatedAt: '2026-10-01T00:00:00Z',
				now
			})
		).toBe(false);
	});

	it('before the first backup, counts from the oldest assessment', () => {
		const base = { lastBackupAt: null, lastChangeAt: '2026-11-21T00:00:00Z', now };
		expect(shouldRemindBackup({ ...base, firstCreatedAt: '2026-11-20T00:00:00Z' })).toBe(false);
		expect(shouldRemindBackup({ ...base, firstCreatedAt: '2026-11-01T00:00:00Z' })).toBe(true);
		expect(shouldRemindBackup({ ...base, lastChangeAt: null, firstCreatedAt: null })).toBe(false);
	});
});
