/**
 * Progress through the scoping questionnaire (pure). Follow-up questions appear after some answers,
 * so counting only the questions asked so far makes the total grow and the bar jump back. Instead
 * the total counts every question that can still be asked given the answers so far: it starts at
 * the whole questionnaire and only shrinks as answers rule follow-ups out.
 */
import type { Condition, ScopingAnswers, ScopingQuestion } from '$lib/catalog/types';
import { askedQuestions, effectiveAnswers, holds } from '$lib/domain/scoring/conditions';

type Maybe = boolean | 'unknown';

/**
 * Whether a condition holds, fails, or depends on a question not answered yet. A leaf over a
 * question that can no longer be asked fails, since that question will never get an answer.
 */
function evaluate(c: Condition, answers: ScopingAnswers, reachable: ReadonlySet<string>): Maybe {
	if ('all' in c) {
		const parts = c.all.map((x) => evaluate(x, answers, reachable));
		return parts.includes(false) ? false : parts.every((p) => p === true) ? true : 'unknown';
	}
	if ('any' in c) {
		const parts = c.any.map((x) => evaluate(x, answers, reachable));
		return parts.includes(true) ? true : parts.every((p) => p === false) ? false : 'unknown';
	}
	if ('not' in c) {
		const inner = evaluate(c.not, answers, reachable);
		return inner === 'unknown' ? inner : !inner;
	}
	if (answers[c.question] !== undefined) return holds(c, answers);
	return reachable.has(c.question) ? 'unknown' : false;
}

/**
 * The questions that are asked now or could still be asked once the unanswered ones are answered,
 * in catalog order. Every question asked now is among them.
 */
export function reachableQuestions(
	questions: readonly ScopingQuestion[],
	stored: ScopingAnswers
): ScopingQuestion[] {
	const effective = effectiveAnswers(questions, stored);
	const reachable = new Set<string>();
	const out: ScopingQuestion[] = [];
	for (const q of questions) {
		if (q.askWhen && evaluate(q.askWhen, effective, reachable) === false) continue;
		reachable.add(q.id);
		out.push(q);
	}
	return out;
}

export interface ScopeProgress {
	/** Questions asked now that the user has answered (a value only shown as a default is not). */
	answered: number;
	/** Questions asked now or still possible. */
	total: number;
	/** 1-based place of the current question among `total`, or 0 when it is not among them. */
	place: number;
}

/**
 * @param stored answers used to decide what is asked (may include a default shown as chosen)
 * @param answeredIds questions the user actually answered
 */
export function scopeProgress(
	questions: readonly ScopingQuestion[],
	stored: ScopingAnswers,
	answeredIds: ReadonlySet<string>,
	currentId: string | null
): ScopeProgress {
	const reachable = reachableQuestions(questions, stored);
	return {
		answered: askedQuestions(questions, stored).filter((q) => answeredIds.has(q.id)).length,
		total: reachable.length,
		place: reachable.findIndex((q) => q.id === currentId) + 1
	};
}

/**
 * Where to go after an answer: the first unanswered question asked after the current one, else the
 * first unanswered one before it, else null (everything is answered: the summary).
 */
export function nextUnanswered(
	asked: readonly ScopingQuestion[],
	answeredIds: ReadonlySet<string>,
	currentId: string
): string | null {
	const at = asked.findIndex((q) => q.id === currentId);
	const open = (q: ScopingQuestion) => q.id !== currentId && !answeredIds.has(q.id);
	return (asked.slice(at + 1).find(open) ?? asked.slice(0, Math.max(0, at)).find(open))?.id ?? null;
}
