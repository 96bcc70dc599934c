/**
 * Whether a reviewer's decisions hold up: an auditor reading an access review looks first at the
 * accounts that should not be there. A leaver's account kept, or an unknown, shared or ambiguous
 * account kept without a reason, is a finding; so is a change or removal with no note of why.
 */
import type { AccountMatch } from './access-review';
import type { AccountDecision } from './types';

export type DecisionProblemCode =
	'undecided' | 'leaver_kept' | 'kept_without_reason' | 'change_without_note';

export interface DecisionProblem {
	account: string;
	code: DecisionProblemCode;
	message: string;
}

/**
 * Problems with the decisions on a matched user list, in list order. A leaver's account may not
 * be kept at all (remove it, or change it into a listed service account with an owner); the
 * other flagged accounts may be kept with a note saying why.
 */
export function decisionProblems(
	matches: readonly AccountMatch[],
	decisions: readonly AccountDecision[]
): DecisionProblem[] {
	const byAccount = new Map(decisions.map((d) => [d.account, d]));
	const out: DecisionProblem[] = [];
	for (const m of matches) {
		const d = byAccount.get(m.account);
		const say = (code: DecisionProblemCode, message: string) =>
			out.push({ account: m.account, code, message });
		if (!d) say('undecided', 'No decision yet.');
		else if (d.decision === 'keep' && m.flags.includes('leaver'))
			say('leaver_kept', 'The account belongs to someone who has left; remove it.');
		else if (d.decision === 'keep' && m.flags.length > 0 && d.note.trim() === '')
			say('kept_without_reason', 'Say why this account is kept and who owns it.');
		else if (d.decision !== 'keep' && d.note.trim() === '')
			say('change_without_note', 'Say what is changed or removed, or the ticket that does it.');
	}
	return out;
}
