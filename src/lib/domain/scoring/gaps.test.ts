import { describe, expect, it } from 'vitest';
import type { PolicyStatus } from '../types';
import { gapText, weakPolicies } from './gaps';

const titles = new Map([
	['POL-ACCESS', 'Access Control Policy'],
	['POL-ISP', 'Information Security Policy']
]);

describe('weakPolicies', () => {
	it('lists the governing policies that are missing or a draft, in the control’s order', () => {
		const status = new Map<string, PolicyStatus>([
			['POL-ISP', 'draft'],
			['POL-ACCESS', 'missing'],
			['POL-HR', 'approved']
		]);
		expect(weakPolicies(['POL-ACCESS', 'POL-HR', 'POL-ISP'], status, titles)).toEqual([
			{ id: 'POL-ACCESS', title: 'Access Control Policy' },
			{ id: 'POL-ISP', title: 'Information Security Policy' }
		]);
	});

	it('leaves out approved, published and untracked policies, and falls back to the id', () => {
		const status = new Map<string, PolicyStatus>([
			['POL-ACCESS', 'published'],
			['POL-NEW', 'draft']
		]);
		expect(weakPolicies(['POL-ACCESS', 'POL-ISP', 'POL-NEW'], status, titles)).toEqual([
			{ id: 'POL-NEW', title: 'POL-NEW' }
		]);
	});
});

describe('gapText', () => {
	it('names the policies behind the policy gap', () => {
		expect(gapText('policy', [{ id: 'POL-ACCESS', title: 'Access Control Policy' }])).toBe(
			'Policy not approved: Access Control Policy'
		);
		expect(
			gapText('policy', [
				{ id: 'POL-ACCESS', title: 'Access Control Policy' },
				{ id: 'POL-ISP', title: 'Information Security Policy' }
			])
		).toBe('Policy not approved: Access Control Policy, Information Security Policy');
	});

	it('keeps the plain label for other gaps and when no policy is known', () => {
		expect(gapText('policy', [])).toBe('Policy not approved');
		expect(gapText('no_evidence', [{ id: 'POL-ACCESS', title: 'Access Control Policy' }])).toBe(
			'No evidence'
		);
	});
});
