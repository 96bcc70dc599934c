/**
 * Turning the bytes of a user's text file (CSV, TSV, TXT) into a string without losing letters.
 * Strict UTF-8 first (a UTF-8 byte-order mark is honoured and dropped; so is a UTF-16 one, which
 * Excel's "Unicode Text" writes). When the bytes are not UTF-8, the file is most likely Windows-1252,
 * what Excel's plain "CSV" writes on Windows: that reading is offered with the values it changes,
 * for the user to confirm, never applied on its own. A non-strict UTF-8 decode would turn each
 * such letter into U+FFFD and store "Z�rich" without a word, which is what this module prevents.
 */

/** Encodings a file can be read in without asking. */
export type SureEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodedText =
	/** Read as it says it is: strict UTF-8, or UTF-16 with its byte-order mark. */
	| { status: 'ok'; encoding: SureEncoding; text: string }
	/** Not UTF-8, readable as Windows-1252: ask before using `text`. */
	| { status: 'confirm'; encoding: 'windows-1252'; text: string; preview: EncodingPreview }
	/** Neither: binary data, or a legacy encoding Windows-1252 cannot stand in for. */
	| { status: 'unreadable'; error: string };

export interface EncodingPreview {
	/** The first distinct values (cells, roughly) that hold a non-ASCII character. */
	samples: string[];
	/** How many distinct values hold one. */
	affected: number;
}

export const UNREADABLE_TEXT =
	'This file is not text we can read: it is neither UTF-8 nor Windows-1252 (it may be a workbook such as .xlsx, or another encoding). Save it as "CSV UTF-8" and choose it again.';

export const BROKEN_MARKED_TEXT =
	'This file starts with a byte-order mark saying which encoding it uses, then holds bytes that do not fit it: part of it may have been saved in another encoding. Save it again as "CSV UTF-8" and choose it again.';

const SAMPLE_COUNT = 5;
const SAMPLE_MAX = 40;

/**
 * Bytes Windows-1252 leaves undefined (WHATWG maps them to C1 controls). Real Windows-1252 text
 * never has them; DOS code pages (ü is 0x81 in CP437/850) and Mac Roman often do.
 */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252's letters for bytes 80..9F, where it differs from Latin-1 (the rest is the same as
 * the byte's code point). Written out because Node's TextDecoder('windows-1252') decodes these
 * as Latin-1 C1 controls (browsers follow the WHATWG table, as this does); undefined bytes are
 * refused before this is used.
 */
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decode1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const CHUNK = 8192;
	for (let at = 0; at < bytes.length; at += CHUNK) {
		const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) =>
			b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b
		);
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

function bomEncoding(bytes: Uint8Array): SureEncoding | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

function strict(bytes: Uint8Array, encoding: SureEncoding): string | null {
	try {
		// The decoder drops a leading byte-order mark of its own encoding (ignoreBOM is false).
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * The values a reader should look at before accepting a Windows-1252 reading: runs of text
 * between CSV delimiters, quotes and line breaks that contain a non-ASCII character, trimmed,
 * each once, in file order.
 */
export function nonAsciiSamples(text: string, count = SAMPLE_COUNT): EncodingPreview {
	const seen = new Set<string>();
	const samples: string[] = [];
	for (const raw of text.split(/[,;\t\r\n"]+/)) {
		const value = raw.trim();
		if (!/\P{ASCII}/u.test(value) || seen.has(value)) continue;
		seen.add(value);
		if (samples.length < count)
			samples.push(value.length > SAMPLE_MAX ? `${value.slice(0, SAMPLE_MAX - 1)}…` : value);
	}
	return { samples, affected: seen.size };
}

/**
 * Decodes a text file's bytes. UTF-8 (with or without its byte-order mark) and UTF-16 with its
 * mark come back as `ok`. Other bytes come back as a Windows-1252 reading to `confirm`, with the
 * values it affects, unless they hold a NUL byte or a byte Windows-1252 does not define: then the
 * file is `unreadable`, since any reading would be a guess.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const marked = bomEncoding(bytes);
	if (marked) {
		const text = strict(bytes, marked);
		return text === null
			? { status: 'unreadable', error: BROKEN_MARKED_TEXT }
			: { status: 'ok', encoding: marked, text };
	}
	const utf8 = strict(bytes, 'utf-8');
	if (utf8 !== null) return { status: 'ok', encoding: 'utf-8', text: utf8 };
	for (const b of bytes)
		if (b === 0 || UNDEFINED_1252.has(b)) return { status: 'unreadable', error: UNREADABLE_TEXT };
	const text = decode1252(bytes);
	return { status: 'confirm', encoding: 'windows-1252', text, preview: nonAsciiSamples(text) };
}

/** Reads a chosen file and decodes it with `decodeText`. Rejects when the file cannot be read. */
export async function readTextFile(file: Blob): Promise<DecodedText> {
	return decodeText(new Uint8Array(await file.arrayBuffer()));
}

/** The question put to the user for a `confirm` result, naming the values it changes. */
export function encodingQuestion(preview: EncodingPreview): string {
	const shown = preview.samples.map((s) => `‘${s}’`).join(', ');
	const rest = preview.affected - preview.samples.length;
	const more = rest > 0 ? ` and ${rest} more value${rest === 1 ? '' : 's'}` : '';
	return `This file is not UTF-8. It looks like Windows-1252 (Excel's CSV on Windows): ${shown}${more}. Import as Windows-1252?`;
}
