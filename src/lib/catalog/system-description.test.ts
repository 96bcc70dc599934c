import { describe, expect, it } from 'vitest';
import { DESCRIPTION_SECTIONS, descriptionSection } from './system-description';

describe('system description outline', () => {
	it('has unique section ids', () => {
		const ids = DESCRIPTION_SECTIONS.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('gives every section a title and at least two points of guidance', () => {
		for (const s of DESCRIPTION_SECTIONS) {
			expect(s.title.trim()).not.toBe('');
			expect(s.guidance.length).toBeGreaterThanOrEqual(2);
			for (const g of s.guidance) expect(g.trim()).not.toBe('');
		}
	});

	it('covers what the description criteria ask for, in report order', () => {
		expect(DESCRIPTION_SECTIONS.map((s) => s.id)).toEqual([
			'services',
			'commitments',
			'infrastructure',
			'software',
			'people',
			'procedures',
			'data',
			'boundaries',
			'subservice',
			'cuecs',
			'changes',
			'incidents',
			'assertion'
		]);
	});

	it('marks the two list sections', () => {
		expect(descriptionSection('subservice')?.list).toBe('subservice');
		expect(descriptionSection('cuecs')?.list).toBe('cuec');
		expect(descriptionSection('services')?.list).toBeUndefined();
		expect(descriptionSection('gone')).toBeUndefined();
	});
});
