import { describe, expect, it } from 'vitest';
import { stageOf, STAGE_BONUS } from './stages';

describe('stages', () => {
	it('puts scope, risk and policies first, history-building work early, people work alongside', () => {
		expect(stageOf({ gapKey: 'control:RSK-01', controlIds: ['RSK-01'] })).toBe('foundation');
		expect(stageOf({ gapKey: 'policy:POL-ACCESS', controlIds: ['IAM-01'] })).toBe('foundation');
		expect(stageOf({ gapKey: 'control:LOG-01' })).toBe('history');
		expect(stageOf({ gapKey: 'control:IAM-07' })).toBe('history');
		expect(stageOf({ gapKey: 'recurring:CHG-08:admin-log-comparison' })).toBe('history');
		expect(stageOf({ gapKey: 'control:HR-04' })).toBe('parallel');
		expect(stageOf({ gapKey: 'vendor-review:v1', controlIds: [] })).toBe('parallel');
		expect(stageOf({ gapKey: 'control:IAM-02' })).toBe('build');
	});

	it('never lets the stage outweigh the whole priority scale', () => {
		// Priority points run 0..7: a low foundation task (1 + 4) stays behind a critical key control (7).
		expect(1 + STAGE_BONUS.foundation).toBeLessThan(7 + STAGE_BONUS.build);
	});
});
