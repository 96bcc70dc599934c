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
	sameContent,
	type IncomingRow,
	type SyncRow
} from '$lib/db/repositories/sync-rows';
import { jsonEqual } from '$lib/domain/sync/json';
import { mergePayloads } from '$lib/domain/sync/merge';
import type { SyncPayload } from '$lib/domain/sync/payload';
import { stampChanges } from '$lib/domain/sync/stamp';
import { canApply, type LocalVersions } from '$lib/domain/sync/versions';
import { resolveConflict } from '$lib/domain/sync/resolve';
import { EnvelopeError, opaqueId, openDoc, sealDoc, type TeamKey } from './envelope';
import { reviewItems, type ReviewItem } from './reviews';
import { TEAM_DOC_ID, type TeamDoc } from './team-doc';

const PRESENT_DOC = '_local/present';
/** The local update sequence the server had everything up to, after the last round. */
const PUSHED_DOC = '_local/pushed';

export interface SessionOptions {
	assessmentId: string;
	key: TeamKey;
	/**
	 * Keys the team used before its passphrase changed, newest first: documents still sealed
	 * with one are opened with it and moved under the current key (new id, new seal).
	 */
	previousKeys?: readonly TeamKey[];
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

/** The documents held locally: those that open, and those that fail (never applied). */
interface LocalDocs {
	held: Map<string, Held>;
	bad: Map<string, EnvelopeError>;
	/** Sealed with a key the team used before: to move under the current key. */
	retired: Held[];
}

/**
 * Whether a PouchDB failure means "no network or no server" (the changes wait) rather than a
 * server that answered wrongly (an error with its reason). An answer that is not JSON is the
 * latter: something answered, and it is not a CouchDB.
 */
function offline(err: unknown): boolean {
	if (typeof navigator !== 'undefined' && !navigator.onLine) return true;
	const e = err as { status?: number; name?: string; message?: string; type?: string } | null;
	if (e?.status !== undefined && e.status > 0) return false;
	const message = e?.message ?? '';
	if (e?.type === 'invalid-json' || /JSON/i.test(message)) return false;
	return (
		e?.status === 0 ||
		e?.type === 'system' ||
		e?.name === 'TypeError' ||
		/fetch|network|Failed to|hang up|ECONN|aborted/i.test(message)
	);
}

function sealedBody(doc: PouchDoc): unknown {
	return { v: doc.v, iv: doc.iv, ct: doc.ct, _id: doc._id, _rev: doc._rev };
}

export class SyncSession {
	readonly #o: SessionOptions;
	/** The local update sequence the server has seen everything up to. */
	#pushedSeq: number | string = 0;
	#pushedLoaded = false;
	/**
	 * Ids of the documents whose record this device's database held at the end of the last round
	 * (kept in a _local document, which never replicates). Only such a record, gone from the
	 * database since, is a delete made here: a document this device never applied is not.
	 */
	#present: Set<string> | null = null;
	/** Document ids by table and key: an HMAC, the same every time. */
	#ids = new Map<string, string>();
	/** Opened payloads by document id and revision: a revision's body never changes. */
	#opened = new Map<string, { rev: string; payload: SyncPayload }>();

	constructor(options: SessionOptions) {
		this.#o = options;
	}

	get local(): PouchDB {
		return this.#o.local;
	}

	async #idOf(table: string, key: string): Promise<string> {
		const k = `${table}\u0000${key}`;
		let id = this.#ids.get(k);
		if (id === undefined) {
			id = await opaqueId(this.#o.key, table, key);
			this.#ids.set(k, id);
		}
		return id;
	}

	async #loadPresent(): Promise<Set<string>> {
		if (this.#present) return this.#present;
		try {
			const doc = (await this.#o.local.get(PRESENT_DOC)) as PouchDoc & { ids?: unknown };
			this.#present = new Set(Array.isArray(doc.ids) ? doc.ids.map(String) : []);
		} catch (err) {
			if ((err as { status?: number }).status !== 404) throw err;
			this.#present = new Set();
		}
		return this.#present;
	}

	async #savePresent(ids: Set<string>): Promise<void> {
		this.#present = ids;
		let rev: string | undefined;
		try {
			rev = (await this.#o.local.get(PRESENT_DOC))._rev;
		} catch (err) {
			if ((err as { status?: number }).status !== 404) throw err;
		}
		await this.#o.local.put({ _id: PRESENT_DOC, ...(rev ? { _rev: rev } : {}), ids: [...ids] });
	}

	/** After writing `applied` rows into the database: which records it now holds. */
	async #notePresent(start: ReadonlySet<string>, applied: readonly IncomingRow[]): Promise<void> {
		const next = new Set(start);
		for (const row of applied) {
			const id = await this.#idOf(row.table, row.key);
			if (row.record) next.add(id);
			else next.delete(id);
		}
		await this.#savePresent(next);
	}

	async #open(doc: PouchDoc): Promise<SyncPayload> {
		return (await openDoc(this.#o.key, doc._id, sealedBody(doc))) as SyncPayload;
	}

	async #seal(docId: string, rev: string | undefined, payload: SyncPayload): Promise<PouchDoc> {
		const sealed = await sealDoc(this.#o.key, docId, payload);
		return { _id: docId, ...(rev ? { _rev: rev } : {}), ...sealed };
	}

	/**
	 * Every encrypted document held locally, opened (the team document is not one of them). One
	 * that fails its tag or is not an envelope is set aside in `bad`: nothing from it is applied
	 * or exported over, and the next round tries again (the server may have repaired it).
	 */
	async #readLocal(): Promise<LocalDocs> {
		const { rows } = await this.#o.local.allDocs({ include_docs: true, conflicts: true });
		const held = new Map<string, Held>();
		const bad = new Map<string, EnvelopeError>();
		const retired: Held[] = [];
		for (const r of rows) {
			if (!r.doc || r.id === TEAM_DOC_ID || r.id.startsWith('_')) continue;
			const cached = this.#opened.get(r.id);
			if (cached && cached.rev === r.doc._rev) {
				held.set(r.id, { doc: r.doc, payload: cached.payload });
				continue;
			}
			try {
				const payload = await this.#open(r.doc);
				this.#opened.set(r.id, { rev: r.doc._rev ?? '', payload });
				held.set(r.id, { doc: r.doc, payload });
			} catch (err) {
				if (!(err instanceof EnvelopeError) || err.kind === 'unsupported-version') throw err;
				const old = await this.#openWithPrevious(r.doc);
				if (old) retired.push({ doc: r.doc, payload: old });
				else bad.set(r.id, err);
			}
		}
		return { held, bad, retired };
	}

	async #openWithPrevious(doc: PouchDoc): Promise<SyncPayload | null> {
		for (const key of this.#o.previousKeys ?? []) {
			try {
				return (await openDoc(key, doc._id, sealedBody(doc))) as SyncPayload;
			} catch {
				// Not this key either.
			}
		}
		return null;
	}

	/**
	 * Moves documents sealed with a previous team key under the current one: the new id (ids are
	 * keyed too), sealed anew, merged with what already sits there, and the old document deleted.
	 * Returns how many moved; the caller reads the local copy again.
	 */
	async #migrate(local: LocalDocs): Promise<number> {
		if (local.retired.length === 0) return 0;
		const present = await this.#loadPresent();
		const next = new Set(present);
		const target = new Map<string, { rev?: string; payload: SyncPayload }>();
		for (const [id, h] of local.held) target.set(id, { rev: h.doc._rev, payload: h.payload });
		const deletes: PouchDoc[] = [];
		const moved = new Set<string>();
		for (const old of local.retired) {
			const id = await this.#idOf(old.payload.table, old.payload.key);
			const there = target.get(id);
			const payload = there ? mergePayloads(there.payload, old.payload).merged : old.payload;
			target.set(id, { rev: there?.rev, payload });
			deletes.push({ _id: old.doc._id, _rev: old.doc._rev, _deleted: true });
			if (next.delete(old.doc._id)) next.add(id);
			moved.add(id);
		}
		const puts: PouchDoc[] = [];
		for (const id of moved) {
			const t = target.get(id)!;
			puts.push(await this.#seal(id, t.rev, t.payload));
		}
		await this.#o.local.bulkDocs([...puts, ...deletes]);
		await this.#savePresent(next);
		return local.retired.length;
	}

	/**
	 * The team document on the server, or null when it has none. Throws PouchDB's error when the
	 * server cannot be reached or refuses the account.
	 */
	async #remoteFingerprint(): Promise<string | null> {
		try {
			const doc = (await this.#o.remote.get(TEAM_DOC_ID)) as PouchDoc & { fingerprint?: unknown };
			return typeof doc.fingerprint === 'string' ? doc.fingerprint : null;
		} catch (err) {
			if ((err as { status?: number }).status === 404) return null;
			throw err;
		}
	}

	/**
	 * A new team key from a passphrase change on this device: the team document in the local copy
	 * now names it (it reaches the server with the next round). The caller restarts the session
	 * with the new key, the old one among the previous keys, so the round moves every document.
	 */
	async writeTeamDoc(doc: Omit<TeamDoc, '_rev'>): Promise<void> {
		let rev: string | undefined;
		try {
			rev = (await this.#o.local.get(TEAM_DOC_ID))._rev;
		} catch (err) {
			if ((err as { status?: number }).status !== 404) throw err;
		}
		await this.#o.local.put({ ...doc, ...(rev ? { _rev: rev } : {}) });
	}

	/**
	 * After replication: folds every conflicting revision into the winner, so the record merges
	 * field by field, and merges the body held before the round into a replaced document. Merging
	 * is a join, so an honest newer revision comes out unchanged, while an old revision replayed by
	 * the server (or a device that lost its copy) cannot undo writes this device has seen. A
	 * conflicting revision that fails its tag is left alone, never merged in. Returns how many
	 * documents were written again.
	 */
	async #settle(
		before: ReadonlyMap<string, { rev: string; payload: SyncPayload }>,
		after: Map<string, Held>
	): Promise<number> {
		const puts: PouchDoc[] = [];
		for (const [id, now] of after) {
			const revs = now.doc._conflicts ?? [];
			const was = before.get(id);
			// A body from a newer app this device never applied is not merged back in either.
			const replaced =
				was !== undefined &&
				was.rev !== now.doc._rev &&
				canApply(was.payload, this.#o.versions) !== 'newer';
			if (revs.length === 0 && !replaced) continue;
			if (canApply(now.payload, this.#o.versions) === 'newer') continue;
			let payload = now.payload;
			const folded: string[] = [];
			for (const rev of revs) {
				const other = await this.#o.local.get(id, { rev }).catch(() => null);
				const opened = other && (await this.#open(other).catch(() => null));
				if (!opened || canApply(opened, this.#o.versions) === 'newer') continue;
				payload = mergePayloads(payload, opened).merged;
				folded.push(rev);
			}
			if (replaced) payload = mergePayloads(was.payload, payload).merged;
			const same = jsonEqual(payload, now.payload);
			if (folded.length === 0 && same) continue;
			// Only a merge that adds something writes the winner again. Otherwise the losing
			// revisions are just deleted: two devices deleting the same leaf make no new conflict,
			// whereas each rewriting the winner would, round after round.
			if (!same) puts.push(await this.#seal(id, now.doc._rev, payload));
			puts.push(...folded.map((rev) => ({ _id: id, _rev: rev, _deleted: true })));
		}
		if (puts.length > 0) await this.#o.local.bulkDocs(puts);
		return puts.length;
	}

	/** Local Dexie rows stamped into documents; returns how many documents changed. */
	async #export(
		rows: readonly SyncRow[],
		held: Map<string, Held>,
		bad: ReadonlyMap<string, unknown>,
		present: ReadonlySet<string>
	): Promise<Set<string>> {
		const ctx = { device: this.#o.device, now: this.#o.now(), newId: this.#o.newId };
		const seen = new Set<string>();
		const puts: PouchDoc[] = [];
		for (const row of rows) {
			const id = await this.#idOf(row.table, row.key);
			seen.add(id);
			// Not over a document that failed its check: the row waits until it is repaired.
			if (bad.has(id)) continue;
			const prev = held.get(id);
			const next = stampChanges(prev?.payload ?? null, row.record, {
				...ctx,
				...this.#o.versions,
				table: row.table,
				key: row.key,
				...(row.initial ? { initial: row.initial } : {})
			});
			if (next.changed) puts.push(await this.#seal(id, prev?.doc._rev, next.payload));
		}
		for (const [id, h] of held) {
			if (seen.has(id) || bad.has(id) || h.payload.record === null || !present.has(id)) continue;
			const next = stampChanges(h.payload, null, {
				...ctx,
				...this.#o.versions,
				table: h.payload.table,
				key: h.payload.key
			});
			if (next.changed) puts.push(await this.#seal(id, h.doc._rev, next.payload));
		}
		if (puts.length > 0) await this.#o.local.bulkDocs(puts);
		return seen;
	}

	async #pending(): Promise<number> {
		if (!this.#pushedLoaded) {
			this.#pushedLoaded = true;
			const doc = (await this.#o.local.get(PUSHED_DOC).catch(() => null)) as
				(PouchDoc & { seq?: unknown }) | null;
			if (typeof doc?.seq === 'number' || typeof doc?.seq === 'string') this.#pushedSeq = doc.seq;
		}
		const changes = await this.#o.local.changes({ since: this.#pushedSeq });
		return changes.results.filter((c) => c.id !== TEAM_DOC_ID).length;
	}

	/** One round: export, replicate, merge, import. Never throws: the result says what happened. */
	async round(): Promise<RoundResult> {
		const empty = { sent: 0, received: 0, conflicts: 0, pending: 0 };
		try {
			const rows = await readSyncRows(this.#o.assessmentId);
			let before = await this.#readLocal();
			if ((await this.#migrate(before)) > 0) before = await this.#readLocal();
			// A record from a newer app is neither applied nor written over: edits to it wait here.
			const hold = new Map<string, unknown>(before.bad);
			for (const [id, h] of before.held)
				if (canApply(h.payload, this.#o.versions) === 'newer') hold.set(id, h);
			const start = await this.#export(rows, before.held, hold, await this.#loadPresent());
			// Local work is stamped into this device's copy first, so it counts as waiting.
			let remoteFingerprint: string | null;
			try {
				remoteFingerprint = await this.#remoteFingerprint();
			} catch (err) {
				if (!offline(err)) throw err;
				return {
					...empty,
					outcome: 'offline',
					pending: await this.#pending(),
					message: 'The sync server cannot be reached; changes wait on this device.'
				};
			}
			const fingerprints = [this.#o.key, ...(this.#o.previousKeys ?? [])].map((k) => k.fingerprint);
			if (remoteFingerprint !== null && !fingerprints.includes(remoteFingerprint))
				return {
					...empty,
					outcome: 'wrong-key',
					pending: await this.#pending(),
					message:
						'The team passphrase was changed on another device: enter the new one below to keep syncing. Nothing was sent or applied; your own work stays on this device.'
				};
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
			// What this device had opened last, per document: also the last good body of one that
			// failed its check meanwhile, so a replay on top of it is still caught.
			const known = new Map(this.#opened);
			let local = await this.#readLocal();
			// Another device may still have sent documents under the previous key.
			const migrated = await this.#migrate(local);
			if (migrated > 0) local = await this.#readLocal();
			const rewritten = migrated + (await this.#settle(known, local.held));
			if (rewritten > 0) {
				local = await this.#readLocal();
				sent += (await this.#o.local.replicate.to(this.#o.remote)).docs_written;
			}
			const held = local.held;
			this.#pushedSeq = (await this.#o.local.info()).update_seq;
			this.#pushedLoaded = true;
			const pushed = await this.#o.local.get(PUSHED_DOC).catch(() => null);
			await this.#o.local.put({
				_id: PUSHED_DOC,
				...(pushed ? { _rev: pushed._rev } : {}),
				seq: this.#pushedSeq
			});
			const imported = await this.#import(rows, held);
			await this.#notePresent(start, imported.applied);
			if (local.bad.size > 0)
				return {
					...empty,
					outcome: 'error',
					sent,
					received,
					pending: await this.#pending(),
					message: `${local.bad.size === 1 ? 'A document' : `${local.bad.size} documents`} on the server failed ${local.bad.size === 1 ? 'its' : 'their'} integrity check; nothing from ${local.bad.size === 1 ? 'it' : 'them'} was applied. Everything else synced.`
				};
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
			const why = (err as { message?: unknown } | null)?.message;
			return {
				...empty,
				outcome: 'error',
				message: `Sync stopped: ${(typeof why === 'string' && why ? why : String(err)).replace(/[.\s]+$/, '')}. Nothing was lost on this device.`
			};
		}
	}

	/** Writes what the documents hold into Dexie where it differs from the rows read this round. */
	async #import(
		rows: readonly SyncRow[],
		held: Map<string, Held>
	): Promise<{ skipped: number; newer: boolean; applied: IncomingRow[] }> {
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
			if (!sameContent(p.record, base))
				incoming.push({ table: p.table, key: p.key, record: p.record, base });
		}
		if (incoming.length === 0) return { skipped: 0, newer, applied: [] };
		const { skipped } = await applySyncRows(this.#o.assessmentId, incoming);
		const missed = new Set(skipped);
		const applied = incoming.filter((r) => !missed.has(`${r.table}/${r.key}`));
		return { skipped: skipped.length, newer, applied };
	}

	/**
	 * Calls `onChange` when the server's database changes (a live feed, long polling), so another
	 * device's edit shows here within a round instead of at the next periodic one. `onStop` hears
	 * when the feed ends on an error (offline, server gone); the caller starts a new one later.
	 */
	watch(onChange: () => void, onStop: () => void): () => void {
		const feed = this.#o.remote.changes({ since: 'now', live: true, heartbeat: 25_000 });
		feed.on('change', () => onChange());
		feed.on('error', () => onStop());
		return () => feed.cancel();
	}

	/** What waits for a person, from the documents held on this device. */
	async reviews(): Promise<ReviewItem[]> {
		const { held } = await this.#readLocal();
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
		const row = { table: next.table, key: next.key, record: next.record, base: before };
		const { skipped } = await applySyncRows(this.#o.assessmentId, [row]);
		if (skipped.length === 0) await this.#notePresent(await this.#loadPresent(), [row]);
	}
}
