import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../db';
import { freshDb } from '../../testing/db';
import {
	addPolicyVersion,
	approvePolicyText,
	discardPolicyDraft,
	savePolicyDraft,
	startPolicyTexts
} from './policy-texts';

let db: AppDb;
const A = 'a1';
const body = {
	purpose: '<b>Acme</b> =SUM(A1)',
	scope: 's',
	roles: 'r',
	requirements: 'q',
	exceptions: 'e',
	review: 'v'
};

beforeEach(() => {
	db = freshDb();
});

describe('policy text versions', () => {
	it('starts one draft, saves edits, and approving freezes it and approves the policy', async () => {
		const v1 = await addPolicyVersion(A, 'POL-ACCESS', body, 't1');
		expect(v1).toMatchObject({ version: 1, approvedAt: null });
		// A second start while a draft exists returns that draft.
		expect((await addPolicyVersion(A, 'POL-ACCESS', body, 't-dup')).id).toBe('t1');

		const long = 'x'.repeat(10_000);
		await savePolicyDraft({ ...v1, body: { ...body, scope: long }, changeNote: 'first' });
		expect((await db.policyTexts.get('t1'))?.body.scope).toBe(long);

		await approvePolicyText(
			{ ...v1, body: { ...body, scope: long, roles: 'final' }, changeNote: 'first' },
			{ reviewFrequency: 'annually' },
			{ approvedBy: ' Sam Lee ', approvedAt: '2026-03-15' }
		);
		expect(await db.policyTexts.get('t1')).toMatchObject({
			approvedBy: 'Sam Lee',
			approvedAt: '2026-03-15',
			body: { scope: long, roles: 'final', purpose: '<b>Acme</b> =SUM(A1)' }
		});
		expect(await db.policyStates.get([A, 'POL-ACCESS'])).toMatchObject({
			status: 'approved',
			approvedAt: '2026-03-15',
			nextReview: '2027-03-15'
		});
		expect((await db.activity.get(A))?.editedAt).toBeTruthy();

		// The approved version never changes again; a new version starts from it.
		const frozen = /^Version 1 was approved \(perhaps in another tab\) and can no longer change/;
		await expect(savePolicyDraft({ ...v1, body, changeNote: '' })).rejects.toThrow(frozen);
		await expect(discardPolicyDraft(v1)).rejects.toThrow(frozen);
		expect((await db.policyTexts.get('t1'))?.body.roles).toBe('final');
		const v2 = await addPolicyVersion(A, 'POL-ACCESS', body, 't2');
		expect(v2.version).toBe(2);
		await discardPolicyDraft(v2);
		expect(await db.policyTexts.count()).toBe(1);
	});

	it('keeps the owner already on the tracker', async () => {
		await db.policyStates.put({
			assessmentId: A,
			policyId: 'POL-ISP',
			status: 'draft',
			ownerName: 'Alex Kim',
			approvedAt: null,
			nextReview: null,
			updatedAt: '2026-01-01T00:00:00.000Z'
		});
		const v1 = await addPolicyVersion(A, 'POL-ISP', body, 'i1');
		await approvePolicyText(
			v1,
			{ reviewFrequency: 'quarterly' },
			{
				approvedBy: 'Sam',
				approvedAt: '2026-01-31'
			}
		);
		expect(await db.policyStates.get([A, 'POL-ISP'])).toMatchObject({
			ownerName: 'Alex Kim',
			status: 'approved',
			nextReview: '2026-04-30'
		});
	});

	it('starts every policy without a text at once, leaving started ones as they are', async () => {
		await addPolicyVersion(A, 'POL-ACCESS', { ...body, scope: 'mine' }, 't1');
		await addPolicyVersion('other', 'POL-AUP', body, 'o1');
		const added = await startPolicyTexts(A, [
			{ policyId: 'POL-ACCESS', body, id: 'x1' },
			{ policyId: 'POL-AUP', body, id: 'x2' },
			{ policyId: 'POL-IR', body, id: 'x3' }
		]);
		expect(added).toBe(2);
		const mine = await db.policyTexts.where('assessmentId').equals(A).sortBy('policyId');
		expect(mine.map((t) => [t.policyId, t.version, t.approvedAt, t.body.scope])).toEqual([
			['POL-ACCESS', 1, null, 'mine'],
			['POL-AUP', 1, null, 's'],
			['POL-IR', 1, null, 's']
		]);
		expect(await startPolicyTexts(A, [{ policyId: 'POL-IR', body, id: 'x4' }])).toBe(0);
		expect((await db.activity.get(A))?.editedAt).toBeTruthy();
	});
});
