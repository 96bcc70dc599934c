import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MAX_JSON_BYTES } from './constants';
import { BackupError } from './errors';
import {
	checkDepth,
	lineColumn,
	readBackupText,
	safeParseJson,
	stableStringify
} from './safe-json';

function rejection(fn: () => unknown): BackupError {
	try {
		fn();
	} catch (e) {
		if (e instanceof BackupError) return e;
		throw e;
	}
	throw new Error('expected a BackupError');
}

describe('readBackupText', () => {
	it('refuses a Blob 1 byte over 160 MB without reading it, in exact bytes', async () => {
		const blob = new Blob([new Uint8Array(MAX_JSON_BYTES + 1)]);
		const read = vi.spyOn(blob, 'arrayBuffer');
		await expect(readBackupText(blob)).rejects.toThrow(
			'This file is 167,772,161 bytes; a backup can be at most 167,772,160 bytes (160 MB).'
		);
		expect(read).not.toHaveBeenCalled();
	});

	it('accepts a file of exactly the limit and reads UTF-8 (dropping a byte-order mark)', async () => {
		const text = await readBackupText(new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])]));
		expect(text).toBe('{}');
		const edge = 'x'.repeat(MAX_JSON_BYTES);
		expect((await readBackupText(edge)).length).toBe(MAX_JSON_BYTES);
	});

	it('refuses a string over the limit and bytes that are not UTF-8', async () => {
		await expect(readBackupText('x'.repeat(170 * 1024 * 1024))).rejects.toThrow(
			'This file is 170 MB; a backup can be at most 160 MB.'
		);
		await expect(readBackupText(new Blob([new Uint8Array([0x7b, 0xff, 0x7d])]))).rejects.toThrow(
			'This file is not a backup: it is not text (a backup is a UTF-8 JSON file).'
		);
	});
});

describe('safeParseJson', () => {
	it('parses ordinary JSON unchanged', () => {
		expect(safeParseJson('{"a":[1,"x",null,true],"b":{"c":"d"}}')).toEqual({
			a: [1, 'x', null, true],
			b: { c: 'd' }
		});
	});

	it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key at any depth', (key) => {
		const text = `{\n  "a": [\n    { "${key}": { "polluted": true } }\n  ]\n}`;
		const e = rejection(() => safeParseJson(text));
		expect(e.code).toBe('forbidden-key');
		expect(e.message).toBe(
			`Line 3, column 7: a field named "${key}" is not allowed in a backup file.`
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses a prototype key written with escapes, which a text search would miss', () => {
		const e = rejection(() => safeParseJson('{"__pro\\u0074o__":{}}'));
		expect(e.message).toBe('A field named "__proto__" is not allowed in a backup file.');
	});

	it('refuses strings and field names over the limits', () => {
		const long = 'y'.repeat(100_001);
		expect(rejection(() => safeParseJson(`{"notes":"${long}"}`)).message).toBe(
			'Field "notes": a text of 100,001 characters is longer than the 100,000 a backup allows.'
		);
		expect(rejection(() => safeParseJson(`{"${'k'.repeat(201)}":1}`)).message).toBe(
			'A field name of 201 characters is longer than the 200 a backup allows.'
		);
		// The one exception: an envelope's ciphertext may be as long as the file.
		expect(safeParseJson(`{"ciphertext":"${long}"}`, { longStringKeys: ['ciphertext'] })).toEqual({
			ciphertext: long
		});
	});

	it('refuses deep nesting with its position, before parsing', () => {
		const deep = `${'['.repeat(33)}${']'.repeat(33)}`;
		expect(rejection(() => safeParseJson(deep)).message).toBe(
			'Line 1, column 33: the data is nested more than 32 levels deep; a backup never is.'
		);
		expect(() => safeParseJson(`${'['.repeat(32)}${']'.repeat(32)}`)).not.toThrow();
		// Brackets inside strings (and escaped quotes) do not count.
		expect(() => checkDepth(`["\\"${'['.repeat(100)}"]`)).not.toThrow();
	});

	it('reports syntax errors with a line and column', () => {
		expect(rejection(() => safeParseJson('{\n  "a": 1,\n}')).message).toBe(
			'Line 3, column 1: this is not valid JSON, so the file is damaged or cut short.'
		);
		expect(rejection(() => safeParseJson('{\n"a": [1, 2')).message).toBe(
			'Line 2, column 11 (end of file): this is not valid JSON, so the file is damaged or cut short.'
		);
	});

	it('counts lines and columns from 1', () => {
		expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});

describe('stableStringify', () => {
	it('writes the same text whatever order keys were inserted in', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = stableStringify(value);
				const shuffled = JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
					v && typeof v === 'object' && !Array.isArray(v)
						? Object.fromEntries(Object.entries(v).reverse())
						: v
				);
				expect(stableStringify(shuffled)).toBe(text);
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
			})
		);
	});

	it('matches JSON.stringify of the key-sorted value, indented or not', () => {
		const value = { b: [1, { z: null, a: 'x' }, []], a: {}, c: undefined, d: -0 };
		expect(stableStringify(value)).toBe('{"a":{},"b":[1,{"a":"x","z":null},[]],"d":0}');
		expect(stableStringify(value, '\t')).toBe(
			JSON.stringify({ a: {}, b: [1, { a: 'x', z: null }, []], d: 0 }, null, '\t')
		);
	});
});
