import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from '$lib/domain/assessments/assessment';
import { freshDb } from '$lib/testing/db';
import type { AppDb } from '$lib/db/db';
import { createAssessmentRow } from '$lib/db/repositories/assessments';
import { patchControlState } from '$lib/db/repositories/controls';
import { journalEntries, keepEdits } from './edit-journal';
import { replayEdits } from './replay-edits';
import { toasts } from './toasts.svelte';

let db: AppDb;
const target = { kind: 'control', assessmentId: 'a1', controlId: 'IAM-01' } as const;

beforeEach(async () => {
	const items = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k)
	});
	db = freshDb();
	await createAssessmentRow(
		createAssessment(
			{ companyName: 'Acme', assessor: 'Ana', reportType: 'type2' },
			'a1',
			new Date('2026-01-05T10:00:00Z'),
			'2026.1'
		)
	);
});

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('replaying the edit journal', () => {
	it('writes an edit kept as the page closed, and forgets it', async () => {
		keepEdits('form-1', target, { notes: { value: 'Typed before the reload', base: '' } });
		await replayEdits();
		expect((await db.controlStates.get(['a1', 'IAM-01']))?.notes).toBe('Typed before the reload');
		expect(journalEntries()).toEqual({});
	});

	it('changes nothing when the write had landed anyway', async () => {
		const r = await patchControlState('a1', 'IAM-01', { notes: { value: 'n', base: '' } });
		keepEdits('form-1', target, { notes: { value: 'n', base: '' } });
		await replayEdits();
		expect((await db.controlStates.get(['a1', 'IAM-01']))?.updatedAt).toBe(r.updatedAt);
	});

	it('does not overwrite a field changed since, and shows the kept text', async () => {
		await patchControlState('a1', 'IAM-01', { ownerName: { value: 'Bo', base: '' } });
		keepEdits('form-1', target, { ownerName: { value: 'Ana', base: '' } });
		const before = toasts.items.length;
		await replayEdits();
		expect((await db.controlStates.get(['a1', 'IAM-01']))?.ownerName).toBe('Bo');
		expect(toasts.items.length).toBe(before + 1);
		expect(toasts.items.at(-1)?.message).toContain('“Ana”');
		expect(journalEntries()).toEqual({});
	});
});
