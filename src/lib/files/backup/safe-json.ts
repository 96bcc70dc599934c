/**
 * Reading untrusted backup text: size limit before reading, strict UTF-8, a nesting-depth scan,
 * JSON.parse with a reviver that refuses prototype keys and huge strings. Also the deterministic
 * serialisation used for backups, envelopes and database dumps.
 */
import { formatBytes, sizeOverLimit } from '$lib/domain/evidence/files';
import { MAX_DEPTH, MAX_JSON_BYTES, MAX_STRING_LENGTH } from './constants';
import { BackupError } from './errors';
import { syntaxErrorOffset } from './json-locate';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A file over the limit of JSON a backup may hold (its size and the limit never read as equal). */
export function tooLarge(size: number): BackupError {
	const sizes = sizeOverLimit(size, MAX_JSON_BYTES);
	return new BackupError(
		'too-large',
		`This file is ${sizes.size}; a backup can be at most ${sizes.limit}.`
	);
}

/**
 * A ZIP backup whose JSON, unpacked, is over the limit (the file itself may be small): with its
 * size when the archive states it, else as soon as inflating passes the limit.
 */
export function dataTooLarge(size: number | null): BackupError {
	const what = "This backup's data (without its files)";
	if (size === null)
		return new BackupError(
			'too-large',
			`${what} unpacks to more than the ${formatBytes(MAX_JSON_BYTES)} a backup can hold.`
		);
	const sizes = sizeOverLimit(size, MAX_JSON_BYTES);
	return new BackupError(
		'too-large',
		`${what} is ${sizes.size} once unpacked; a backup can hold at most ${sizes.limit}.`
	);
}

/**
 * The text of a backup file, refusing anything over the size limit before reading it (a Blob's
 * size is known up front; a string's length is checked as is) and anything that is not UTF-8.
 */
export async function readBackupText(input: Blob | string): Promise<string> {
	if (typeof input === 'string') {
		if (input.length > MAX_JSON_BYTES) throw tooLarge(input.length);
		return input;
	}
	if (input.size > MAX_JSON_BYTES) throw tooLarge(input.size);
	const bytes = new Uint8Array(await input.arrayBuffer());
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new BackupError(
			'not-text',
			'This file is not a backup: it is not text (a backup is a UTF-8 JSON file).'
		);
	}
}

/** 1-based line and column of a character offset, for messages. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: end - lineStart + 1 };
}

function at(text: string, offset: number): string {
	const { line, column } = lineColumn(text, offset);
	return `Line ${line}, column ${column}`;
}

/**
 * Scans for nesting deeper than `maxDepth` before parsing, so a file of a million brackets is
 * refused with a position instead of exhausting the parser or a later recursive walk.
 */
export function checkDepth(text: string, maxDepth = MAX_DEPTH): void {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92)
				i++; // backslash: skip the escaped character
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			if (++depth > maxDepth)
				throw new BackupError(
					'too-deep',
					`${at(text, i)}: the data is nested more than ${maxDepth} levels deep; a backup never is.`
				);
		} else if (c === 125 || c === 93) depth--;
	}
}

function syntaxMessage(text: string): string {
	const offset = syntaxErrorOffset(text);
	const where =
		offset < 0
			? 'Somewhere in the file'
			: `${at(text, offset)}${offset >= text.length ? ' (end of file)' : ''}`;
	return `${where}: this is not valid JSON, so the file is damaged or cut short.`;
}

/** "Line 3, column 9: a field named…", or "A field named…" when the key was written escaped. */
function forbiddenKey(text: string, key: string): BackupError {
	const i = text.indexOf(JSON.stringify(key));
	const what = `field named "${key}" is not allowed in a backup file.`;
	return new BackupError('forbidden-key', i >= 0 ? `${at(text, i)}: a ${what}` : `A ${what}`);
}

/** Longest field name accepted; real ones are under 30 characters. */
const MAX_KEY_LENGTH = 200;

export interface SafeParseOptions {
	maxDepth?: number;
	maxStringLength?: number;
	/** Field names whose text may be as long as the file (an envelope's ciphertext). */
	longStringKeys?: readonly string[];
}

/**
 * JSON.parse for untrusted text. Refuses `__proto__`, `constructor` and `prototype` keys at any
 * depth (objects built from a backup are later spread and merged), over-long strings and deep
 * nesting, each with a message that says where.
 */
export function safeParseJson(text: string, options: SafeParseOptions = {}): unknown {
	const maxString = options.maxStringLength ?? MAX_STRING_LENGTH;
	const longKeys = new Set(options.longStringKeys ?? []);
	checkDepth(text, options.maxDepth);
	try {
		return JSON.parse(text, function (key: string, value: unknown) {
			if (FORBIDDEN_KEYS.has(key)) throw forbiddenKey(text, key);
			if (key.length > MAX_KEY_LENGTH)
				throw new BackupError(
					'string-too-long',
					`A field name of ${key.length.toLocaleString('en-US')} characters is longer than the ${MAX_KEY_LENGTH} a backup allows.`
				);
			if (typeof value === 'string' && value.length > maxString && !longKeys.has(key))
				throw new BackupError(
					'string-too-long',
					`Field "${key.slice(0, 60)}": a text of ${value.length.toLocaleString('en-US')} characters is longer than the ${maxString.toLocaleString('en-US')} a backup allows.`
				);
			return value;
		});
	} catch (e) {
		if (e instanceof BackupError) throw e;
		throw new BackupError('invalid-json', syntaxMessage(text));
	}
}

/** True for a non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasToJson(value: object): value is { toJSON(): unknown } {
	return 'toJSON' in value && typeof value.toJSON === 'function';
}

function write(value: unknown, gap: string, indent: string): string | undefined {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'string':
			return JSON.stringify(value);
		case 'number':
			return Number.isFinite(value) ? String(value) : 'null';
		case 'boolean':
			return value ? 'true' : 'false';
		case 'object':
			break;
		case 'bigint':
			throw new TypeError('A backup cannot hold a BigInt.');
		default:
			return undefined; // undefined, functions and symbols are left out, as JSON does
	}
	if (hasToJson(value)) return write(value.toJSON(), gap, indent);
	const inner = indent + gap;
	const open = gap ? `\n${inner}` : '';
	const separator = gap ? `,\n${inner}` : ',';
	const close = gap ? `\n${indent}` : '';
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const items = value.map((item: unknown) => write(item, gap, inner) ?? 'null');
		return `[${open}${items.join(separator)}${close}]`;
	}
	if (!isPlainObject(value)) return undefined;
	const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
	const fields: string[] = [];
	for (const [key, field] of entries) {
		const text = write(field, gap, inner);
		if (text !== undefined) fields.push(`${JSON.stringify(key)}${gap ? ': ' : ':'}${text}`);
	}
	return fields.length === 0 ? '{}' : `{${open}${fields.join(separator)}${close}}`;
}

/**
 * JSON with object keys sorted (by UTF-16 code unit, never by locale) at every depth, so equal
 * data always gives identical text. Otherwise as JSON.stringify: `undefined` fields are left
 * out, non-finite numbers become null, `indent` pretty-prints.
 */
export function stableStringify(value: unknown, indent = ''): string {
	return write(value, indent, '') ?? 'null';
}
