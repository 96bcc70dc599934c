import { describe, expect, it } from 'vitest';
import type { DescriptionSection } from './records';
import { emptySection } from './sections';
import {
	descriptionSummary,
	reviewErrors,
	sectionErrors,
	sectionReadiness,
	summaryLine
} from './status';

const row = (sectionId: string, patch: Partial<DescriptionSection> = {}): DescriptionSection => ({
	...emptySection('a1', sectionId),
	updatedAt: '2027-01-01T00:00:00.000Z',
	...patch
});

describe('section readiness', () => {
	it('counts a missing or empty row as not started', () => {
		expect(sectionReadiness(undefined)).toBe('not_started');
		expect(sectionReadiness(row('services', { text: '  \n ' }))).toBe('not_started');
	});
	it('counts text or entries as a draft, and keeps a review', () => {
		expect(sectionReadiness(row('services', { text: 'We sell x.' }))).toBe('draft');
		expect(
			sectionReadiness(row('cuecs', { items: [{ id: 'i', name: 'n', method: null, detail: '' }] }))
		).toBe('draft');
		expect(sectionReadiness(row('services', { text: 'x', status: 'reviewed' }))).toBe('reviewed');
	});
});

describe('description summary', () => {
	it('starts with all 13 sections not started', () => {
		const s = descriptionSummary([]);
		expect([s.total, s.notStarted, s.draft, s.reviewed, s.drafted]).toEqual([13, 13, 0, 0, false]);
		expect(summaryLine(s)).toBe('Not started (0 of 13 sections written)');
	});
	it('counts drafts and reviews and ignores sections the catalog does not have', () => {
		const s = descriptionSummary([
			row('services', { text: 'x', status: 'reviewed' }),
			row('data', { text: 'y' }),
			row('retired-section', { text: 'z' })
		]);
		expect([s.notStarted, s.draft, s.reviewed]).toEqual([11, 1, 1]);
		expect(summaryLine(s)).toBe('In progress: 2 of 13 sections written, 1 reviewed');
	});
	it('is drafted once every section is written', () => {
		const ids = descriptionSummary([]).bySection.map((b) => b.id);
		const s = descriptionSummary(ids.map((id) => row(id, { text: 't' })));
		expect(s.drafted).toBe(true);
		expect(s.complete).toBe(false);
		expect(summaryLine(s)).toBe('Drafted: 13 of 13 sections written, 0 reviewed');
	});
});

describe('section checks', () => {
	it('accepts 50,000 characters of text and refuses one more', () => {
		expect(sectionErrors({ text: 'a'.repeat(50_000), items: [] })).toEqual({});
		expect(sectionErrors({ text: 'a'.repeat(50_001), items: [] }).text).toBe(
			'Keep the section text to 50,000 characters (this one has 50,001).'
		);
	});
	it('limits entry names to 200 characters and wants a name once there is detail', () => {
		const item = { id: 'i', name: 'n'.repeat(201), method: null, detail: '' };
		expect(sectionErrors({ text: '', items: [item] }).items).toContain('200 characters');
		expect(sectionErrors({ text: '', items: [{ ...item, name: ' ', detail: 'd' }] }).items).toBe(
			'Give this entry a name.'
		);
	});
});

describe('review checks', () => {
	const today = '2027-06-15';
	it('accepts a named reviewer and a date up to today', () => {
		expect(reviewErrors({ reviewedBy: 'Ada', reviewedAt: '2027-06-15' }, today)).toEqual({});
		expect(reviewErrors({ reviewedBy: 'Ada', reviewedAt: '2000-01-01' }, today)).toEqual({});
	});
	it('refuses 1900, tomorrow, an impossible date and no reviewer, each with a message', () => {
		expect(reviewErrors({ reviewedBy: 'Ada', reviewedAt: '1900-01-01' }, today).reviewedAt).toBe(
			'A review on 1 Jan 1900 is before 1 Jan 2000: check the year.'
		);
		expect(reviewErrors({ reviewedBy: 'Ada', reviewedAt: '2027-06-16' }, today).reviewedAt).toBe(
			'A review cannot be dated after today (15 Jun 2027).'
		);
		expect(reviewErrors({ reviewedBy: 'Ada', reviewedAt: '2027-02-30' }, today).reviewedAt).toBe(
			'Enter a real date, such as 2027-03-31.'
		);
		expect(reviewErrors({ reviewedBy: ' ', reviewedAt: '' }, today)).toEqual({
			reviewedBy: 'Enter who reviewed the section.',
			reviewedAt: 'Enter the date of the review.'
		});
	});
});
