import { describe, expect, it } from 'vitest';
import { coversWindow, performances } from './occurrences';

describe('dated performances', () => {
	it('joins the last performance and the earlier ones, oldest first, each once', () => {
		expect(
			performances({
				lastPerformed: '2027-01-10',
				occurrences: ['2026-10-01', '2027-01-10', '2026-07-02']
			})
		).toEqual(['2026-07-02', '2026-10-01', '2027-01-10']);
		expect(performances({ lastPerformed: null })).toEqual([]);
	});

	it('covers a window only when no stretch inside it is longer than the interval allows', () => {
		// A quarterly control (100 days) over a 6-month window, 15 Jul 2026 to 15 Jan 2027.
		const start = '2026-07-15';
		const today = '2027-01-15';
		expect(coversWindow(['2026-08-01', '2026-11-01'], start, today, 100)).toBe(true);
		// One performance cannot cover six months of a quarterly control.
		expect(coversWindow(['2026-11-01'], start, today, 100)).toBe(false);
		// A gap of 123 days between two performances breaks the chain.
		expect(coversWindow(['2026-08-01', '2026-12-02'], start, today, 100)).toBe(false);
		// Performances before the window do not count toward it.
		expect(coversWindow(['2026-06-01', '2026-10-01'], start, today, 100)).toBe(false);
		// The last one too long ago: a gap unless the caller leaves the tail to the overdue rule.
		expect(coversWindow(['2026-08-01'], start, today, 100)).toBe(false);
		expect(coversWindow(['2026-08-01'], start, today, 100, false)).toBe(true);
		expect(coversWindow([], start, today, 100, false)).toBe(false);
		// Dates after today are ignored.
		expect(coversWindow(['2026-08-01', '2026-11-01', '2027-03-01'], start, today, 100)).toBe(true);
	});
});
