import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment } from '$lib/domain/assessments/assessment';
import type { AppDb } from './db';
import { saveState } from './save-state.svelte';
import { freshDb } from '../testing/db';
import {
	createAssessmentRow,
	saveProgress,
	saveSummary,
	setSuggestionsDismissed
} from './repositories/assessments';
import type { AssessmentSummary } from '$lib/domain/types';
import { defaultControlState, saveControlState } from './repositories/controls';
import { defaultPolicyState, savePolicyState } from './repositories/policies';

let db: AppDb;
const SUMMARY: AssessmentSummary = {
	type1: 1200,
	type2: 800,
	level1: 'not_ready',
	level2: 'not_ready',
	applicableControls: 104,
	implementedControls: 3,
	computedAt: '2026-01-05T10:05:00.000Z'
};
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
		const before = (await db.activity.get('a1'))?.editedAt ?? '';
		const committed: string[] = [];
		const off = saveState.onSaved(() => committed.push(saveState.status));
		await saveControlState({ ...defaultControlState('a1', 'IAM-01'), status: 'implemented' });
		off();
		const row = await db.controlStates.get(['a1', 'IAM-01']);
		const activity = await db.activity.get('a1');
		expect(row?.status).toBe('implemented');
		expect(activity?.editedAt).toBe(row?.updatedAt);
		expect(activity!.editedAt > before).toBe(true);
		// One transaction: the row and the bump commit together, and only then is it Saved.
		expect(committed).toEqual(['saved']);
		expect(saveState.status).toBe('saved');
	});

	it('leaves the assessment row alone and keeps the rest of its activity when it bumps the time', async () => {
		await saveSummary('a1', SUMMARY);
		await saveProgress('a1', { scopeDone: true });
		await savePolicyState({ ...defaultPolicyState('a1', 'POL-ISP'), status: 'draft' });
		const assessment = await db.assessments.get('a1');
		// The row is rewritten only by edits of its own fields, so the store never re-scores for this.
		expect(assessment).toEqual(a);
		const activity = await db.activity.get('a1');
		expect(activity).toMatchObject({ summary: SUMMARY, progress: { scopeDone: true } });
		expect(activity?.editedAt).toBe((await db.policyStates.get(['a1', 'POL-ISP']))?.updatedAt);
		expect((await db.policyStates.get(['a1', 'POL-ISP']))?.status).toBe('draft');
	});

	it('keeps bookkeeping out of the save indicator and the last-edited time', async () => {
		const before = await db.activity.get('a1');
		saveState.status = 'idle';
		await saveSummary('a1', SUMMARY);
		await saveProgress('a1', { interviewControlId: 'IAM-02' });
		expect(saveState.status).toBe('idle');
		const after = await db.activity.get('a1');
		expect(after?.editedAt).toBe(before?.editedAt);
		expect(after?.progress).toEqual({ interviewControlId: 'IAM-02' });
	});

	it('merges progress patches instead of overwriting each other', async () => {
		await Promise.all([
			saveProgress('a1', { scopeQuestionId: 'offices' }),
			saveProgress('a1', { interviewFilter: 'dept:HR' })
		]);
		expect((await db.activity.get('a1'))?.progress).toEqual({
			scopeQuestionId: 'offices',
			interviewFilter: 'dept:HR'
		});
	});

	it('remembers dismissed suggestions beside the progress, shown as saved but not as an edit', async () => {
		await saveProgress('a1', { scopeDone: true });
		const before = await db.activity.get('a1');
		saveState.status = 'idle';
		await Promise.all([
			setSuggestionsDismissed('a1', ['cloud:aws'], true),
			setSuggestionsDismissed('a1', ['cloud:other'], true)
		]);
		expect(saveState.status).toBe('saved');
		let after = await db.activity.get('a1');
		expect(after?.editedAt).toBe(before?.editedAt);
		expect(after?.progress.scopeDone).toBe(true);
		expect([...(after?.progress.dismissedSuggestions ?? [])].sort()).toEqual([
			'cloud:aws',
			'cloud:other'
		]);
		// Dismissing twice keeps one entry; bringing one back leaves the other dismissed.
		await setSuggestionsDismissed('a1', ['cloud:aws'], true);
		await setSuggestionsDismissed('a1', ['cloud:other'], false);
		after = await db.activity.get('a1');
		expect(after?.progress.dismissedSuggestions).toEqual(['cloud:aws']);
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

describe('onEditsCommitted', () => {
	it('tells listeners which assessment an edit changed, after it committed, and not for bookkeeping', async () => {
		const { onEditsCommitted } = await import('./write');
		const heard: Array<{ ids: readonly string[] }> = [];
		const off = onEditsCommitted((ids) => heard.push({ ids }));
		await saveControlState({ ...defaultControlState('a1', 'IAM-02'), status: 'planned' });
		expect(heard.map((h) => h.ids)).toEqual([['a1']]);
		expect((await db.controlStates.get(['a1', 'IAM-02']))?.status).toBe('planned');
		await saveSummary('a1', SUMMARY);
		expect(heard.length).toBe(1);
		off();
		await saveControlState({ ...defaultControlState('a1', 'IAM-02'), status: 'implemented' });
		expect(heard.length).toBe(1);
	});
});
