/**
 * The risk register of an assessment: its risks and the dated reviews of the whole register.
 * Every write is one transaction through `write()`; an update records history from what changed
 * against the row as stored, so two tabs cannot erase each other's history lines.
 */
import { withHistory } from '$lib/domain/risks/history';
import type { Risk, RiskReview } from '$lib/domain/types';
import type { FieldPatch } from '$lib/domain/edits/field-patch';
import { db } from '../db';
import { patchRow, type PatchResult } from '../patch';
import { write } from '../write';

/** Adds new risks (the starters the user picked, or one blank risk) in one transaction. */
export function addRisks(assessmentId: string, risks: readonly Risk[]): Promise<string> {
	const d = db();
	return write(
		['risks'],
		async (ts) => {
			await d.risks.bulkAdd(risks.map((r) => ({ ...r, updatedAt: ts })));
			return ts;
		},
		{ edits: assessmentId }
	);
}

/**
 * Saves a risk, appending a history line for each decision that changed (rating, treatment,
 * owner, category, controls, review dates) since the stored row. Resolves with `updatedAt`.
 */
export function saveRisk(risk: Risk, by: string): Promise<string> {
	const d = db();
	return write(
		['risks'],
		async (ts) => {
			const stored = await d.risks.get(risk.id);
			const row = stored ? withHistory(stored, { ...risk, history: stored.history }, by, ts) : risk;
			await d.risks.put({ ...row, updatedAt: ts });
			return ts;
		},
		{ edits: risk.assessmentId }
	);
}

/**
 * Changes only the fields in `patch` of one risk, merged with the row as stored now, and appends
 * history for the decisions that changed (as `saveRisk`). History itself is never patched.
 */
export function patchRisk(
	assessmentId: string,
	id: string,
	patch: FieldPatch<Risk>,
	by: string
): Promise<PatchResult<Risk>> {
	const d = db();
	const rest: FieldPatch<Risk> = { ...patch };
	delete rest.history;
	return write(
		['risks'],
		(ts) =>
			patchRow(d.risks, id, rest, ts, {
				what: 'risk',
				finish: (merged, stored) =>
					stored ? withHistory(stored, { ...merged, history: stored.history }, by, ts) : merged
			}),
		{ edits: assessmentId }
	);
}

/** Deletes a risk; resolves with the row as stored, for Undo. */
export function deleteRisk(risk: Risk): Promise<Risk> {
	const d = db();
	return write(
		['risks'],
		async () => {
			const stored = (await d.risks.get(risk.id)) ?? risk;
			await d.risks.delete(risk.id);
			return stored;
		},
		{ edits: risk.assessmentId }
	);
}

/** Puts a deleted risk back exactly as it was. */
export function restoreRisk(risk: Risk): Promise<void> {
	const d = db();
	return write(
		['risks'],
		async () => {
			await d.risks.put(risk);
		},
		{ edits: risk.assessmentId }
	);
}

/** Records a dated review of the whole register. */
export function recordRiskReview(review: RiskReview): Promise<string> {
	const d = db();
	return write(
		['riskReviews'],
		async (ts) => {
			await d.riskReviews.add({ ...review, updatedAt: ts });
			return ts;
		},
		{ edits: review.assessmentId }
	);
}
