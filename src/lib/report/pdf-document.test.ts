import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { assessment, makeInput, proof, state, vendor } from '../testing/report';
import { buildReport } from './build-report';
import { toBase64 } from './fonts';
import { drawReport } from './pdf-document';
import { PdfWriter, REPORT_FONTS, budgetPause } from './pdf-writer';
import { withPagesDeflated } from './precompress';
import { hasArabic, skipArabicShapingWithoutArabic } from './skip-arabic';
import { drawableReport } from './undrawable';

const font = (path: string) =>
	toBase64(
		readFileSync(
			new URL(`../../../node_modules/@expo-google-fonts/noto-sans/${path}`, import.meta.url)
		)
	);
type Filter = (data: string, chain: unknown) => unknown;

const FONTS = {
	regular: font('400Regular/NotoSans_400Regular.ttf'),
	bold: font('700Bold/NotoSans_700Bold.ttf')
};

/** A full report long enough that its vendor and evidence tables run over many pages. */
function largeReport() {
	const ids = catalog.controls.map((c) => c.id);
	const statuses = ['implemented', 'in_progress', 'planned', 'not_started'] as const;
	return buildReport(
		makeInput({
			assessment: assessment({ includedCategories: ['availability', 'confidentiality'] }),
			controls: ids.map((id, i) =>
				state(id, { status: statuses[i % 4], ownerName: i % 2 ? 'Zoë Kowalczyk' : '' })
			),
			evidence: ids.flatMap((id, i) =>
				[0, 1, 2].map((n) => proof(id, `Export ${i}.${n} — Łódź`, `https://drive.example/${i}`))
			),
			vendors: Array.from({ length: 150 }, (_, i) => vendor(`Vendor ${i} Café Ünal`, `v-${i}`))
		})
	);
}

/** Draws the report and reads it back with pdftotext, page by page. */
async function pdfText(setup: (w: PdfWriter) => void, pause?: () => Promise<void>) {
	const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	const w = new PdfWriter(pdf, FONTS, autoTable, pause);
	setup(w);
	const doc = drawableReport(largeReport(), w.canDraw);
	await drawReport(w, doc, new Map());
	const file = join(mkdtempSync(join(tmpdir(), 'pdf-document-')), 'report.pdf');
	writeFileSync(file, Buffer.from(pdf.output('arraybuffer')));
	return {
		pages: pdf.getNumberOfPages(),
		text: execFileSync('pdftotext', ['-layout', file, '-'], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		})
	};
}

describe('laying out the report in runs with pauses', () => {
	it('prints the same pages and text as one autoTable call per table without pausing', async () => {
		let pauses = 0;
		const yielding = await pdfText(
			() => {},
			() => {
				pauses++;
				return new Promise((r) => setTimeout(r, 0));
			}
		);
		const whole = await pdfText((w) => (w.tableRunRows = Number.POSITIVE_INFINITY));
		expect(yielding.pages).toBeGreaterThan(20);
		expect(pauses).toBeGreaterThan(yielding.pages);
		expect(yielding.pages).toBe(whole.pages);
		expect(yielding.text).toBe(whole.text);
		expect(yielding.text).toContain('Vendor 149 Café Ünal');
	}, 60_000);

	it('yields only once its time budget is spent', async () => {
		let t = 0;
		const pause = budgetPause(40, () => t);
		const order: string[] = [];
		t = 39;
		await pause().then(() => order.push('within'));
		void Promise.resolve().then(() => order.push('microtask'));
		t = 41;
		await pause().then(() => order.push('yielded'));
		expect(order).toEqual(['within', 'microtask', 'yielded']);
	});
});

describe("skipping jsPDF's Arabic shaping", () => {
	it('tells text with Arabic letters from text without', () => {
		expect(hasArabic('Zoë Łukasiewicz — Café Ünal')).toBe(false);
		expect(hasArabic({ text: ['Plain', ['also plain', 1, 2]] })).toBe(false);
		expect(hasArabic('شركة')).toBe(true);
		expect(hasArabic({ text: ['Plain', ['مرحبا', 1, 2]] })).toBe(true);
	});

	it('still shapes Arabic and leaves other text as it was', () => {
		const shaped: unknown[] = [];
		const original = (arg: unknown) => {
			shaped.push(arg);
			return 'shaped';
		};
		const api = { processArabic: original, events: [['preProcessText', original]] };
		skipArabicShapingWithoutArabic(api);
		expect(api.processArabic('Café')).toBe('Café');
		expect(api.processArabic('مرحبا')).toBe('shaped');
		const handler = api.events[0]?.[1] as (arg: unknown) => unknown;
		expect(handler).not.toBe(original);
		const payload = { text: 'Zoë' };
		expect(handler(payload)).toBe(payload);
		expect(shaped).toEqual(['مرحبا']);
	});
});

describe('deflating the pages ahead of output()', () => {
	it('hands jsPDF the pages it deflated ahead and leaves other streams to jsPDF', async () => {
		const calls: string[] = [];
		const api = {
			processDataByFilters: (data: string, chain: unknown) => {
				calls.push(`${data}|${String(chain)}`);
				return { data: `deflated ${data}` };
			}
		};
		const pdf = { internal: { pages: [undefined, ['BT', 'ET'], ['q']] } };
		let pauses = 0;
		const out = await withPagesDeflated(
			api,
			pdf,
			async () => void pauses++,
			() => [
				api.processDataByFilters('BT\nET', ['FlateEncode']),
				api.processDataByFilters('font', ['FlateEncode']),
				api.processDataByFilters('q', ['ASCIIHexEncode'])
			]
		);
		expect(out).toEqual([
			{ data: 'deflated BT\nET' },
			{ data: 'deflated font' },
			{ data: 'deflated q' }
		]);
		expect(calls).toEqual([
			'BT\nET|FlateEncode',
			'q|FlateEncode',
			'font|FlateEncode',
			'q|ASCIIHexEncode'
		]);
		expect(pauses).toBe(2);
	});

	it('writes the same bytes as jsPDF alone', async () => {
		const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
		const w = new PdfWriter(pdf, FONTS, autoTable);
		await drawReport(w, drawableReport(largeReport(), w.canDraw), new Map());
		const alone = new Uint8Array(pdf.output('arraybuffer'));
		// Counts the streams jsPDF deflates itself while writing the file.
		const jspdfFilter = Reflect.get(jsPDF.API, 'processDataByFilters') as Filter;
		let deflatedInOutput = 0;
		const counting: Filter = (data, chain) => {
			deflatedInOutput++;
			return jspdfFilter(data, chain);
		};
		Reflect.set(jsPDF.API, 'processDataByFilters', counting);
		// Counts the font subsets built while writing: none, they were built ahead.
		let writing = false;
		let subsetsInOutput = 0;
		let subsetsAhead = 0;
		for (const { name, style } of REPORT_FONTS) {
			const subset = (
				(pdf.internal as unknown as { getFont: (n: string, s: string) => unknown }).getFont(
					name,
					style
				) as { metadata: { subset: { encode: (...a: unknown[]) => unknown } } }
			).metadata.subset;
			const encode = subset.encode.bind(subset);
			subset.encode = (...a: unknown[]) => {
				if (writing) subsetsInOutput++;
				else subsetsAhead++;
				return encode(...a);
			};
		}
		try {
			const ahead = new Uint8Array(
				await withPagesDeflated(
					jsPDF.API,
					pdf,
					() => Promise.resolve(),
					() => {
						deflatedInOutput = 0;
						writing = true;
						return pdf.output('arraybuffer');
					},
					REPORT_FONTS
				)
			);
			expect(pdf.getNumberOfPages()).toBeGreaterThan(20);
			// Left to jsPDF: the two fonts' character maps and descriptors, not the fonts or pages.
			expect(deflatedInOutput).toBeLessThanOrEqual(4);
			expect([subsetsAhead, subsetsInOutput]).toEqual([2, 0]);
			expect(ahead.length).toBe(alone.length);
			expect(Buffer.from(ahead).equals(Buffer.from(alone))).toBe(true);
		} finally {
			Reflect.set(jsPDF.API, 'processDataByFilters', jspdfFilter);
		}
	}, 60_000);
});
