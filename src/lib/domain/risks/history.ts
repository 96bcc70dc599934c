/**
 * The history of a risk, computed from what changed between the stored row and the one being
 * saved. Only decisions are recorded (ratings, treatment, owner, category, controls, review
 * dates); edits of the wording are not, or every pause in typing would add a line. Pure.
 */
import { formatDate } from '../dates';
import type { Risk, RiskHistoryEntry, RiskRating } from './records';
import { CATEGORY_LABEL, TREATMENT_LABEL, riskScore } from './scale';

/** At most this many entries are kept; the oldest go first. */
export const HISTORY_MAX = 200;

function rating(r: RiskRating): string {
	return `${r.likelihood}×${r.impact} = ${riskScore(r)}`;
}

function sameRating(a: RiskRating, b: RiskRating): boolean {
	return a.likelihood === b.likelihood && a.impact === b.impact;
}

/** What changed from `before` to `after`, in words, one line per decision. */
export function riskChanges(before: Risk, after: Risk): string[] {
	const out: string[] = [];
	if (before.category !== after.category)
		out.push(`Category ${CATEGORY_LABEL[before.category]} → ${CATEGORY_LABEL[after.category]}`);
	if (!sameRating(before.inherent, after.inherent))
		out.push(`Inherent rating ${rating(before.inherent)} → ${rating(after.inherent)}`);
	if (!sameRating(before.residual, after.residual))
		out.push(`Residual rating ${rating(before.residual)} → ${rating(after.residual)}`);
	if (before.treatment !== after.treatment)
		out.push(
			`Treatment ${TREATMENT_LABEL[before.treatment]} → ${TREATMENT_LABEL[after.treatment]}`
		);
	if (before.ownerName.trim() !== after.ownerName.trim())
		out.push(
			`Owner ${before.ownerName.trim() || '(none)'} → ${after.ownerName.trim() || '(none)'}`
		);
	const added = after.controlIds.filter((id) => !before.controlIds.includes(id));
	const removed = before.controlIds.filter((id) => !after.controlIds.includes(id));
	if (added.length > 0) out.push(`Controls linked: ${added.join(', ')}`);
	if (removed.length > 0) out.push(`Controls unlinked: ${removed.join(', ')}`);
	if (before.reviewedAt !== after.reviewedAt) out.push(`Reviewed ${formatDate(after.reviewedAt)}`);
	if (before.nextReview !== after.nextReview)
		out.push(`Next review ${formatDate(after.nextReview)}`);
	return out;
}

/** `after` with one history entry per change since `before` (none when nothing decisive changed). */
export function withHistory(before: Risk, after: Risk, by: string, at: string): Risk {
	const lines = riskChanges(before, after);
	if (lines.length === 0) return after;
	const added: RiskHistoryEntry[] = lines.map((change) => ({ at, by, change }));
	return { ...after, history: [...after.history, ...added].slice(-HISTORY_MAX) };
}
