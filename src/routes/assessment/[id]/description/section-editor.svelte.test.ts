import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import type { DescriptionSection } from '$lib/domain/description/records';
import { emptySection, markReviewed } from '$lib/domain/description/sections';
import { freshDb } from '$lib/testing/db';
import { SectionEditor } from './section-editor.svelte';

class LiveRow {
	current = $state.raw<DescriptionSection>(emptySection('a1', 'subservice'));
}

/** An editor over `row`, stored first when `persist` (a section written before). */
async function setup(row: DescriptionSection, persist = false) {
	const live = new LiveRow();
	live.current = row;
	if (persist) await db().descriptionSections.put(row);
	return { live, editor: new SectionEditor(() => live.current) };
}

const stored = () => db().descriptionSections.get(['a1', 'subservice']);

describe('SectionEditor', () => {
	beforeEach(() => {
		freshDb();
	});

	it('returns a reviewed section to draft in the same save as the edit', async () => {
		const reviewed = markReviewed(
			{ ...emptySection('a1', 'subservice'), text: 'Old words' },
			'Ada',
			'2027-01-02'
		);
		const { editor } = await setup(reviewed, true);
		editor.setText('New words');
		await editor.flush();
		expect(await stored()).toMatchObject({
			text: 'New words',
			status: 'draft',
			reviewedBy: '',
			reviewedAt: null
		});
	});

	it('adds, edits and removes entries, carve-out first for subservice organisations', async () => {
		const { editor } = await setup(emptySection('a1', 'subservice'));
		const id = editor.addItem(true);
		editor.setItem(id, { name: 'Cloud Co', method: 'inclusive' }, true);
		await editor.flush();
		expect((await stored())?.items).toEqual([
			{ id, name: 'Cloud Co', method: 'inclusive', detail: '' }
		]);
		editor.removeItem(id);
		await editor.flush();
		expect((await stored())?.items).toEqual([]);
	});

	it('records a review and goes back to draft on request, keeping the text', async () => {
		const { editor } = await setup({ ...emptySection('a1', 'subservice'), text: 'x' }, true);
		editor.review(' Ada ', '2027-01-02');
		await editor.flush();
		expect(await stored()).toMatchObject({ status: 'reviewed', reviewedBy: 'Ada' });
		editor.toDraft();
		await editor.flush();
		expect(await stored()).toMatchObject({ text: 'x', status: 'draft', reviewedAt: null });
	});

	it('saves nothing while the text is over the limit, and keeps it with its message', async () => {
		const { editor } = await setup(emptySection('a1', 'subservice'));
		editor.setText('a'.repeat(50_001));
		await editor.flush();
		expect(await stored()).toBeUndefined();
		expect(editor.view.text).toHaveLength(50_001);
		expect(editor.errors.text).toContain('50,000 characters');
	});
});
