/** Scoping answers: one row per question, kept even when a later answer stops the question being asked. */
import type { AnswerValue, Assessment } from '$lib/domain/types';
import { db } from '../db';
import { write } from '../write';

/** Saves one answer and, in the same transaction, any assessment fields it drives. */
export function saveAnswer(
	assessmentId: string,
	questionId: string,
	value: AnswerValue | null,
	assessmentPatch: Partial<Pick<Assessment, 'reportType' | 'observationMonths'>> = {}
): Promise<void> {
	const d = db();
	return write(
		['scopingAnswers', 'assessments'],
		async (ts) => {
			if (value === null) await d.scopingAnswers.delete([assessmentId, questionId]);
			else await d.scopingAnswers.put({ assessmentId, questionId, value, updatedAt: ts });
			if (Object.keys(assessmentPatch).length === 0) return;
			const row = await d.assessments.get(assessmentId);
			if (row) await d.assessments.put({ ...row, ...assessmentPatch, updatedAt: ts });
		},
		{ edits: assessmentId }
	);
}
