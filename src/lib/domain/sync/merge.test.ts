import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceOp, playDevices, threeReplicas } from '$lib/testing/sync';
import { mergePayloads } from './merge';
import type { SyncPayload } from './payload';
import { resolveConflict } from './resolve';
import { stampChanges } from './stamp';
import { canApply } from './versions';

let n = 0;
const ctx = (device: string, now: string) => ({
	device,
	now,
	newId: () => `id-${++n}`,
	table: 'controlStates',
	key: 'IAM-01',
	schemaVersion: 5,
	catalogVersion: '2026.3'
});
const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-01T10:05:00.000Z';
const T3 = '2026-12-01T10:06:00.000Z';

/** A record both devices have synced: owner and notes empty. */
function shared(): SyncPayload {
	return stampChanges(
		null,
		{ ownerName: '', notes: '', status: 'not_assessed', updatedAt: T1 },
		ctx('A', T1)
	).payload;
}

describe('stampChanges', () => {
	it('gives only changed fields a new clock, descending from the old one, and ignores updatedAt alone', () => {
		const base = shared();
		const same = stampChanges(base, { ...base.record, updatedAt: T2 }, ctx('A', T2));
		expect(same.changed).toBe(false);
		const next = stampChanges(
			base,
			{ ...base.record, ownerName: 'Ana', updatedAt: T2 },
			ctx('A', T2)
		);
		expect(next.changed).toBe(true);
		expect(next.payload.clocks.ownerName?.history).toContain(base.clocks.ownerName?.id);
		expect(next.payload.clocks.notes).toEqual(base.clocks.notes);
	});
});

describe('rows that appear on first edit', () => {
	const initial = { ownerName: '', notes: '', status: 'not_assessed', updatedAt: '' };

	it('merge without review when two devices each create the row by editing different fields', () => {
		const a = stampChanges(
			null,
			{ ...initial, ownerName: 'Ana', updatedAt: T2 },
			{ ...ctx('A', T2), initial }
		).payload;
		const b = stampChanges(
			null,
			{ ...initial, notes: 'from B', status: 'implemented', updatedAt: T3 },
			{ ...ctx('B', T3), initial }
		).payload;
		for (const { merged } of [mergePayloads(a, b), mergePayloads(b, a)]) {
			expect(merged.review).toEqual([]);
			expect(merged.record).toMatchObject({
				ownerName: 'Ana',
				notes: 'from B',
				status: 'implemented'
			});
		}
	});

	it('still put two different first values of the same field up for review', () => {
		const a = stampChanges(null, { ...initial, notes: 'A' }, { ...ctx('A', T2), initial }).payload;
		const b = stampChanges(null, { ...initial, notes: 'B' }, { ...ctx('B', T3), initial }).payload;
		const { merged } = mergePayloads(a, b);
		expect(merged.review.map((r) => r.field)).toEqual(['notes']);
	});

	it('conflict on every differing field without the initial row (the reason it exists)', () => {
		const a = stampChanges(null, { ...initial, ownerName: 'Ana' }, ctx('A', T2)).payload;
		const b = stampChanges(null, { ...initial, notes: 'from B' }, ctx('B', T3)).payload;
		expect(
			mergePayloads(a, b)
				.merged.review.map((r) => r.field)
				.sort()
		).toEqual(['notes', 'ownerName']);
	});
});

describe('mergePayloads', () => {
	it('keeps both edits when two devices change different fields', () => {
		const base = shared();
		const a = stampChanges(
			base,
			{ ...base.record, ownerName: 'Ana', updatedAt: T2 },
			ctx('A', T2)
		).payload;
		const b = stampChanges(
			base,
			{ ...base.record, notes: 'from B', updatedAt: T3 },
			ctx('B', T3)
		).payload;
		const { merged, conflicts } = mergePayloads(a, b);
		expect(merged.record).toMatchObject({ ownerName: 'Ana', notes: 'from B', updatedAt: T3 });
		expect(conflicts).toEqual([]);
		expect(merged.review).toEqual([]);
	});

	it('sends two edits of one field to review with both values, who and when', () => {
		const base = shared();
		const a = stampChanges(
			base,
			{ ...base.record, ownerName: 'Ana', updatedAt: T2 },
			ctx('A', T2)
		).payload;
		const b = stampChanges(
			base,
			{ ...base.record, ownerName: 'Bo', updatedAt: T3 },
			ctx('B', T3)
		).payload;
		const { merged, conflicts } = mergePayloads(a, b);
		expect(conflicts).toHaveLength(1);
		const c = merged.review[0];
		expect(c?.kind).toBe('edit');
		if (c?.kind !== 'edit') return;
		expect([c.mine.value, c.mine.by, c.mine.at]).toEqual(['Bo', 'B', T3]);
		expect([c.theirs.value, c.theirs.by, c.theirs.at]).toEqual(['Ana', 'A', T2]);
		// The record shows the later write meanwhile; nothing is lost.
		expect(merged.record?.ownerName).toBe('Bo');
	});

	it('resolves once: the other value goes to history and an old replica does not bring it back', () => {
		const base = shared();
		const a = stampChanges(
			base,
			{ ...base.record, ownerName: 'Ana', updatedAt: T2 },
			ctx('A', T2)
		).payload;
		const b = stampChanges(
			base,
			{ ...base.record, ownerName: 'Bo', updatedAt: T3 },
			ctx('B', T3)
		).payload;
		const { merged } = mergePayloads(a, b);
		const resolved = resolveConflict(merged, 'ownerName', 'theirs', ctx('A', T3));
		expect(resolved.record?.ownerName).toBe('Ana');
		expect(resolved.review).toEqual([]);
		expect(resolved.history.map((h) => [h.field, h.value, h.reason])).toEqual([
			['ownerName', 'Bo', 'review']
		]);
		const again = mergePayloads(resolved, b).merged;
		expect(again.review).toEqual([]);
		expect(again.record?.ownerName).toBe('Ana');
	});

	it('sends a delete against a concurrent edit to review and keeps the record', () => {
		const base = shared();
		const a = stampChanges(base, null, ctx('A', T2)).payload;
		const b = stampChanges(
			base,
			{ ...base.record, notes: 'still needed', updatedAt: T3 },
			ctx('B', T3)
		).payload;
		const { merged } = mergePayloads(a, b);
		expect(merged.record?.notes).toBe('still needed');
		expect(merged.review.map((r) => r.kind)).toEqual(['delete']);
		const deleted = resolveConflict(merged, '*', 'theirs', ctx('B', T3));
		expect(deleted.record).toBeNull();
	});

	it('deletes when the delete had seen every write', () => {
		const base = shared();
		const gone = stampChanges(base, null, ctx('A', T2)).payload;
		expect(mergePayloads(gone, base).merged.record).toBeNull();
		expect(mergePayloads(base, gone).merged.record).toBeNull();
	});
});

const replicaJson = (p: SyncPayload) => JSON.stringify(p);
/** The same with each ancestor list sorted: those are sets; only their capping reads the order. */
const asSets = (p: SyncPayload) =>
	JSON.stringify(p, (k, v: unknown) =>
		k === 'history' && Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v
	);

describe('merge properties over random scripts of three devices', () => {
	it('is commutative and idempotent', () => {
		fc.assert(
			fc.property(threeReplicas, ([a, b]) => {
				const m = (x: SyncPayload, y: SyncPayload) => mergePayloads(x, y).merged;
				expect(replicaJson(m(a, b))).toBe(replicaJson(m(b, a)));
				expect(replicaJson(m(a, a))).toBe(replicaJson(a));
				expect(replicaJson(m(m(a, b), b))).toBe(replicaJson(m(a, b)));
			}),
			{ numRuns: 300 }
		);
	});

	it('converges: after any script, three devices that then exchange everything agree', () => {
		fc.assert(
			fc.property(fc.array(deviceOp, { minLength: 1, maxLength: 30 }), (ops) => {
				const gossip = [
					[0, 1],
					[1, 2],
					[2, 0],
					[0, 1],
					[1, 2]
				].map(([from, to]) => ({ kind: 'sync' as const, from: from!, to: to!, tick: false }));
				const [a, b, c] = playDevices([...ops, ...gossip]);
				if (!a || !b || !c) return;
				expect(asSets(b)).toBe(asSets(a));
				expect(asSets(c)).toBe(asSets(a));
			}),
			{ numRuns: 300 }
		);
	});

	it('converges: devices that exchange everything end with the same payload', () => {
		const devices = playDevices([
			{ kind: 'edit', device: 0, field: 'owner', value: 'Ana', tick: true },
			{ kind: 'sync', from: 0, to: 1, tick: true },
			{ kind: 'edit', device: 0, field: 'owner', value: 'Ana B', tick: true },
			{ kind: 'edit', device: 1, field: 'owner', value: 'Bo', tick: true },
			{ kind: 'edit', device: 1, field: 'note', value: 'x', tick: true },
			{ kind: 'sync', from: 1, to: 0, tick: true },
			{ kind: 'sync', from: 0, to: 1, tick: true }
		]);
		expect(replicaJson(devices[0]!)).toBe(replicaJson(devices[1]!));
		expect(devices[0]?.review).toHaveLength(1);
		expect(devices[0]?.record).toMatchObject({ note: 'x' });
	});
});

describe('canApply', () => {
	it('refuses a record from a newer schema or catalog', () => {
		const p = shared();
		expect(canApply(p, { schemaVersion: 5, catalogVersion: '2026.3' })).toBe('apply');
		expect(canApply(p, { schemaVersion: 4, catalogVersion: '2026.3' })).toBe('newer');
		expect(canApply(p, { schemaVersion: 5, catalogVersion: '2026.2' })).toBe('newer');
		expect(canApply(p, { schemaVersion: 6, catalogVersion: '2026.10' })).toBe('apply');
	});
});
