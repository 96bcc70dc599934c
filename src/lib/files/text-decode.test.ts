import { describe, expect, it } from 'vitest';
import {
	BROKEN_MARKED_TEXT,
	UNREADABLE_TEXT,
	decodeText,
	encodingQuestion,
	nonAsciiSamples,
	readTextFile
} from './text-decode';

const bytes = (...b: number[]) => new Uint8Array(b);
/** "Zürich" as Windows-1252 (and Latin-1) writes it: ü is the single byte FC. */
const ZURICH_1252 = [0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68];
/** "Zürich" in UTF-8: ü is C3 BC. */
const ZURICH_UTF8 = [0x5a, 0xc3, 0xbc, 0x72, 0x69, 0x63, 0x68];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('decodeText', () => {
	it('reads UTF-8 as it is, with no question', () => {
		expect(decodeText(bytes(...ZURICH_UTF8))).toEqual({
			status: 'ok',
			encoding: 'utf-8',
			text: 'Zürich'
		});
	});

	it('drops a UTF-8 byte-order mark', () => {
		expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...ZURICH_UTF8))).toEqual({
			status: 'ok',
			encoding: 'utf-8',
			text: 'Zürich'
		});
	});

	it('reads UTF-16 with its byte-order mark, little and big endian', () => {
		expect(decodeText(bytes(0xff, 0xfe, 0x5a, 0, 0xfc, 0, 0x72, 0))).toEqual({
			status: 'ok',
			encoding: 'utf-16le',
			text: 'Zür'
		});
		expect(decodeText(bytes(0xfe, 0xff, 0, 0x5a, 0, 0xfc, 0, 0x72))).toEqual({
			status: 'ok',
			encoding: 'utf-16be',
			text: 'Zür'
		});
	});

	it('offers Windows-1252 for bytes that are not UTF-8, naming the values it changes', () => {
		const r = decodeText(bytes(...ascii('Name,City\r\nAcme,'), ...ZURICH_1252, 0x0d, 0x0a));
		expect(r).toEqual({
			status: 'confirm',
			encoding: 'windows-1252',
			text: 'Name,City\r\nAcme,Zürich\r\n',
			preview: { samples: ['Zürich'], affected: 1 }
		});
	});

	it('reads the bytes where Windows-1252 and Latin-1 differ as Windows-1252 (Excel)', () => {
		// 80 is the euro sign, 93/94 curly quotes, 96 an en dash: C1 controls in Latin-1.
		const r = decodeText(bytes(0x80, 0x35, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96));
		expect(r.status === 'confirm' && r.text).toBe('€5 “a” –');
	});

	it('never returns a replacement character for bytes it could not read', () => {
		for (const input of [
			bytes(...ZURICH_1252),
			bytes(0xc3),
			bytes(0xe9, 0x74, 0xe9),
			bytes(0xff, 0xff, 0x41)
		]) {
			const r = decodeText(input);
			if (r.status !== 'unreadable') expect(r.text).not.toContain('\uFFFD');
		}
	});

	it('refuses bytes that are neither UTF-8 nor Windows-1252 text', () => {
		// A workbook (ZIP) header holds NUL bytes; 81 is ü in the DOS code page, undefined in 1252.
		expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff))).toEqual({
			status: 'unreadable',
			error: UNREADABLE_TEXT
		});
		expect(decodeText(bytes(0x5a, 0x81, 0x72, 0x69, 0x63, 0x68))).toEqual({
			status: 'unreadable',
			error: UNREADABLE_TEXT
		});
	});

	it('refuses a file whose byte-order mark does not match what follows', () => {
		expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...ZURICH_1252))).toEqual({
			status: 'unreadable',
			error: BROKEN_MARKED_TEXT
		});
		// An odd number of bytes cannot be UTF-16.
		expect(decodeText(bytes(0xff, 0xfe, 0x41))).toEqual({
			status: 'unreadable',
			error: BROKEN_MARKED_TEXT
		});
	});

	it('keeps a replacement character that is really in a UTF-8 file, for the import to flag', () => {
		expect(decodeText(bytes(0x5a, 0xef, 0xbf, 0xbd, 0x72))).toEqual({
			status: 'ok',
			encoding: 'utf-8',
			text: 'Z\uFFFDr'
		});
	});
});

describe('readTextFile', () => {
	it('reads a Blob', async () => {
		const r = await readTextFile(new Blob([bytes(...ZURICH_1252)]));
		expect(r.status === 'confirm' && r.text).toBe('Zürich');
	});
});

describe('nonAsciiSamples', () => {
	it('lists each affected cell once, in order, and counts the rest', () => {
		const text =
			'Name;Owner;City\nCafé Mail;"Léa Müller";Zürich\nZürich AG;Sam;Zürich\nA;B;Köln\nC;D;Malmö\nE;F;Genève\n';
		expect(nonAsciiSamples(text)).toEqual({
			samples: ['Café Mail', 'Léa Müller', 'Zürich', 'Zürich AG', 'Köln'],
			affected: 7
		});
	});

	it('shortens long values', () => {
		const long = `Ü${'x'.repeat(60)}`;
		expect(nonAsciiSamples(long).samples).toEqual([`Ü${'x'.repeat(38)}…`]);
	});
});

describe('encodingQuestion', () => {
	it('names the values and says there are more', () => {
		expect(encodingQuestion({ samples: ['Zürich', 'Café'], affected: 3 })).toBe(
			"This file is not UTF-8. It looks like Windows-1252 (Excel's CSV on Windows): ‘Zürich’, ‘Café’ and 1 more value. Import as Windows-1252?"
		);
		expect(encodingQuestion({ samples: ['A', 'Ö'], affected: 9 })).toContain(
			'‘A’, ‘Ö’ and 7 more values. Import'
		);
		expect(encodingQuestion({ samples: ['Zürich'], affected: 1 })).toBe(
			"This file is not UTF-8. It looks like Windows-1252 (Excel's CSV on Windows): ‘Zürich’. Import as Windows-1252?"
		);
	});
});
