import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLabel } from './fit-label';

/** Every character 6 px wide: a simple, independent stand-in for a canvas. */
const mono = (s: string) => [...s].length * 6;

describe('fitLabel', () => {
	it('keeps a label that fits', () => {
		expect(fitLabel('Approve: Code of Conduct', 200, mono)).toBe('Approve: Code of Conduct');
	});

	it('cuts a long label after its last whole word that fits, with an ellipsis', () => {
		// 20 characters of room: 'Implement: Quarterly…' is 21; the dangling colon goes too.
		expect(fitLabel('Implement: Quarterly user access review', 120, mono)).toBe('Implement…');
		expect(fitLabel('Implement: Quarterly user access review', 156, mono)).toBe(
			'Implement: Quarterly user…'
		);
	});

	it('does not end on a dangling small word', () => {
		// 'Segregation-of-duties matrix for…' fits in 34 characters; 'for' is dropped.
		expect(fitLabel('Segregation-of-duties matrix for incompatible activities', 204, mono)).toBe(
			'Segregation-of-duties matrix…'
		);
	});

	it('cuts inside a single word only when the first word is wider than the column', () => {
		expect(fitLabel('Segregation-of-duties', 60, mono)).toBe('Segregati…');
	});

	it('never returns a label wider than the column, and always a start of the text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 6, max: 400 }), (s, width) => {
				const out = fitLabel(s, width, mono);
				expect(mono(out)).toBeLessThanOrEqual(width);
				const clean = s.replace(/\s+/g, ' ').trim();
				expect(clean.startsWith(out.replace(/…$/, ''))).toBe(true);
			})
		);
	});
});
