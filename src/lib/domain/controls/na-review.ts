/**
 * Guard-rails on Not applicable. Marking a key control, or a control the catalog gives no N/A
 * template, as not applicable is a claim an auditor will challenge: it needs a reason of at least
 * a sentence and a second look. Until someone marks the reason reviewed the control keeps
 * counting as open work (docs/scoring.md).
 */
import type { Control } from '$lib/catalog/types';
import type { ControlState } from '../types';

/** A reason shorter than this many words is not yet a sentence an auditor would accept. */
export const NA_REASON_MIN_WORDS = 6;

export type NaReview = 'none' | 'needs_reason' | 'needs_review' | 'reviewed';

/** Whether Not applicable on this control needs a reviewed reason. */
export function naNeedsReview(control: Pick<Control, 'key' | 'naRationale'>): boolean {
	return control.key || !control.naRationale;
}

function words(text: string): number {
	return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

/**
 * Where a control's Not applicable stands: `none` when it is not N/A or needs no review,
 * `needs_reason` when the reason is shorter than a sentence, `needs_review` when nobody has
 * accepted it yet, `reviewed` once someone has.
 */
export function naReview(
	control: Pick<Control, 'key' | 'naRationale'>,
	state: Pick<ControlState, 'status' | 'naRationale' | 'naReviewedAt'> | undefined
): NaReview {
	if (!state || state.status !== 'not_applicable' || !naNeedsReview(control)) return 'none';
	if (words(state.naRationale) < NA_REASON_MIN_WORDS) return 'needs_reason';
	return state.naReviewedAt ? 'reviewed' : 'needs_review';
}

/** True when the control is Not applicable and that answer counts (no review pending). */
export function naSettled(review: NaReview): boolean {
	return review === 'none' || review === 'reviewed';
}
