import { beforeEach, describe, expect, it } from 'vitest';
import { emptySection, markReviewed } from '$lib/domain/description/sections';
import type { AppDb } from '../db';
import { freshDb } from '../../testing/db';
import { saveDescriptionSection, saveDescriptionSections } from './description';

let db: AppDb;
beforeEach(() => {
	db = freshDb();
});

describe('description repository', () => {
	it('stores HTML, formulas and 10,000 characters as typed, and a review', async () => {
		const text = `<img src=x onerror=alert(1)> =HYPERLINK("x") ${'y'.repeat(10_000)}`;
		const ts = await saveDescriptionSection(
			markReviewed({ ...emptySection('a1', 'services'), text }, 'Ada', '2027-01-02')
		);
		const row = await db.descriptionSections.get(['a1', 'services']);
		expect(row).toMatchObject({ text, status: 'reviewed', reviewedBy: 'Ada', updatedAt: ts });
		expect((await db.activity.get('a1'))?.editedAt).toBe(ts);
	});

	it('writes accepted proposals in one transaction', async () => {
		await saveDescriptionSections([
			{ ...emptySection('a1', 'data'), text: 'd' },
			{ ...emptySection('a1', 'cuecs'), items: [{ id: 'i', name: 'n', method: null, detail: '' }] }
		]);
		const rows = await db.descriptionSections.where('assessmentId').equals('a1').toArray();
		expect(rows.map((r) => r.sectionId).sort()).toEqual(['cuecs', 'data']);
	});
});
