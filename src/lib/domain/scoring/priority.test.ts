import { describe, expect, it } from 'vitest';
import { controlPriority } from './priority';

describe('controlPriority', () => {
	it('ranks an unstarted key control supporting three criteria as high, with the reason', () => {
		expect(controlPriority({ key: true, criteria: ['a', 'b', 'c'] }, 'not_started')).toEqual({
			priority: 'high',
			points: 7,
			reason: 'Key control, supports 3 criteria, not started'
		});
	});

	it('ranks a non-key control in progress supporting one criterion as low', () => {
		expect(controlPriority({ key: false, criteria: ['a'] }, 'in_progress')).toMatchObject({
			priority: 'low',
			points: 0
		});
	});

	it('ranks a planned non-key control supporting two criteria as medium', () => {
		expect(controlPriority({ key: false, criteria: ['a', 'b'] }, 'not_started').priority).toBe(
			'medium'
		);
	});
});
