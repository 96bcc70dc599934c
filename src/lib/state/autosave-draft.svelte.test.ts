import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PatchResult } from '$lib/db/patch';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { saveState } from '$lib/db/save-state.svelte';
import { AutosaveDraft, TEXT_DELAY_MS } from './autosave-draft.svelte';
import { journalEntries } from './edit-journal';

interface Row {
	name: string;
	size: number;
	notes: string;
	updatedAt: string;
}

/** The stored row as the live query would deliver it, replaced whole. */
class LiveRow {
	current = $state.raw<Row>({ name: 'Old', size: 1, notes: '', updatedAt: 't0' });
}

/**
 * A stand-in for the database: it keeps the committed row and applies each patch the simple way
 * (a field is written when it is still at its base; otherwise it is reported as a conflict), so
 * these tests do not check the draft with the merge code it relies on.
 */
function setup() {
	const live = new LiveRow();
	let db: Row = { ...live.current };
	const writes: Array<FieldPatch<Row>> = [];
	let fail = false;
	let release: (() => void) | null = null;
	let hold = false;
	const draft = new AutosaveDraft({
		stored: () => live.current,
		validate: (v: Row): { size?: string } => (v.size < 0 ? { size: 'Not below zero.' } : {}),
		target: () => ({ kind: 'control', assessmentId: 'a1', controlId: 'C-1' }),
		save: async (_target, patch: FieldPatch<Row>): Promise<PatchResult<Row>> => {
			if (hold) await new Promise<void>((r) => (release = r));
			if (fail) throw new Error('quota');
			writes.push(patch);
			const conflicts: Partial<Row> = {};
			const next: Record<string, unknown> = { ...db };
			for (const [k, edit] of Object.entries(patch)) {
				const now = Reflect.get(db, k);
				if (now === edit.base || now === edit.value) next[k] = edit.value;
				else Reflect.set(conflicts, k, now);
			}
			db = { ...(next as unknown as Row), updatedAt: `t${writes.length}` };
			return { updatedAt: db.updatedAt, conflicts };
		}
	});
	return {
		live,
		draft,
		writes,
		db: () => db,
		/** Another tab commits a change; the live query delivers it. */
		elsewhere: (patch: Partial<Row>) => {
			db = { ...db, ...patch, updatedAt: `t${writes.length}.5` };
			live.current = db;
		},
		failNext: (v: boolean) => (fail = v),
		holdNext: (v: boolean) => (hold = v),
		release: () => release?.()
	};
}

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('AutosaveDraft', () => {
	it('sends only the changed field with the value it was based on', async () => {
		const { draft, writes, db } = setup();
		draft.set('name', 'New', true);
		await draft.flush();
		expect(writes).toEqual([{ name: { value: 'New', base: 'Old' } }]);
		expect(db()).toEqual({ name: 'New', size: 1, notes: '', updatedAt: 't1' });
	});

	it('shows a saved edit until the live row catches up, then follows the live row', async () => {
		const { live, draft } = setup();
		draft.set('name', 'New', true);
		await draft.flush();
		expect(draft.pending).toEqual({});
		// Committed, but the live query has not answered: no flick back to 'Old'.
		expect(draft.view.name).toBe('New');
		live.current = { name: 'New', size: 1, notes: '', updatedAt: 't1' };
		expect(draft.view.name).toBe('New');
		// A later change from elsewhere (another tab) wins over what this form saved before.
		live.current = { name: 'From another tab', size: 1, notes: '', updatedAt: 't2' };
		expect(draft.view.name).toBe('From another tab');
	});

	it('bases a second edit of a field on what this form saved, while the live row is behind', async () => {
		const { draft, writes } = setup();
		draft.set('name', 'New', true);
		await draft.flush();
		draft.set('name', 'Newer', true);
		await draft.flush();
		expect(writes.at(-1)).toEqual({ name: { value: 'Newer', base: 'New' } });
		expect(draft.conflicts).toEqual({});
	});

	it('keeps the other tab’s edit of another field', async () => {
		const { draft, db, elsewhere } = setup();
		draft.set('name', 'Mine');
		elsewhere({ notes: 'Theirs' });
		await draft.flush();
		expect(db()).toMatchObject({ name: 'Mine', notes: 'Theirs' });
		expect(draft.view).toMatchObject({ name: 'Mine', notes: 'Theirs' });
	});

	it('holds an edit of a field the other tab changed, with both values, until the user chooses', async () => {
		const { draft, db, writes, elsewhere } = setup();
		draft.set('name', 'Mine');
		draft.set('size', 2);
		elsewhere({ name: 'Theirs' });
		await draft.flush();
		// The other field saved; this one did not, and the user's text is still in the form.
		expect(db()).toMatchObject({ name: 'Theirs', size: 2 });
		expect(draft.conflicts).toEqual({ name: 'Theirs' });
		expect(draft.pending).toEqual({ name: 'Mine' });
		expect(draft.view.name).toBe('Mine');
		// Not saved again on its own while the conflict stands.
		const count = writes.length;
		draft.set('name', 'Mine, edited');
		await draft.flush();
		expect(writes.length).toBe(count);
		await draft.keepMine('name');
		expect(writes.at(-1)).toEqual({ name: { value: 'Mine, edited', base: 'Theirs' } });
		expect(db().name).toBe('Mine, edited');
		expect(draft.conflicts).toEqual({});
		expect(draft.pending).toEqual({});
	});

	it('drops the user’s edit when they take the other value', async () => {
		const { draft, db, elsewhere } = setup();
		draft.set('name', 'Mine');
		elsewhere({ name: 'Theirs' });
		await draft.flush();
		draft.useTheirs('name');
		expect(draft.conflicts).toEqual({});
		expect(draft.pending).toEqual({});
		expect(draft.view.name).toBe('Theirs');
		expect(db().name).toBe('Theirs');
	});

	it('keeps an edit typed while a save is in flight and saves it after, based on the first', async () => {
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
		expect(writes).toEqual([
			{ name: { value: 'First', base: 'Old' } },
			{ name: { value: 'Second', base: 'First' } }
		]);
		expect(draft.pending).toEqual({});
		expect(draft.conflicts).toEqual({});
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
		expect(writes).toEqual([{ size: { value: 3, base: 1 } }]);
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
		expect(writes).toEqual([{ name: { value: 'Kept', base: 'Old' } }]);
	});

	it('after a failed write, the next committed write (Retry) lets the form save and clear its edit', async () => {
		const { draft, writes, failNext } = setup();
		failNext(true);
		draft.set('name', 'Kept', true);
		await draft.flush();
		expect(draft.pending).toEqual({ name: 'Kept' });
		failNext(false);
		// What Retry does: the save indicator runs a write again, and it commits.
		await saveState.run(async () => undefined);
		await vi.waitFor(() => expect(draft.pending).toEqual({}));
		expect(writes).toEqual([{ name: { value: 'Kept', base: 'Old' } }]);
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
		expect(writes.map((w) => w.name?.value)).toEqual(['New']);
	});

	it('keeps the edits in the journal when the page is left, and forgets them once written', async () => {
		const items = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => items.get(k) ?? null,
			setItem: (k: string, v: string) => void items.set(k, v),
			removeItem: (k: string) => void items.delete(k)
		});
		const { draft, holdNext, release } = setup();
		holdNext(true);
		draft.set('name', 'Typed');
		const leaving = draft.flush(true);
		// Kept synchronously, before the write could even read its row.
		const kept = Object.values(journalEntries());
		expect(kept.map((e) => [e.target, e.patch])).toEqual([
			[
				{ kind: 'control', assessmentId: 'a1', controlId: 'C-1' },
				{ name: { value: 'Typed', base: 'Old' } }
			]
		]);
		release();
		await leaving;
		expect(journalEntries()).toEqual({});
	});
});
