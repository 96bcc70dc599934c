import { beforeEach, describe, expect, it } from 'vitest';
import { STARTER_RISKS } from '$lib/catalog/risks';
import { riskFromStarter } from '$lib/domain/risks/new-risk';
import type { AppDb } from '../db';
import { saveState } from '../save-state.svelte';
import { freshDb } from '../../testing/db';
import { addRisks, deleteRisk, recordRiskReview, restoreRisk, saveRisk } from './risks';

let db: AppDb;
const now = new Date('2026-12-01T10:00:00Z');
const picked = () =>
	STARTER_RISKS.slice(0, 3).map((s, i) => riskFromStarter(s, `r${i}`, 'a1', now, 'Ana'));

beforeEach(() => {
	db = freshDb();
});

describe('risks repository', () => {
	it('adds picked starters in one write and reports Saved after commit', async () => {
		await addRisks('a1', picked());
		expect(saveState.status).toBe('saved');
		const rows = await db.risks.where('assessmentId').equals('a1').toArray();
		expect(rows.map((r) => r.starterId).sort()).toEqual(['RSK-S01', 'RSK-S02', 'RSK-S03']);
		expect(rows[0]?.history).toHaveLength(1);
	});

	it('records history against the stored row on update', async () => {
		const [first] = picked();
		if (!first) throw new Error('no starter');
		await addRisks('a1', [first]);
		await saveRisk({ ...first, residual: { likelihood: 1, impact: 4 }, history: [] }, 'Ana');
		const row = await db.risks.get('r0');
		expect(row?.history.map((h) => h.change)).toEqual([
			'Added from the starter list (RSK-S01)',
			'Residual rating 2×4 = 8 → 1×4 = 4'
		]);
		expect(row?.history[1]?.by).toBe('Ana');
	});

	it('deletes with Undo and records register reviews', async () => {
		await addRisks('a1', picked());
		const stored = await db.risks.get('r1');
		if (!stored) throw new Error('missing');
		const removed = await deleteRisk(stored);
		expect(await db.risks.get('r1')).toBeUndefined();
		await restoreRisk(removed);
		expect(await db.risks.get('r1')).toEqual(stored);
		await recordRiskReview({
			id: 'rv1',
			assessmentId: 'a1',
			reviewedAt: '2026-12-01',
			reviewer: 'Ana',
			note: '<b>as text</b>',
			riskCount: 3,
			createdAt: now.toISOString(),
			updatedAt: now.toISOString()
		});
		expect((await db.riskReviews.get('rv1'))?.note).toBe('<b>as text</b>');
	});
});
