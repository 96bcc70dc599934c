import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutosaveDraft, TEXT_DELAY_MS } from './autosave-draft.svelte';

interface Row {
	name: string;
	size: number;
	updatedAt: string;
}

/** The stored row as the live query would deliver it, replaced whole. */
class LiveRow {
	current = $state.raw<Row>({ name: 'Old', size: 1, updatedAt: 't0' });
}

function setup() {
	const live = new LiveRow();
	const writes: Row[] = [];
	let fail = false;
	let release: (() => void) | null = null;
	let hold = false;
	const draft = new AutosaveDraft({
		stored: () => live.current,
		validate: (v: Row): { size?: string } => (v.size < 0 ? { size: 'Not below zero.' } : {}),
		save: async (row: Row) => {
			if (hold) await new Promise<void>((r) => (release = r));
			if (fail) throw new Error('quota');
			writes.push(row);
			// The time the write committed, as the repositories return it.
			return `t${writes.length}`;
		}
	});
	return {
		live,
		draft,
		writes,
		failNext: (v: boolean) => (fail = v),
		holdNext: (v: boolean) => (hold = v),
		release: () => release?.()
	};
}

afterEach(() => {
	vi.useRealTimers();
});

describe('AutosaveDraft', () => {
	it('shows a saved edit until the live row catches up, then follows the live row', async () => {
		const { live, draft, writes } = setup();
		draft.set('name', 'New', true);
		await draft.flush();
		expect(writes).toEqual([{ name: 'New', size: 1, updatedAt: 't0' }]);
		expect(draft.pending).toEqual({});
		// Committed, but the live query has not answered: no flick back to 'Old'.
		expect(draft.view.name).toBe('New');
		live.current = { name: 'New', size: 1, updatedAt: 't1' };
		expect(draft.view.name).toBe('New');
		// A later change from elsewhere (another tab) wins over what this form saved before.
		live.current = { name: 'From another tab', size: 1, updatedAt: 't2' };
		expect(draft.view.name).toBe('From another tab');
	});

	it('builds a second save on the first while the live row is still behind', async () => {
		const { draft, writes } = setup();
		draft.set('name', 'New', true);
		await draft.flush();
		draft.set('size', 5, true);
		await draft.flush();
		expect(writes.at(-1)).toEqual({ name: 'New', size: 5, updatedAt: 't0' });
	});

	it('keeps every saved edit while the live row shows only an earlier save', async () => {
		const { live, draft, writes } = setup();
		draft.set('name', 'New', true);
		await draft.flush();
		draft.set('size', 5, true);
		await draft.flush();
		// The live query answers with the first save only (t1); the second (t2) is still on its way.
		live.current = { name: 'New', size: 1, updatedAt: 't1' };
		expect(draft.view.size).toBe(5);
		draft.set('name', 'Newer', true);
		await draft.flush();
		expect(writes.at(-1)).toEqual({ name: 'Newer', size: 5, updatedAt: 't1' });
		live.current = { name: 'Newer', size: 5, updatedAt: 't3' };
		expect(draft.view).toEqual({ name: 'Newer', size: 5, updatedAt: 't3' });
	});

	it('keeps an edit typed while a save is in flight and saves it after, once each', async () => {
		const { draft, writes, holdNext, release } = setup();
		holdNext(true);
		draft.set('name', 'First', true);
		draft.set('name', 'Second');
		expect(draft.view.name).toBe('Second');
		holdNext(false);
		// Leaving the field flushes: it waits for the save in flight, then saves what is left.
		const blur = draft.flush();
		release();
		await blur;
		expect(writes.map((w) => w.name)).toEqual(['First', 'Second']);
		expect(draft.pending).toEqual({});
		expect(draft.view.name).toBe('Second');
	});

	it('saves nothing while invalid and keeps the edit with its message', async () => {
		const { draft, writes } = setup();
		draft.set('size', -3, true);
		await draft.flush();
		expect(writes).toEqual([]);
		expect(draft.errors).toEqual({ size: 'Not below zero.' });
		expect(draft.view.size).toBe(-3);
		draft.set('size', 3, true);
		await draft.flush();
		expect(writes).toEqual([{ name: 'Old', size: 3, updatedAt: 't0' }]);
	});

	it('keeps the edit when the write fails, and saves it on the next try', async () => {
		const { draft, writes, failNext } = setup();
		failNext(true);
		draft.set('name', 'Kept', true);
		await draft.flush();
		expect(draft.pending).toEqual({ name: 'Kept' });
		expect(draft.view.name).toBe('Kept');
		failNext(false);
		await draft.flush();
		expect(writes).toEqual([{ name: 'Kept', size: 1, updatedAt: 't0' }]);
	});

	it('saves typing after a pause, once', async () => {
		vi.useFakeTimers();
		const { draft, writes } = setup();
		draft.set('name', 'N');
		draft.set('name', 'Ne');
		draft.set('name', 'New');
		await vi.advanceTimersByTimeAsync(TEXT_DELAY_MS - 50);
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(100);
		expect(writes.map((w) => w.name)).toEqual(['New']);
	});
});
