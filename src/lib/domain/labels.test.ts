import { describe, expect, it } from 'vitest';
import { keysOf } from './labels';
import { CONTROL_STATUSES } from './types';
import { VENDOR_TIERS } from './vendors/tier';

describe('keysOf', () => {
	it('lists the keys of a label map in the order they are written', () => {
		expect(keysOf({ b: 'Bee', a: 'Ay', c: 'See' })).toEqual(['b', 'a', 'c']);
	});

	it('gives the option lists the app shows, in their reading order', () => {
		expect(CONTROL_STATUSES).toEqual([
			'not_assessed',
			'not_started',
			'planned',
			'in_progress',
			'implemented',
			'not_applicable'
		]);
		expect(VENDOR_TIERS).toEqual(['low', 'medium', 'high', 'critical']);
	});
});
