import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '$lib/files/doc-model';
import { toBase64 } from './fonts';
import type { ReportDocument } from './model';
import { drawCover } from './pdf-pages';
import { drawSection } from './pdf-sections';
import { PdfWriter } from './pdf-writer';
import {
	drawableDoc,
	drawableReport,
	drawableRequestList,
	replaceUndrawable,
	replaceUndrawableIn,
	undrawableNote
} from './undrawable';

/** A stand-in font: printable ASCII, é and the replacement character. */
const asciiFont = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || cp === 0xe9 || cp === 0xfffd;

const report = (company: string, paragraph: string): ReportDocument => ({
	variant: 'full',
	title: 'SOC 2 readiness gap report',
	company,
	fileName: 'acme-🚀.pdf',
	cover: {
		title: 'SOC 2 readiness gap report',
		company,
		facts: [['Prepared', '10 Jan 2027']],
		caveat: 'A self-assessment, not an audit opinion.',
		logo: { dataUrl: 'data:image/png;base64,🚀', format: 'PNG', width: 1, height: 1 }
	},
	contents: false,
	sections: [
		{
			id: 's',
			title: 'Vendors',
			newPage: false,
			blocks: [{ kind: 'paragraph', text: paragraph }]
		}
	]
});

describe('replaceUndrawable', () => {
	it('marks each character the font lacks, one mark per character a reader sees', () => {
		expect(replaceUndrawable('Launch 🚀 done', asciiFont)).toEqual({
			text: 'Launch \uFFFD done',
			count: 1
		});
		// A family joined by zero-width joiners, a skin tone and a flag are one character each.
		expect(replaceUndrawable('👩‍👩‍👧 👍🏽 🇩🇪', asciiFont)).toEqual({
			text: '\uFFFD \uFFFD \uFFFD',
			count: 3
		});
		expect(replaceUndrawable('漢字', asciiFont)).toEqual({ text: '\uFFFD\uFFFD', count: 2 });
	});

	it('leaves drawable text, line breaks and an existing mark alone, and drops presentation selectors', () => {
		expect(replaceUndrawable('Café\nline\ttwo \uFFFD', asciiFont)).toEqual({
			text: 'Café\nline\ttwo \uFFFD',
			count: 0
		});
		// "é" with an emoji selector: the selector is an invisible hint, the letter drawable.
		expect(replaceUndrawable('é\uFE0F ok', asciiFont)).toEqual({ text: 'é ok', count: 0 });
	});
});

describe('replaceUndrawableIn', () => {
	it('replaces in every string, keeps unchanged parts identical and skips the given keys', () => {
		const doc = { a: ['x', { b: '✅ yes' }], c: { d: 'plain', n: 3, t: true }, logo: '🚀' };
		const { value, count } = replaceUndrawableIn(doc, asciiFont, new Set(['logo']));
		expect(count).toBe(1);
		expect(value).toEqual({
			a: ['x', { b: '\uFFFD yes' }],
			c: { d: 'plain', n: 3, t: true },
			logo: '🚀'
		});
		expect(value.c).toBe(doc.c);
		const same = { a: ['x'], c: { d: 'y' } };
		expect(replaceUndrawableIn(same, asciiFont).value).toBe(same);
	});
});

describe('drawableReport and drawableDoc', () => {
	it('say once, on the cover, how many characters show as the mark', () => {
		const doc = drawableReport(report('Rocket 🚀 Co', 'Vendor 👩‍💻 and 🚀'), asciiFont);
		expect(doc.company).toBe('Rocket \uFFFD Co');
		expect(doc.cover.company).toBe('Rocket \uFFFD Co');
		expect(doc.sections[0]?.blocks[0]).toEqual({
			kind: 'paragraph',
			text: 'Vendor \uFFFD and \uFFFD'
		});
		expect(doc.cover.facts).toEqual([
			['Prepared', '10 Jan 2027'],
			[
				'Note',
				"Characters this PDF's font cannot draw, such as emoji, show as \uFFFD (4 places in this document). The app keeps the text as it was typed."
			]
		]);
		// Not drawn as text: left as they are.
		expect(doc.fileName).toBe('acme-🚀.pdf');
		expect(doc.cover.logo?.dataUrl).toBe('data:image/png;base64,🚀');
	});

	it('add nothing when every character can be drawn', () => {
		const input = report('Café Co', 'All fine');
		expect(drawableReport(input, asciiFont)).toBe(input);
	});

	it('put the note after a policy title', () => {
		const input: DocModel = {
			title: 'Access policy',
			footer: 'Acme',
			blocks: [
				{ kind: 'heading', level: 1, text: 'Access policy' },
				{ kind: 'paragraph', text: 'Keys 🔑 rotate' }
			]
		};
		expect(drawableDoc(input, asciiFont).blocks).toEqual([
			{ kind: 'heading', level: 1, text: 'Access policy' },
			{ kind: 'note', text: undrawableNote(1) },
			{ kind: 'paragraph', text: 'Keys \uFFFD rotate' }
		]);
		expect(undrawableNote(1)).toBe(
			"Characters this PDF's font cannot draw, such as emoji, show as \uFFFD (1 place in this document). The app keeps the text as it was typed."
		);
	});
});

describe('drawableRequestList', () => {
	it('adds the note to the facts at the top of the list', () => {
		const doc = drawableRequestList(
			{
				title: 'Evidence requests',
				company: 'Acme 🚀',
				fileName: 'acme-🚀.pdf',
				facts: [['Owner', 'Sam']],
				basis: ['Basis'],
				sections: []
			},
			asciiFont
		);
		expect(doc.company).toBe('Acme \uFFFD');
		expect(doc.fileName).toBe('acme-🚀.pdf');
		expect(doc.facts).toEqual([
			['Owner', 'Sam'],
			['Note', undrawableNote(1)]
		]);
	});
});

describe('with the embedded Noto Sans', () => {
	const font = (path: string) =>
		toBase64(
			readFileSync(
				new URL(`../../../node_modules/@expo-google-fonts/noto-sans/${path}`, import.meta.url)
			)
		);
	const fonts = {
		regular: font('400Regular/NotoSans_400Regular.ttf'),
		bold: font('700Bold/NotoSans_700Bold.ttf')
	};

	it('knows which characters the font has', () => {
		const w = new PdfWriter(new jsPDF({ unit: 'mm', format: 'a4' }), fonts, autoTable);
		for (const ch of 'AzÜłŁ€—•ΩЖक\uFFFD') expect(w.canDraw(ch.codePointAt(0) ?? 0), ch).toBe(true);
		for (const ch of ['🚀', '✅', '漢', '☐'])
			expect(w.canDraw(ch.codePointAt(0) ?? 0), ch).toBe(false);
	});

	it('prints the mark and the note where an emoji was, as pdftotext reads the file', async () => {
		const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
		const w = new PdfWriter(pdf, fonts, autoTable);
		const doc = drawableReport(
			report('Rocket 🚀 Zoë Co', 'Launch 🚀 done ✅ by Łukasz'),
			w.canDraw
		);
		drawCover(w, doc);
		for (const s of doc.sections) await drawSection(w, s, new Map());
		const file = join(mkdtempSync(join(tmpdir(), 'undrawable-')), 'report.pdf');
		writeFileSync(file, Buffer.from(pdf.output('arraybuffer')));
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		expect(text).toContain('Rocket \uFFFD Zoë Co');
		expect(text).toContain('Launch \uFFFD done \uFFFD by Łukasz');
		expect(text).toContain(
			"Characters this PDF's font cannot draw, such as emoji, show as \uFFFD (4 places in this document)."
		);
	});
});
