/** Scoping answers: one row per question, kept even when a later answer stops the question being asked. */
import type { AnswerValue, Assessment } from '$lib/domain/types';
import { db } from '../db';
import { saveState } from '../save-state.svelte';

const now = () => new Date().toISOString();

/** Saves one answer and, in the same transaction, any assessment fields it drives. */
export function saveAnswer(
	assessmentId: string,
	questionId: string,
	value: AnswerValue | null,
	assessmentPatch: Partial<Pick<Assessment, 'reportType' | 'observationMonths' | 'progress'>> = {}
): Promise<void> {
	const d = db();
	return saveState.run(() =>
		d.transaction('rw', d.scopingAnswers, d.assessments, async () => {
			const ts = now();
			if (value === null) await d.scopingAnswers.delete([assessmentId, questionId]);
			else await d.scopingAnswers.put({ assessmentId, questionId, value, updatedAt: ts });
			await d.assessments.update(assessmentId, { ...assessmentPatch, updatedAt: ts });
		})
	);
}
