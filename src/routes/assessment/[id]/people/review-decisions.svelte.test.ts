import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import type { AccessReviewRecord } from '$lib/domain/people/index';
import { freshDb } from '$lib/testing/db';
import { ReviewDecisions } from './review-decisions.svelte';

const BASE: AccessReviewRecord = {
	id: 'r1',
	assessmentId: 'a1',
	systemName: 'GitHub',
	reviewDate: '2026-01-10',
	reviewer: 'Rita',
	completedAt: null,
	accounts: [{ account: 'ana' }, { account: 'bob' }, { account: 'admin' }],
	decisions: [],
	createdAt: '2026-01-10T00:00:00.000Z',
	updatedAt: '2026-01-10T00:00:00.000Z'
};

class LiveRow {
	current = $state.raw<AccessReviewRecord>(BASE);
}

async function setup() {
	const row = new LiveRow();
	await db().accessReviews.put(BASE);
	return { row, editor: new ReviewDecisions(() => row.current) };
}

const stored = async () => (await db().accessReviews.get('r1'))?.decisions;

describe('ReviewDecisions', () => {
	beforeEach(() => {
		freshDb();
	});

	it('saves a decision at once and keeps showing it until the live row arrives', async () => {
		const { editor } = await setup();
		editor.set({ account: 'ana', decision: 'keep', note: '' });
		expect(editor.status).toBe('saving');
		await editor.flush();
		expect(await stored()).toEqual([{ account: 'ana', decision: 'keep', note: '' }]);
		expect(editor.status).toBe('saved');
		expect(editor.byAccount.get('ana')?.decision).toBe('keep');
	});

	it('waits for a pause in typing, and saves the note when flushed', async () => {
		const { editor } = await setup();
		editor.set({ account: 'bob', decision: 'remove', note: 'Left in' }, true);
		expect(await stored()).toEqual([]);
		editor.set({ account: 'bob', decision: 'remove', note: 'Left in May' }, true);
		await editor.flush();
		expect(await stored()).toEqual([{ account: 'bob', decision: 'remove', note: 'Left in May' }]);
	});

	it('keeps decisions another tab made meanwhile, adding its own on top', async () => {
		const { row, editor } = await setup();
		await db().accessReviews.put({
			...BASE,
			decisions: [{ account: 'admin', decision: 'change', note: 'Owner: ops' }],
			updatedAt: '2026-01-11T00:00:00.000Z'
		});
		// This tab has not seen the other tab's decision yet.
		expect(row.current.decisions).toEqual([]);
		editor.set({ account: 'ana', decision: 'keep', note: '' });
		await editor.flush();
		expect(await stored()).toEqual([
			{ account: 'admin', decision: 'change', note: 'Owner: ops' },
			{ account: 'ana', decision: 'keep', note: '' }
		]);
		expect(editor.status).toBe('saved');
	});

	it('says when the save failed (the review was deleted)', async () => {
		const { editor } = await setup();
		await db().accessReviews.delete('r1');
		editor.set({ account: 'ana', decision: 'keep', note: '' });
		await editor.flush();
		expect(editor.status).toBe('failed');
		expect(editor.byAccount.get('ana')?.decision).toBe('keep');
	});
});
