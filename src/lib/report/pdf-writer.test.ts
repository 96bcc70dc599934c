import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { describe, expect, it } from 'vitest';
import { toBase64 } from './fonts';
import { BOTTOM, MARGIN, SIZE, lineHeight } from './pdf-style';
import { PdfWriter } from './pdf-writer';

const font = (path: string) =>
	toBase64(
		readFileSync(
			new URL(`../../../node_modules/@expo-google-fonts/noto-sans/${path}`, import.meta.url)
		)
	);
const FONTS = {
	regular: font('400Regular/NotoSans_400Regular.ttf'),
	bold: font('700Bold/NotoSans_700Bold.ttf')
};

const writer = () =>
	new PdfWriter(new jsPDF({ unit: 'mm', format: 'a4', compress: true }), FONTS, autoTable);

describe('PdfWriter', () => {
	it('starts a new page only when a block does not fit and the page already has content', () => {
		const w = writer();
		w.ensure(BOTTOM * 2);
		expect(w.pdf.getNumberOfPages()).toBe(1);
		w.y = BOTTOM - 5;
		w.ensure(4);
		expect(w.pdf.getNumberOfPages()).toBe(1);
		w.ensure(6);
		expect(w.pdf.getNumberOfPages()).toBe(2);
		expect(w.y).toBe(MARGIN.top);
	});

	it('flows wrapped text onto the next page line by line', () => {
		const w = writer();
		const lh = lineHeight(SIZE.body);
		w.y = BOTTOM - lh * 1.5;
		w.lines('word '.repeat(200), SIZE.body);
		expect(w.pdf.getNumberOfPages()).toBe(2);
		expect(w.y).toBeGreaterThan(MARGIN.top);
	});

	it('moves below a table drawn with its margins', () => {
		const w = writer();
		w.autoTable({ body: [['a', 'b']], styles: { font: 'NotoSans' } });
		expect(w.y).toBeGreaterThan(MARGIN.top + 4);
		expect(w.pdf.getNumberOfPages()).toBe(1);
	});
});
