/**
 * Team sync settings of one assessment, kept in the meta table under `sync:<assessmentId>` (meta is
 * never exported in backups). The keys are non-extractable WebCrypto keys, stored as such: the
 * passphrase itself is never stored, and the server password is kept only sealed with the team
 * key, never in plain text.
 */
import { db } from '../db';
import { write } from '../write';

export interface StoredTeamKey {
	enc: CryptoKey;
	ids: CryptoKey;
	fingerprint: string;
}

export interface SyncLogEntry {
	at: string;
	/** 'ok', 'offline', 'error', 'update-needed', 'wrong-key' */
	outcome: string;
	sent: number;
	received: number;
	conflicts: number;
	message: string;
}

export interface SyncConfig {
	assessmentId: string;
	/** The remote database (one per assessment). */
	database: string;
	username: string;
	/** The server password sealed with the team key. */
	password: { v: 1; iv: string; ct: string } | null;
	key: StoredTeamKey;
	/**
	 * Keys the team used before its passphrase changed (newest first, a few at most): documents
	 * still sealed with one are moved under the current key by the next round.
	 */
	previousKeys?: StoredTeamKey[];
	/** This device's id and name, written into every change it makes. */
	device: string;
	deviceName: string;
	enabled: boolean;
	lastSyncedAt: string | null;
	log: SyncLogEntry[];
}

export const SYNC_LOG_LIMIT = 20;
const keyOf = (assessmentId: string) => `sync:${assessmentId}`;

export async function getSyncConfig(assessmentId: string): Promise<SyncConfig | null> {
	const row = await db().meta.get(keyOf(assessmentId));
	const v = row?.value as SyncConfig | undefined;
	return v && typeof v === 'object' && v.assessmentId === assessmentId ? v : null;
}

export function saveSyncConfig(config: SyncConfig): Promise<void> {
	return write(
		['meta'],
		async () => {
			await db().meta.put({ key: keyOf(config.assessmentId), value: config });
		},
		{ quiet: true }
	);
}

/** Adds a round to the log (newest first, at most SYNC_LOG_LIMIT) and records a success time. */
export function logSyncRound(assessmentId: string, entry: SyncLogEntry): Promise<void> {
	return write(
		['meta'],
		async () => {
			const d = db();
			const row = await d.meta.get(keyOf(assessmentId));
			const c = row?.value as SyncConfig | undefined;
			if (!c) return;
			await d.meta.put({
				key: keyOf(assessmentId),
				value: {
					...c,
					lastSyncedAt: entry.outcome === 'ok' ? entry.at : c.lastSyncedAt,
					log: [entry, ...c.log].slice(0, SYNC_LOG_LIMIT)
				}
			});
		},
		{ quiet: true }
	);
}

export function deleteSyncConfig(assessmentId: string): Promise<void> {
	return write(['meta'], () => db().meta.delete(keyOf(assessmentId)), { quiet: true });
}
