/**
 * One sync session of one assessment: its local PouchDB (encrypted documents, in IndexedDB) and
 * the team's remote database on the server this build allows. A round moves local edits from
 * Dexie into encrypted documents, replicates both ways with PouchDB's own protocol, merges
 * conflicting revisions field by field and writes what others changed back into Dexie. This module
 * and its neighbours are the only importers of PouchDB, loaded only once sync is turned on.
 */
import PouchDB, { type PouchDoc } from 'pouchdb-browser';
import {
	applySyncRows,
	readSyncRows,
	sameRecord,
	type IncomingRow,
	type SyncRow
} from '$lib/db/repositories/sync-rows';
import { mergePayloads } from '$lib/domain/sync/merge';
import type { SyncPayload } from '$lib/domain/sync/payload';
import { stampChanges } from '$lib/domain/sync/stamp';
import { canApply, type LocalVersions } from '$lib/domain/sync/versions';
import { resolveConflict } from '$lib/domain/sync/resolve';
import { EnvelopeError, opaqueId, openDoc, sealDoc, type TeamKey } from './envelope';
import { reviewItems, type ReviewItem } from './reviews';
import { TEAM_DOC_ID } from './team-doc';

export interface SessionOptions {
	assessmentId: string;
	key: TeamKey;
	device: string;
	versions: LocalVersions;
	local: PouchDB;
	remote: PouchDB;
	now: () => string;
	newId: () => string;
}

export type RoundOutcome = 'ok' | 'offline' | 'error' | 'update-needed' | 'wrong-key';

export interface RoundResult {
	outcome: RoundOutcome;
	sent: number;
	received: number;
	/** Same-field and edit-against-delete conflicts waiting for a person, in all records. */
	conflicts: number;
	/** Local changes not on the server yet (after this round). */
	pending: number;
	message: string;
}

interface Held {
	doc: PouchDoc;
	payload: SyncPayload;
}

/** Whether a PouchDB failure means "no network or no server" rather than a real error. */
function offline(err: unknown): boolean {
	const e = err as { status?: number; name?: string; message?: string } | null;
	if (typeof navigator !== 'undefined' && !navigator.onLine) return true;
	return !e?.status || e.status === 0 || /fetch|network|Failed to/i.test(e.message ?? '');
}

function sealedBody(doc: PouchDoc): unknown {
	return { v: doc.v, iv: doc.iv, ct: doc.ct, _id: doc._id, _rev: doc._rev };
}

export class SyncSession {
	readonly #o: SessionOptions;
	/** The local update sequence the server has seen everything up to. */
	#pushedSeq: number | string = 0;

	constructor(options: SessionOptions) {
		this.#o = options;
	}

	get local(): PouchDB {
		return this.#o.local;
	}

	async #open(doc: PouchDoc): Promise<SyncPayload> {
		return (await openDoc(this.#o.key, doc._id, sealedBody(doc))) as SyncPayload;
	}

	async #seal(docId: string, rev: string | undefined, payload: SyncPayload): Promise<PouchDoc> {
		const sealed = await sealDoc(this.#o.key, docId, payload);
		return { _id: docId, ...(rev ? { _rev: rev } : {}), ...sealed };
	}

	/** Every encrypted document held locally, opened (the team document is not one of them). */
	async #readLocal(): Promise<Map<string, Held>> {
		const { rows } = await this.#o.local.allDocs({ include_docs: true, conflicts: true });
		const out = new Map<string, Held>();
		for (const r of rows) {
			if (!r.doc || r.id === TEAM_DOC_ID || r.id.startsWith('_')) continue;
			out.set(r.id, { doc: r.doc, payload: await this.#open(r.doc) });
		}
		return out;
	}

	/** Folds every conflicting revision into the winner, so the record merges field by field. */
	async #mergeConflicts(held: Map<string, Held>): Promise<number> {
		let merged = 0;
		for (const [id, h] of held) {
			const revs = h.doc._conflicts ?? [];
			if (revs.length === 0) continue;
			let payload = h.payload;
			for (const rev of revs) {
				const other = await this.#o.local.get(id, { rev });
				payload = mergePayloads(payload, await this.#open(other)).merged;
			}
			const winner = await this.#seal(id, h.doc._rev, payload);
			await this.#o.local.bulkDocs([
				winner,
				...revs.map((rev) => ({ _id: id, _rev: rev, _deleted: true }))
			]);
			merged += 1;
		}
		return merged;
	}

	/** Local Dexie rows stamped into documents; returns how many documents changed. */
	async #export(rows: readonly SyncRow[], held: Map<string, Held>): Promise<number> {
		const ctx = { device: this.#o.device, now: this.#o.now(), newId: this.#o.newId };
		const seen = new Set<string>();
		const puts: PouchDoc[] = [];
		for (const row of rows) {
			const id = await opaqueId(this.#o.key, row.table, row.key);
			seen.add(id);
			const prev = held.get(id);
			const next = stampChanges(prev?.payload ?? null, row.record, {
				...ctx,
				...this.#o.versions,
				table: row.table,
				key: row.key
			});
			if (next.changed) puts.push(await this.#seal(id, prev?.doc._rev, next.payload));
		}
		for (const [id, h] of held) {
			if (seen.has(id) || h.payload.record === null) continue;
			const next = stampChanges(h.payload, null, {
				...ctx,
				...this.#o.versions,
				table: h.payload.table,
				key: h.payload.key
			});
			if (next.changed) puts.push(await this.#seal(id, h.doc._rev, next.payload));
		}
		if (puts.length > 0) await this.#o.local.bulkDocs(puts);
		return puts.length;
	}

	async #pending(): Promise<number> {
		const changes = await this.#o.local.changes({ since: this.#pushedSeq });
		return changes.results.filter((c) => c.id !== TEAM_DOC_ID).length;
	}

	/** One round: export, replicate, merge, import. Never throws: the result says what happened. */
	async round(): Promise<RoundResult> {
		const empty = { sent: 0, received: 0, conflicts: 0, pending: 0 };
		try {
			const rows = await readSyncRows(this.#o.assessmentId);
			let held = await this.#readLocal();
			if ([...held.values()].some((h) => canApply(h.payload, this.#o.versions) === 'newer'))
				return {
					...empty,
					outcome: 'update-needed',
					pending: await this.#pending(),
					message:
						'Another device uses a newer version of the app: update the app to keep syncing. Your own work stays on this device.'
				};
			await this.#export(rows, held);
			let sent = 0;
			let received = 0;
			try {
				const info = await this.#o.local.sync(this.#o.remote);
				sent = info.push?.docs_written ?? 0;
				received = info.pull?.docs_written ?? 0;
			} catch (err) {
				if (!offline(err)) throw err;
				return {
					...empty,
					outcome: 'offline',
					pending: await this.#pending(),
					message: 'The sync server cannot be reached; changes wait on this device.'
				};
			}
			held = await this.#readLocal();
			if ((await this.#mergeConflicts(held)) > 0) {
				held = await this.#readLocal();
				sent += (await this.#o.local.replicate.to(this.#o.remote)).docs_written;
			}
			this.#pushedSeq = (await this.#o.local.info()).update_seq;
			const imported = await this.#import(rows, held);
			return {
				outcome: imported.newer ? 'update-needed' : 'ok',
				sent,
				received,
				conflicts: [...held.values()].reduce((n, h) => n + h.payload.review.length, 0),
				pending: 0,
				message: imported.newer
					? 'Some records come from a newer version of the app: update the app to keep syncing.'
					: imported.skipped > 0
						? `${imported.skipped} records changed here meanwhile; they sync next round.`
						: ''
			};
		} catch (err) {
			if (err instanceof EnvelopeError)
				return {
					...empty,
					outcome: err.kind === 'wrong-key' ? 'wrong-key' : 'error',
					message:
						err.kind === 'tampered'
							? 'A document on the server failed its integrity check; nothing from it was applied.'
							: err.message
				};
			return {
				...empty,
				outcome: 'error',
				message: err instanceof Error ? err.message : String(err)
			};
		}
	}

	/** Writes what the documents hold into Dexie where it differs from the rows read this round. */
	async #import(
		rows: readonly SyncRow[],
		held: Map<string, Held>
	): Promise<{ skipped: number; newer: boolean }> {
		const local = new Map<string, SyncRow>();
		for (const r of rows) local.set(`${r.table}\u0000${r.key}`, r);
		const incoming: IncomingRow[] = [];
		let newer = false;
		for (const h of held.values()) {
			const p = h.payload;
			if (canApply(p, this.#o.versions) === 'newer') {
				newer = true;
				continue;
			}
			const base = local.get(`${p.table}\u0000${p.key}`)?.record ?? null;
			if (!sameRecord(p.record, base))
				incoming.push({ table: p.table, key: p.key, record: p.record, base });
		}
		if (incoming.length === 0) return { skipped: 0, newer };
		const { skipped } = await applySyncRows(this.#o.assessmentId, incoming);
		return { skipped: skipped.length, newer };
	}

	/** What waits for a person, from the documents held on this device. */
	async reviews(): Promise<ReviewItem[]> {
		const held = await this.#readLocal();
		return reviewItems(new Map([...held].map(([id, h]) => [id, h.payload])));
	}

	/** Keeps one side of a conflict: a new write that has seen both, then written into Dexie. */
	async resolve(item: ReviewItem, keep: 'mine' | 'theirs'): Promise<void> {
		const doc = await this.#o.local.get(item.docId);
		const payload = await this.#open(doc);
		const before = payload.record;
		const next = resolveConflict(payload, item.field, keep, {
			device: this.#o.device,
			now: this.#o.now(),
			newId: this.#o.newId
		});
		await this.#o.local.put(await this.#seal(item.docId, doc._rev, next));
		await applySyncRows(this.#o.assessmentId, [
			{ table: next.table, key: next.key, record: next.record, base: before }
		]);
	}
}
