/**
 * Policy texts as documents (pure): one policy, or the whole set, in the plain document model the
 * Markdown, DOCX and PDF writers render. Every text says it is a template to adapt, not legal
 * advice, and states its version and approval, so a printed copy cannot pass for more than it is.
 */
import { POLICY_SECTION_IDS, POLICY_SECTION_TITLE } from '$lib/catalog/policy-texts/types';
import type { Policy } from '$lib/catalog/types';
import { formatDate } from '$lib/domain/dates';
import type { PolicyText } from '$lib/domain/types';
import type { DocBlock, DocModel } from './doc-model';

export const POLICY_DISCLAIMER =
	'This text is a template to adapt to your company, not legal advice. Check it against how you actually work, and take legal advice where it matters.';

/** A section's text as blocks: paragraphs apart by blank lines, lines starting "- " as a list. */
export function textBlocks(text: string): DocBlock[] {
	const out: DocBlock[] = [];
	for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const lines = chunk.split('\n').filter((l) => l.trim() !== '');
		let para: string[] = [];
		let items: string[] = [];
		const flush = () => {
			if (para.length) out.push({ kind: 'paragraph', text: para.join('\n') });
			if (items.length) out.push({ kind: 'bullets', items });
			para = [];
			items = [];
		};
		for (const line of lines) {
			const item = /^\s*[-•]\s+(.*)$/.exec(line);
			if (item) {
				if (para.length) flush();
				items.push(item[1]!);
			} else {
				if (items.length) flush();
				para.push(line);
			}
		}
		flush();
	}
	return out;
}

/** "Version 2 · approved by Sam Lee on 15 Mar 2026" or "Version 3 · draft, not approved". */
export function versionLine(text: PolicyText): string {
	return text.approvedAt
		? `Version ${text.version} · approved by ${text.approvedBy || 'an unnamed approver'} on ${formatDate(text.approvedAt)}`
		: `Version ${text.version} · draft, not approved`;
}

function policyBlocks(policy: Policy, text: PolicyText, company: string, level: 1 | 2): DocBlock[] {
	const sub = (level + 1) as 2 | 3;
	const blocks: DocBlock[] = [
		{ kind: 'heading', level, text: policy.title },
		{ kind: 'paragraph', text: `${company || 'Unnamed company'} · ${versionLine(text)}` },
		{ kind: 'note', text: POLICY_DISCLAIMER }
	];
	for (const id of POLICY_SECTION_IDS) {
		blocks.push({ kind: 'heading', level: sub, text: POLICY_SECTION_TITLE[id] });
		const body = textBlocks(text.body[id]);
		blocks.push(...(body.length ? body : [{ kind: 'paragraph' as const, text: '(empty)' }]));
	}
	if (text.changeNote.trim())
		blocks.push({ kind: 'paragraph', text: `Changes in this version: ${text.changeNote.trim()}` });
	return blocks;
}

/** One policy's text as a document. */
export function policyDocument(policy: Policy, text: PolicyText, company: string): DocModel {
	return {
		title: `${policy.title} — ${company || 'Unnamed company'}`,
		footer: `${company} · ${policy.title} v${text.version} · template to adapt, not legal advice`,
		blocks: policyBlocks(policy, text, company, 1)
	};
}

/**
 * The whole set: an index (version and approval of each) and then each policy on its own page.
 * `texts` holds the version to print for each policy that has one, in catalog order.
 */
export function policySetDocument(
	entries: ReadonlyArray<{ policy: Policy; text: PolicyText }>,
	company: string,
	today: string
): DocModel {
	const blocks: DocBlock[] = [
		{ kind: 'heading', level: 1, text: `Policies of ${company || 'an unnamed company'}` },
		{ kind: 'paragraph', text: `Printed ${formatDate(today)}. ${entries.length} policies.` },
		{ kind: 'note', text: POLICY_DISCLAIMER },
		{
			kind: 'table',
			header: ['Policy', 'Version', 'Approval'],
			rows: entries.map(({ policy, text }) => [
				policy.title,
				String(text.version),
				text.approvedAt
					? `${formatDate(text.approvedAt)} by ${text.approvedBy || 'unnamed'}`
					: 'Draft, not approved'
			])
		}
	];
	for (const e of entries)
		blocks.push({ kind: 'pageBreak' }, ...policyBlocks(e.policy, e.text, company, 1));
	return {
		title: `Policies — ${company || 'Unnamed company'}`,
		footer: `${company} · policy set · templates to adapt, not legal advice`,
		blocks
	};
}
