/**
 * What "Update the plan" did (pure): how many tasks reconciliation added, updated and marked
 * resolved, in a sentence for the user.
 */
import type { RemediationTask } from '$lib/domain/types';

export interface ChangeSummary {
	added: number;
	/** Changed in place, including tasks whose gap came back (no longer resolved). */
	updated: number;
	/** Newly marked resolved because their gap closed. */
	resolved: number;
}

/** Counts the tasks `changes` (from reconcileTasks) would add, update and resolve. */
export function summariseChanges(
	existing: readonly RemediationTask[],
	changes: readonly RemediationTask[]
): ChangeSummary {
	const before = new Map(existing.map((t) => [t.id, t]));
	const out: ChangeSummary = { added: 0, updated: 0, resolved: 0 };
	for (const t of changes) {
		const old = before.get(t.id);
		if (!old) out.added++;
		else if (t.resolved && !old.resolved) out.resolved++;
		else out.updated++;
	}
	return out;
}

function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** 'Added 12 tasks, updated 1 task and marked 2 tasks resolved.' */
export function describeChanges(s: ChangeSummary): string {
	const parts: string[] = [];
	if (s.added) parts.push(`added ${count(s.added, 'task')}`);
	if (s.updated) parts.push(`updated ${count(s.updated, 'task')}`);
	if (s.resolved) parts.push(`marked ${count(s.resolved, 'task')} resolved`);
	if (parts.length === 0) return 'The plan was already up to date with your gaps: nothing changed.';
	const last = parts.pop() ?? '';
	const text = parts.length ? `${parts.join(', ')} and ${last}` : last;
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** What updating the plan now would do: 'Updating would add 3 tasks and mark 1 task resolved.' */
export function describePending(s: ChangeSummary): string {
	const parts: string[] = [];
	if (s.added) parts.push(`add ${count(s.added, 'task')}`);
	if (s.updated) parts.push(`update ${count(s.updated, 'task')}`);
	if (s.resolved) parts.push(`mark ${count(s.resolved, 'task')} resolved`);
	if (parts.length === 0) return 'The plan is up to date with your gaps.';
	const last = parts.pop() ?? '';
	return `Your gaps have changed since the plan was last updated. Updating would ${parts.length ? `${parts.join(', ')} and ${last}` : last}.`;
}

/** True when the changes would do nothing. */
export function isEmpty(s: ChangeSummary): boolean {
	return s.added + s.updated + s.resolved === 0;
}
