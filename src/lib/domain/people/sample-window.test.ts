import { describe, expect, it } from 'vitest';
import { checkWindow, defaultWindow } from './sample-window';

const TODAY = '2027-03-31';

describe('defaultWindow', () => {
	it('is the trailing observation window ending today', () => {
		expect(defaultWindow(TODAY, 12)).toEqual({ start: '2026-03-31', end: TODAY });
		expect(defaultWindow(TODAY, 6)).toEqual({ start: '2026-09-30', end: TODAY });
	});
});

describe('checkWindow', () => {
	it('accepts a usual window without warnings', () => {
		expect(checkWindow({ start: '2026-04-01', end: TODAY }, TODAY)).toEqual({
			error: null,
			warnings: []
		});
	});

	it('refuses missing, reversed and far too long windows', () => {
		expect(checkWindow({ start: '', end: TODAY }, TODAY).error).toBe(
			'Enter the first day of the window.'
		);
		expect(checkWindow({ start: '2026-04-01', end: '2026-02-30' }, TODAY).error).toBe(
			'Enter the last day of the window.'
		);
		expect(checkWindow({ start: TODAY, end: TODAY }, TODAY).error).toBe(
			'The window must start before it ends.'
		);
		expect(checkWindow({ start: '2027-04-01', end: TODAY }, TODAY).error).toBe(
			'The window must start before it ends.'
		);
		expect(checkWindow({ start: '2025-03-30', end: TODAY }, TODAY).error).toMatch(
			/longer than 24 months/
		);
		expect(checkWindow({ start: '2025-03-31', end: TODAY }, TODAY).error).toBeNull();
	});

	it('allows an end after today but says the populations are incomplete', () => {
		const c = checkWindow({ start: '2026-06-01', end: '2027-04-02' }, TODAY);
		expect(c.error).toBeNull();
		expect(c.warnings).toEqual([expect.stringMatching(/2 days still to come.*incomplete/)]);
		expect(checkWindow({ start: '2026-06-01', end: '2027-04-01' }, TODAY).warnings[0]).toMatch(
			/in the 1 day still/
		);
	});

	it('warns about a window not started yet and about a very short one', () => {
		expect(checkWindow({ start: '2027-05-01', end: '2027-12-31' }, TODAY).warnings).toContain(
			'The window has not started yet: every population is empty until it does.'
		);
		expect(checkWindow({ start: '2027-02-01', end: TODAY }, TODAY).warnings).toEqual([
			expect.stringMatching(/shorter than 3 months/)
		]);
	});
});
