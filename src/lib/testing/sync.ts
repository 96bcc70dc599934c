/**
 * Devices replicating one record, for the sync merge tests: a script of edits, deletes, syncs and
 * resolutions played on a few devices, and fast-check arbitraries that write such scripts.
 */
import fc from 'fast-check';
import { mergePayloads } from '$lib/domain/sync/merge';
import type { SyncPayload } from '$lib/domain/sync/payload';
import { resolveConflict } from '$lib/domain/sync/resolve';
import { stampChanges } from '$lib/domain/sync/stamp';

export type DeviceOp =
	| { kind: 'edit'; device: number; field: string; value: unknown; tick: boolean }
	| { kind: 'delete'; device: number; tick: boolean }
	| { kind: 'sync'; from: number; to: number; tick: boolean }
	| { kind: 'resolve'; device: number; choice: 'mine' | 'theirs'; tick: boolean };

export const SYNC_FIELDS = ['status', 'note', 'owner'] as const;
export const DEVICE_COUNT = 3;
const BASE_TIME = Date.UTC(2026, 0, 1);

/** Plays `ops` and returns each device's payload (null: it never saw the record). */
export function playDevices(ops: readonly DeviceOp[]): (SyncPayload | null)[] {
	const devices: (SyncPayload | null)[] = Array.from({ length: DEVICE_COUNT }, () => null);
	let seconds = 0;
	let ids = 0;
	ops.forEach((op) => {
		if (op.tick) seconds++;
		const now = new Date(BASE_TIME + seconds * 1000).toISOString();
		const device = op.kind === 'sync' ? op.to : op.device;
		const ctx = {
			device: `device-${device}`,
			now,
			newId: () => `c${String(++ids).padStart(4, '0')}`,
			table: 'controlStates',
			key: 'a1:CC1.1',
			schemaVersion: 3,
			catalogVersion: '2026.1'
		};
		const mine = devices[device] ?? null;
		if (op.kind === 'sync') {
			const theirs = devices[op.from] ?? null;
			if (theirs) devices[device] = mine ? mergePayloads(mine, theirs).merged : theirs;
		} else if (op.kind === 'edit') {
			const record = { ...(mine?.record ?? {}), [op.field]: op.value, updatedAt: now };
			devices[device] = stampChanges(mine, record, ctx).payload;
		} else if (op.kind === 'delete') {
			// A device deletes only what it holds (sync deletes a record it had synced).
			if (mine?.record) devices[device] = stampChanges(mine, null, ctx).payload;
		} else if (mine?.review[0]) {
			devices[device] = resolveConflict(mine, mine.review[0].field, op.choice, ctx);
		}
	});
	return devices;
}

const device = fc.integer({ min: 0, max: DEVICE_COUNT - 1 });
const value = fc.constantFrom<unknown>(1, 2, 'draft', null, { owner: 'ana' }, [1, 2]);

export const deviceOp: fc.Arbitrary<DeviceOp> = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record({
			kind: fc.constant('edit' as const),
			device,
			field: fc.constantFrom(...SYNC_FIELDS),
			value,
			tick: fc.boolean()
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('delete' as const), device, tick: fc.boolean() })
	},
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('sync' as const),
			from: device,
			to: device,
			tick: fc.boolean()
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('resolve' as const),
			device,
			choice: fc.constantFrom('mine' as const, 'theirs' as const),
			tick: fc.boolean()
		})
	}
);

/** The payloads of three devices after a random script, each having seen the record. */
export const threeReplicas: fc.Arbitrary<[SyncPayload, SyncPayload, SyncPayload]> = fc
	.array(deviceOp, { minLength: 1, maxLength: 30 })
	.map((ops) => {
		const seed = SYNC_FIELDS.map((field, i) => ({
			kind: 'edit' as const,
			device: i,
			field,
			value: i,
			tick: true
		}));
		return playDevices([...seed, ...ops]);
	})
	.map(([a, b, c]) => {
		if (!a || !b || !c) throw new Error('every device was seeded');
		return [a, b, c];
	});
