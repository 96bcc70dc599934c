/**
 * A second reader for the XLSX files the app writes, for tests only: its own ZIP parsing on
 * Node's zlib (the writer zips with fflate) and its own reading of the sheet XML, so a test never
 * checks the writer with the writer. Enough for what the app writes (stored or deflated entries,
 * shared and inline strings, numbers); not a general spreadsheet reader.
 */
import { inflateRawSync } from 'node:zlib';

/** Every entry of a ZIP archive, by name, read through the central directory. */
export function unzipEntries(bytes: Uint8Array): Map<string, Buffer> {
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let i = buf.length - 22; i >= 0; i -= 1)
		if (buf.readUInt32LE(i) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) throw new Error('Not a ZIP archive: no end of central directory');
	const count = buf.readUInt16LE(eocd + 10);
	let at = buf.readUInt32LE(eocd + 16);
	const out = new Map<string, Buffer>();
	for (let n = 0; n < count; n += 1) {
		if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('Bad central directory entry');
		const method = buf.readUInt16LE(at + 10);
		const size = buf.readUInt32LE(at + 20);
		const nameLen = buf.readUInt16LE(at + 28);
		const extraLen = buf.readUInt16LE(at + 30);
		const commentLen = buf.readUInt16LE(at + 32);
		const local = buf.readUInt32LE(at + 42);
		const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
		const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		const data = buf.subarray(dataAt, dataAt + size);
		if (method === 0) out.set(name, Buffer.from(data));
		else if (method === 8) out.set(name, inflateRawSync(data));
		else throw new Error(`Unsupported compression method ${method} for ${name}`);
		at += 46 + nameLen + extraLen + commentLen;
	}
	return out;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'"
};

export function xmlText(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
		if (e.startsWith('#x') || e.startsWith('#X'))
			return String.fromCodePoint(parseInt(e.slice(2), 16));
		if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
		return ENTITIES[e] ?? m;
	});
}

const attr = (tag: string, name: string): string | undefined =>
	new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Text of a `<si>` or `<is>` element: all its `<t>` runs joined. */
function runs(xml: string): string {
	return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)]
		.map((m) => xmlText(m[1] ?? ''))
		.join('');
}

export interface ReadSheet {
	name: string;
	/** The sheet's XML as stored, for checks such as "holds no formula". */
	xml: string;
	/** Cell texts row by row (A, B, … by position; missing cells are ''). */
	rows: string[][];
	/** Cell types by reference: 's' shared string, 'inlineStr', 'n' number, … */
	types: Map<string, string>;
}

function column(ref: string): number {
	let n = 0;
	for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
	return n - 1;
}

/** The workbook's sheets in order, with their names and cell texts. */
export function readXlsx(bytes: Uint8Array): ReadSheet[] {
	const files = unzipEntries(bytes);
	const text = (p: string) => files.get(p)?.toString('utf8') ?? '';
	const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
		runs(m[1] ?? '')
	);
	const rels = new Map(
		[...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)].map((m) => [
			attr(m[0], 'Id') ?? '',
			attr(m[0], 'Target') ?? ''
		])
	);
	return [...text('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)].map((m) => {
		const target = rels.get(attr(m[0], 'r:id') ?? '') ?? '';
		const xml = text(`xl/${target.replace(/^\/?xl\//, '')}`);
		const types = new Map<string, string>();
		const rows = [...xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)].map((row) => {
			const cells: string[] = [];
			for (const c of (row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
				const ref = attr(c[1] ?? '', 'r') ?? '';
				const t = attr(c[1] ?? '', 't') ?? 'n';
				types.set(ref, t);
				const inner = c[2] ?? '';
				const v = xmlText(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
				const value = t === 's' ? (shared[Number(v)] ?? '') : t === 'inlineStr' ? runs(inner) : v;
				const i = column(ref);
				while (cells.length < i) cells.push('');
				cells[i] = value;
			}
			return cells;
		});
		return { name: xmlText(attr(m[0], 'name') ?? ''), xml, rows, types };
	});
}
