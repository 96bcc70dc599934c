import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from './tab-keys';

describe('tabKeyTarget', () => {
	it('moves and wraps as the ARIA tabs pattern says', () => {
		expect(tabKeyTarget('ArrowRight', 0, 3)).toBe(1);
		expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0);
		expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2);
		expect(tabKeyTarget('Home', 2, 3)).toBe(0);
		expect(tabKeyTarget('End', 0, 3)).toBe(2);
		expect(tabKeyTarget('Enter', 1, 3)).toBe(-1);
		expect(tabKeyTarget('End', 0, 0)).toBe(-1);
	});
});
