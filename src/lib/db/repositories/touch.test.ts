import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment } from '$lib/domain/assessments/assessment';
import type { AppDb } from '../db';
import { saveState } from '../save-state.svelte';
import { freshDb } from '../../testing/db';
import { createAssessmentRow } from './assessments';
import { defaultControlState, saveControlState } from './controls';
import { defaultPolicyState, savePolicyState } from './policies';

let db: AppDb;
const a = createAssessment(
	{ companyName: 'Acme', assessor: 'Ana', reportType: 'type2' },
	'a1',
	new Date('2026-01-05T10:00:00Z'),
	'2026.1'
);

beforeEach(async () => {
	db = freshDb();
	await createAssessmentRow(a);
});

describe('autosave of one row', () => {
	it('commits the control and the last-edited time together, then says Saved', async () => {
		const before = (await db.assessments.get('a1'))?.updatedAt ?? '';
		const committed: string[] = [];
		const off = saveState.onSaved(() => committed.push(saveState.status));
		await saveControlState({ ...defaultControlState('a1', 'IAM-01'), status: 'implemented' });
		off();
		const row = await db.controlStates.get(['a1', 'IAM-01']);
		const assessment = await db.assessments.get('a1');
		expect(row?.status).toBe('implemented');
		expect(assessment?.updatedAt).toBe(row?.updatedAt);
		expect(assessment!.updatedAt > before).toBe(true);
		// One transaction: the row and the bump commit together, and only then is it Saved.
		expect(committed).toEqual(['saved']);
		expect(saveState.status).toBe('saved');
	});

	it('keeps every other field of the assessment when it bumps the time', async () => {
		await savePolicyState({ ...defaultPolicyState('a1', 'POL-ISP'), status: 'draft' });
		const assessment = await db.assessments.get('a1');
		expect(assessment).toEqual({ ...a, updatedAt: assessment?.updatedAt });
		expect((await db.policyStates.get(['a1', 'POL-ISP']))?.status).toBe('draft');
	});

	it('reports a failed write and keeps it for Retry', async () => {
		db.close();
		await expect(
			saveControlState({ ...defaultControlState('a1', 'IAM-02'), status: 'planned' })
		).rejects.toThrow();
		expect(saveState.status).toBe('error');
		expect(saveState.canRetry).toBe(true);
	});
});
