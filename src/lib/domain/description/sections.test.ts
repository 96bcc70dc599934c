import { describe, expect, it } from 'vitest';
import { backToDraft, editSection, emptySection, markReviewed, newItem } from './sections';

describe('section changes', () => {
	const reviewed = markReviewed(
		{ ...emptySection('a1', 'services'), text: 'x' },
		' Ada ',
		'2027-01-02'
	);

	it('records a review with a trimmed name', () => {
		expect([reviewed.status, reviewed.reviewedBy, reviewed.reviewedAt]).toEqual([
			'reviewed',
			'Ada',
			'2027-01-02'
		]);
	});
	it('returns an edited reviewed section to draft and forgets the review', () => {
		const edited = editSection(reviewed, { text: 'y' });
		expect([edited.text, edited.status, edited.reviewedBy, edited.reviewedAt]).toEqual([
			'y',
			'draft',
			'',
			null
		]);
	});
	it('goes back to draft on request, keeping the text', () => {
		const d = backToDraft(reviewed);
		expect([d.text, d.status, d.reviewedAt]).toEqual(['x', 'draft', null]);
	});
	it('starts subservice organisations as carve-outs and other entries with no method', () => {
		expect(newItem('i1', true)).toEqual({ id: 'i1', name: '', method: 'carve_out', detail: '' });
		expect(newItem('i2', false).method).toBeNull();
	});
});
