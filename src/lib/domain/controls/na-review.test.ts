import { describe, expect, it } from 'vitest';
import { naNeedsReview, naReview, naSettled } from './na-review';

const keyControl = { key: true, naRationale: 'We have no offices.' };
const withTemplate = { key: false, naRationale: 'We have no offices.' };
const noTemplate = { key: false, naRationale: undefined };
const SENTENCE = 'Every engineer works remotely and we rent no office space.';

describe('Not applicable guard-rails', () => {
	it('asks for a review on key controls and on controls with no N/A template', () => {
		expect(naNeedsReview(keyControl)).toBe(true);
		expect(naNeedsReview(noTemplate)).toBe(true);
		expect(naNeedsReview(withTemplate)).toBe(false);
	});

	it('needs a reason of at least a sentence before it can be reviewed', () => {
		const na = (naRationale: string, naReviewedAt: string | null = null) => ({
			status: 'not_applicable' as const,
			naRationale,
			naReviewedAt
		});
		expect(naReview(keyControl, na('not needed'))).toBe('needs_reason');
		expect(naReview(keyControl, na('not needed', '2027-01-01T00:00:00Z'))).toBe('needs_reason');
		expect(naReview(keyControl, na(SENTENCE))).toBe('needs_review');
		expect(naReview(keyControl, na(SENTENCE, '2027-01-01T00:00:00Z'))).toBe('reviewed');
		// Data written before the field existed reads as not reviewed.
		expect(naReview(keyControl, { status: 'not_applicable', naRationale: SENTENCE })).toBe(
			'needs_review'
		);
		expect(naReview(withTemplate, na('n/a'))).toBe('none');
		expect(naReview(keyControl, { status: 'implemented', naRationale: '' })).toBe('none');
	});

	it('settles only answers that need no review or have had one', () => {
		expect(
			['none', 'needs_reason', 'needs_review', 'reviewed'].map((r) => naSettled(r as never))
		).toEqual([true, false, false, true]);
	});
});
