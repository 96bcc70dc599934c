/**
 * Evaluating catalog conditions against scoping answers.
 */
import type { AnswerValue, Condition, ScopingAnswers, ScopingQuestion } from '$lib/catalog/types';

/** True when the condition holds. An unanswered question never satisfies a leaf. */
export function holds(condition: Condition, answers: ScopingAnswers): boolean {
	if ('all' in condition) return condition.all.every((c) => holds(c, answers));
	if ('any' in condition) return condition.any.some((c) => holds(c, answers));
	if ('not' in condition) return !holds(condition.not, answers);
	const value = answers[condition.question];
	if (value === undefined) return false;
	if ('equals' in condition) return value === condition.equals;
	if ('oneOf' in condition) return typeof value === 'string' && condition.oneOf.includes(value);
	if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
	if ('includesAny' in condition)
		return Array.isArray(value) && condition.includesAny.some((v) => value.includes(v));
	return typeof value === 'number' && value >= condition.atLeast;
}

/**
 * The answers that count: an answer to a question that is no longer asked (its `askWhen` fails
 * because an earlier answer changed) is ignored, but kept in storage so it returns if the
 * question is asked again.
 */
export function effectiveAnswers(
	questions: readonly ScopingQuestion[],
	stored: ScopingAnswers
): Record<string, AnswerValue> {
	const out: Record<string, AnswerValue> = {};
	for (const q of questions) {
		if (q.askWhen && !holds(q.askWhen, out)) continue;
		const v = stored[q.id];
		if (v !== undefined) out[q.id] = v;
	}
	return out;
}

/** Questions to ask, in order, given the answers so far. */
export function askedQuestions(
	questions: readonly ScopingQuestion[],
	stored: ScopingAnswers
): ScopingQuestion[] {
	const effective = effectiveAnswers(questions, stored);
	return questions.filter((q) => !q.askWhen || holds(q.askWhen, effective));
}
