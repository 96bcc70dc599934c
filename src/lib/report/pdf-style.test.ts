import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_DPI, TEXT_WIDTH, chartPixels, columnWidths } from './pdf-style';

describe('chartPixels', () => {
	it('gives a 170 mm chart at least 1004 pixels', () => {
		const px = chartPixels(170, 60);
		expect(px.width * px.scale).toBeGreaterThanOrEqual(1004);
	});

	it('is always at least MIN_DPI as placed, and never more than 2% above it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 20, max: 200 }), fc.integer({ min: 10, max: 250 }), (w, h) => {
				const px = chartPixels(w, h);
				const dpi = (px.width * px.scale) / (w / 25.4);
				expect(dpi).toBeGreaterThanOrEqual(MIN_DPI);
				expect(dpi).toBeLessThan(MIN_DPI * 1.02 + 1);
				expect(px.height / px.width).toBeCloseTo(h / w, 1);
			})
		);
	});
});

describe('columnWidths', () => {
	it('shares the text width in proportion and sums to it', () => {
		const widths = columnWidths([
			{ header: 'a', width: 1 },
			{ header: 'b', width: 3 }
		]);
		expect(widths[1]).toBeCloseTo((widths[0] ?? 0) * 3);
		expect((widths[0] ?? 0) + (widths[1] ?? 0)).toBeCloseTo(TEXT_WIDTH);
	});
});
