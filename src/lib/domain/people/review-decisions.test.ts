import { describe, expect, it } from 'vitest';
import type { AccountMatch } from './access-review';
import { decisionProblems } from './review-decisions';
import type { AccountDecision } from './types';

const m = (account: string, flags: AccountMatch['flags'] = []): AccountMatch => ({
	index: 0,
	account,
	personId: flags.length === 0 || flags.includes('leaver') ? 'p' : null,
	matchedBy: flags.length === 0 || flags.includes('leaver') ? 'email' : null,
	flags
});
const d = (account: string, decision: AccountDecision['decision'], note = ''): AccountDecision => ({
	account,
	decision,
	note
});

describe('decisionProblems', () => {
	it('accepts kept matched accounts and noted removals', () => {
		expect(
			decisionProblems(
				[m('ada'), m('bo', ['leaver'])],
				[d('ada', 'keep'), d('bo', 'remove', 'T-12')]
			)
		).toEqual([]);
	});

	it('refuses to keep a leaver even with a note', () => {
		expect(
			decisionProblems([m('bo', ['leaver'])], [d('bo', 'keep', 'still needed')]).map((p) => p.code)
		).toEqual(['leaver_kept']);
	});

	it('asks why a flagged account is kept, and why a change is made', () => {
		const got = decisionProblems(
			[m('root', ['shared']), m('x', ['unknown']), m('dj', ['ambiguous']), m('ada'), m('cy')],
			[
				d('root', 'keep'),
				d('x', 'keep', 'auditor guest, owner Ada'),
				d('dj', 'keep', ' '),
				d('ada', 'change'),
				d('cy', 'remove', ' ')
			]
		);
		expect(got.map((p) => [p.account, p.code])).toEqual([
			['root', 'kept_without_reason'],
			['dj', 'kept_without_reason'],
			['ada', 'change_without_note'],
			['cy', 'change_without_note']
		]);
	});

	it('lists accounts without a decision', () => {
		expect(
			decisionProblems([m('ada'), m('bo')], [d('bo', 'keep')]).map((p) => [p.account, p.code])
		).toEqual([['ada', 'undecided']]);
	});
});
