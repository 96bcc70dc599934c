import { describe, expect, it } from 'vitest';
import type { PolicyState, PolicyText } from '../types';
import {
	approvedState,
	currentVersion,
	latestApproved,
	textState,
	textStateLabel,
	validateApproval,
	validateBody
} from './versions';

const body = {
	purpose: 'p',
	scope: 's',
	roles: 'r',
	requirements: 'q',
	exceptions: 'e',
	review: 'v'
};
function text(version: number, approvedAt: string | null, policyId = 'POL-ACCESS'): PolicyText {
	return {
		id: `t${policyId}${version}`,
		assessmentId: 'a',
		policyId,
		version,
		body,
		changeNote: '',
		approvedBy: approvedAt ? 'Sam Lee' : '',
		approvedAt,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z'
	};
}

describe('versions', () => {
	const texts = [text(2, null), text(1, '2026-01-10'), text(1, null, 'POL-ISP')];

	it('finds the current and the last approved version of one policy', () => {
		expect(currentVersion(texts, 'POL-ACCESS')?.version).toBe(2);
		expect(latestApproved(texts, 'POL-ACCESS')?.version).toBe(1);
		expect(latestApproved(texts, 'POL-ISP')).toBeNull();
		expect(currentVersion(texts, 'POL-HR')).toBeNull();
	});

	it('says where each text stands', () => {
		expect(textStateLabel(textState(texts, 'POL-ACCESS'))).toBe(
			'Draft v2 (v1 approved 10 Jan 2026)'
		);
		expect(textStateLabel(textState(texts, 'POL-ISP'))).toBe('Draft v1, not approved');
		expect(textStateLabel(textState([text(3, '2026-02-01')], 'POL-ACCESS'))).toBe(
			'Approved v3 on 1 Feb 2026'
		);
		expect(textStateLabel(textState(texts, 'POL-HR'))).toBe('Text not started');
	});
});

describe('checks', () => {
	it('refuses an approval without approver, in 1900, in the future or not a date', () => {
		const today = '2026-12-02';
		expect(validateApproval({ approvedBy: 'Sam', approvedAt: '2026-12-02' }, today)).toEqual({});
		expect(validateApproval({ approvedBy: ' ', approvedAt: '1900-01-01' }, today)).toEqual({
			approvedBy: 'Enter who approved this version.',
			approvedAt: 'An approval date before 1 Jan 2000 cannot be right: check the year.'
		});
		expect(validateApproval({ approvedBy: 'Sam', approvedAt: '2026-12-03' }, today)).toEqual({
			approvedAt: 'An approval date cannot be in the future.'
		});
		expect(validateApproval({ approvedBy: 'Sam', approvedAt: '2026-02-30' }, today)).toEqual({
			approvedAt: 'Enter the approval date as a real date.'
		});
	});

	it('accepts a 10,000-character section and refuses one over 50,000', () => {
		expect(validateBody({ ...body, scope: 'x'.repeat(10_000) }, '')).toEqual({});
		expect(validateBody({ ...body, scope: 'x'.repeat(50_001) }, '').scope).toBe(
			'Scope is 50,001 characters; the most a section holds is 50,000. Shorten it to save.'
		);
	});
});

describe('approvedState', () => {
	it('marks the tracker row approved with the next review a period later, owner kept', () => {
		const state: PolicyState = {
			assessmentId: 'a',
			policyId: 'POL-ACCESS',
			status: 'published',
			ownerName: 'Alex',
			approvedAt: '2025-01-01',
			nextReview: '2026-01-01',
			updatedAt: 't'
		};
		expect(approvedState(state, { reviewFrequency: 'annually' }, '2026-03-15')).toEqual({
			...state,
			status: 'approved',
			approvedAt: '2026-03-15',
			nextReview: '2027-03-15'
		});
		expect(approvedState(state, { reviewFrequency: 'semiannually' }, '2026-03-15').nextReview).toBe(
			'2026-09-15'
		);
	});
});
