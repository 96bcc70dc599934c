import { describe, expect, it } from 'vitest';
import type { Policy } from '$lib/catalog/types';
import type { PolicyText } from '$lib/domain/types';
import { toMarkdown } from './markdown';
import { POLICY_DISCLAIMER, policyDocument, policySetDocument, textBlocks } from './policy-doc';

const policy: Policy = {
	id: 'POL-ACCESS',
	title: 'Access Control Policy',
	purpose: 'p',
	department: 'IT & Security',
	reviewFrequency: 'annually'
};
const text: PolicyText = {
	id: 't',
	assessmentId: 'a',
	policyId: 'POL-ACCESS',
	version: 2,
	body: {
		purpose: '<script>alert(1)</script> protects =SUM(A1).',
		scope: 'All staff.\n\nAll systems.',
		roles: '',
		requirements: 'Rules:\n- MFA on every account.\n- Review access quarterly.\nThen more.',
		exceptions: 'Ask the owner.',
		review: 'Yearly.'
	},
	changeNote: 'Tightened MFA',
	approvedBy: 'Sam Lee',
	approvedAt: '2026-03-15',
	createdAt: 'x',
	updatedAt: 'x'
};

describe('textBlocks', () => {
	it('splits paragraphs on blank lines and reads "- " lines as a list', () => {
		expect(textBlocks(text.body.requirements)).toEqual([
			{ kind: 'paragraph', text: 'Rules:' },
			{ kind: 'bullets', items: ['MFA on every account.', 'Review access quarterly.'] },
			{ kind: 'paragraph', text: 'Then more.' }
		]);
		expect(textBlocks('a\n\n\nb')).toEqual([
			{ kind: 'paragraph', text: 'a' },
			{ kind: 'paragraph', text: 'b' }
		]);
	});
});

describe('policy documents', () => {
	it('state the version, approval and disclaimer, and keep user text as text in Markdown', () => {
		const md = toMarkdown(policyDocument(policy, text, 'Café <Ünal>'));
		expect(md).toContain('# Access Control Policy');
		expect(md).toContain('Café \\<Ünal\\> · Version 2 · approved by Sam Lee on 15 Mar 2026');
		expect(md).toContain(`> ${POLICY_DISCLAIMER}`);
		expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\> protects =SUM\\(A1\\).');
		expect(md).toContain('## Roles and responsibilities\n\n\\(empty\\)');
		expect(md).toContain('- MFA on every account.');
		expect(md).toContain('Changes in this version: Tightened MFA');
	});

	it('index the set with each version and approval', () => {
		const draft = { ...text, version: 1, approvedAt: null, approvedBy: '' };
		const doc = policySetDocument(
			[
				{ policy, text },
				{ policy: { ...policy, id: 'POL-HR', title: 'HR Security Policy' }, text: draft }
			],
			'Acme',
			'2026-12-02'
		);
		expect(doc.blocks[3]).toEqual({
			kind: 'table',
			header: ['Policy', 'Version', 'Approval'],
			rows: [
				['Access Control Policy', '2', '15 Mar 2026 by Sam Lee'],
				['HR Security Policy', '1', 'Draft, not approved']
			]
		});
		expect(doc.blocks.filter((b) => b.kind === 'note')).toHaveLength(3);
	});
});
