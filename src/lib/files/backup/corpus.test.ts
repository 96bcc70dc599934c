/**
 * The malformed-input corpus: every input is refused with its own specific message, and the
 * database is byte-for-byte what it was before (canonicalDump compared before and after).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalDump, importBundle } from '$lib/db/repositories/backup';
import { freshDb } from '$lib/testing/db';
import { KDF_ITERATIONS } from './constants';
import { FIELD_EDITS, applyEdit } from '../../testing/backup-corpus';
import { BUNDLE_EDITS } from '../../testing/backup-corpus-bundle';
import { deriveBackupKey, encodeBase64, encryptWithKey, type KeyProvider } from './crypto';
import { WRONG_PASSPHRASE_MESSAGE } from './errors';
import { serializeBundle } from './format';
import { loadBackup, openBackup, readBackup } from './read';
import { sampleBundle } from '../../testing/sample-bundle';
import { stableStringify } from './safe-json';

const SAMPLE = serializeBundle(sampleBundle());
const PASSPHRASE = 'corpus passphrase';
const SALT = new Uint8Array(16).fill(3);
let key: CryptoKey;
const keys: KeyProvider = async () => key;

/** Reads and imports as the import screen would: open, decrypt if needed, import. */
async function importFile(input: string | Blob, keyProvider: KeyProvider = keys): Promise<void> {
	const { bundle, files } = await loadBackup(await openBackup(input), keyProvider);
	await importBundle(bundle, {}, () => crypto.randomUUID(), { files });
}

function edited(path: (string | number)[], value: unknown): string {
	const raw: unknown = JSON.parse(SAMPLE);
	applyEdit(raw, path, value);
	return JSON.stringify(raw, null, '\t');
}

async function encrypted(plain: string, change?: (env: Record<string, unknown>) => void) {
	const text = await encryptWithKey(plain, key, SALT, KDF_ITERATIONS);
	if (!change) return text;
	const env: Record<string, unknown> = JSON.parse(text);
	change(env);
	return stableStringify(env);
}

const fixture = (name: string) => readFileSync(`tests/fixtures/backups/${name}`, 'utf8');
const deep = (n: number) =>
	`{"format":"soc2-readiness-backup","x":${'['.repeat(n)}${']'.repeat(n)}}`;
const at = (text: string, needle: string) => text.indexOf(needle);

interface Case {
	name: string;
	input: () => string | Blob | Promise<string | Blob>;
	message: string | RegExp;
	keys?: KeyProvider;
}

const END = ': this is not valid JSON, so the file is damaged or cut short.';

const TEXT_CASES: Case[] = [
	{ name: 'an empty file', input: () => '', message: `Line 1, column 1 (end of file)${END}` },
	{
		name: 'a file cut in half',
		input: () => SAMPLE.slice(0, SAMPLE.length / 2),
		message: /^Line \d+, column \d+ \(end of file\): this is not valid JSON/
	},
	{
		name: 'a file missing its last brace',
		input: () => SAMPLE.trimEnd().slice(0, -1),
		message: /^Line \d+, column \d+ \(end of file\): this is not valid JSON/
	},
	{ name: 'text after the JSON', input: () => `${SAMPLE}x`, message: /^Line \d+, column 1: this/ },
	{ name: 'a trailing comma', input: () => '{"a": 1,}', message: `Line 1, column 9${END}` },
	{ name: 'single quotes', input: () => "{'a': 1}", message: `Line 1, column 2${END}` },
	{ name: 'a NaN', input: () => '{"a": NaN}', message: `Line 1, column 7${END}` },
	{ name: 'a comment', input: () => '// backup\n{}', message: `Line 1, column 1${END}` },
	{
		// 15 MB up to format 3: a file that size is now read, and refused for what it holds.
		name: 'a 20 MB text',
		input: () => `{"a":"${'x'.repeat(20 * 1024 * 1024)}"}`,
		message:
			'Field "a": a text of 20,971,520 characters is longer than the 100,000 a backup allows.'
	},
	{
		name: 'a file 1 byte over the limit',
		input: () => new Blob([new Uint8Array(160 * 1024 * 1024 + 1)]),
		message: 'This file is 167,772,161 bytes; a backup can be at most 167,772,160 bytes (160 MB).'
	},
	{
		name: 'a 200 MB file',
		input: () => new Blob([new Uint8Array(200 * 1024 * 1024)]),
		message: 'This file is 200 MB; a backup can be at most 160 MB.'
	},
	{
		name: 'a binary file',
		input: () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])]),
		message: 'This file is not a backup: it is not text (a backup is a UTF-8 JSON file).'
	},
	{
		name: 'nesting 33 deep',
		input: () => deep(32),
		message: 'Line 1, column 70: the data is nested more than 32 levels deep; a backup never is.'
	},
	{
		name: 'a million open brackets',
		input: () => '['.repeat(1_000_000),
		message: 'Line 1, column 33: the data is nested more than 32 levels deep; a backup never is.'
	},
	{
		name: 'a __proto__ key at the top',
		input: () => SAMPLE.replace('{', '{"__proto__": {"admin": true},'),
		message: 'Line 1, column 2: a field named "__proto__" is not allowed in a backup file.'
	},
	{
		name: 'a __proto__ key inside a control',
		input: () => SAMPLE.replace('"controlId": "IAM-02",', '"controlId": "IAM-02", "__proto__": 1,'),
		message: /^Line \d+, column \d+: a field named "__proto__" is not allowed in a backup file\.$/
	},
	{
		name: 'an escaped __proto__ key',
		input: () => SAMPLE.replace('{', '{"\\u005f_proto__": {},'),
		message: 'A field named "__proto__" is not allowed in a backup file.'
	},
	{
		name: 'a constructor key in template answers',
		input: () => SAMPLE.replace('"answers": {', '"answers": {"constructor": "x",'),
		message: /^Line \d+, column \d+: a field named "constructor" is not allowed/
	},
	{
		name: 'a prototype key',
		input: () => SAMPLE.replace('"plan": {', '"plan": {"prototype": {},'),
		message: /^Line \d+, column \d+: a field named "prototype" is not allowed/
	},
	{
		name: 'a 200,000-character note',
		input: () => edited(['assessments', 0, 'controls', 0, 'notes'], 'n'.repeat(200_000)),
		message:
			'Field "notes": a text of 200,000 characters is longer than the 100,000 a backup allows.'
	},
	{
		name: 'a 5,000-character field name',
		input: () => edited(['k'.repeat(5000)], 1),
		message: 'A field name of 5,000 characters is longer than the 200 a backup allows.'
	},
	{
		name: 'a list at the top',
		input: () => '[]',
		message: /^This file is not a backup from this app/
	},
	{ name: 'null', input: () => 'null', message: /^This file is not a backup from this app/ },
	{ name: 'a string', input: () => '"backup"', message: /^This file is not a backup from this/ },
	{ name: 'an empty object', input: () => '{}', message: /^This file is not a backup from this/ }
];

const FIELD_CASES: Case[] = [...FIELD_EDITS, ...BUNDLE_EDITS].map((e) => ({
	name: e.name,
	input: () => edited(e.path, e.value),
	message: e.message
}));

const ENCRYPTED_CASES: Case[] = [
	{
		name: 'a wrong passphrase',
		input: () => encrypted(SAMPLE),
		keys: (salt, iterations) => deriveBackupKey('wrong passphrase', salt, iterations),
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'a flipped ciphertext byte',
		input: async () => {
			const text = await encrypted(SAMPLE);
			const i = at(text, '"ciphertext":"') + 40;
			return `${text.slice(0, i)}${text[i] === 'A' ? 'B' : 'A'}${text.slice(i + 1)}`;
		},
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'a truncated ciphertext',
		input: async () => (await encrypted(SAMPLE)).replace(/"ciphertext":"[^"]{8}/, '"ciphertext":"'),
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'an iteration count of 1,000',
		input: () => encrypted(SAMPLE, (env) => applyEdit(env, ['kdf', 'iterations'], 1000)),
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'an iteration count of a billion',
		input: () => encrypted(SAMPLE, (env) => applyEdit(env, ['kdf', 'iterations'], 1e9)),
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'an envelope with an extra field',
		input: () => encrypted(SAMPLE, (env) => applyEdit(env, ['comment'], 'hi')),
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'a salt with a padding bit set',
		input: () =>
			encrypted(SAMPLE, (env) =>
				applyEdit(env, ['kdf', 'salt'], encodeBase64(SALT).replace(/w==$/, 'x=='))
			),
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'a re-indented envelope',
		input: async () => JSON.stringify(JSON.parse(await encrypted(SAMPLE)), null, 2),
		message: WRONG_PASSPHRASE_MESSAGE
	},
	{
		name: 'an envelope from a newer app',
		input: () => encrypted(SAMPLE, (env) => applyEdit(env, ['formatVersion'], 99)),
		message: /^This backup was made by a newer version of the app \(backup format 99;/
	},
	{
		name: 'encrypted content that is itself malformed',
		input: () => encrypted(edited(['assessments', 0, 'controls', 0, 'status'], 'yes')),
		message: /^assessments\[0\]\.controls\[0\]\.status: expected one of not_assessed, not_started/
	}
];

const FIXTURE_CASES: Case[] = [
	{
		name: 'fixture: truncated',
		input: () => fixture('malformed-truncated.json'),
		message: `Line 60, column 9 (end of file)${END}`
	},
	{
		name: 'fixture: prototype pollution',
		input: () => fixture('malformed-prototype-pollution.json'),
		message: /^Line \d+, column 5: a field named "__proto__" is not allowed in a backup file\.$/
	},
	{
		name: 'fixture: newer format',
		input: () => fixture('malformed-newer-format.json'),
		message: /^This backup was made by a newer version of the app \(backup format 99;/
	},
	{
		name: 'fixture: unknown field',
		input: () => fixture('malformed-unknown-field.json'),
		message: 'assessments[0].controls[0].score: unknown field (not part of the backup format)'
	},
	{
		name: 'fixture: a CSV file',
		input: () => fixture('malformed-not-a-backup.csv'),
		message: `Line 1, column 1${END}`
	}
];

const IMPORT_CASES: Case[] = [
	{
		name: 'an assessment already here, with no decision',
		input: () => SAMPLE,
		message: /^"Zoë Łukasiewicz — Café Ünal <script>alert\(1\)<\/script>" is already on this device/
	}
];

const ALL = [...TEXT_CASES, ...FIELD_CASES, ...ENCRYPTED_CASES, ...FIXTURE_CASES, ...IMPORT_CASES];

describe('malformed backups', { timeout: 30_000 }, () => {
	let before = '';

	beforeAll(async () => {
		key = await deriveBackupKey(PASSPHRASE, SALT, KDF_ITERATIONS);
		freshDb();
		await importBundle(await readBackup(SAMPLE), {}, () => crypto.randomUUID());
		before = await canonicalDump();
		expect(before).toContain('Zoë Łukasiewicz');
	}, 30_000);

	it('holds at least 60 inputs, each with its own expected message', () => {
		expect(ALL.length).toBeGreaterThanOrEqual(60);
		expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
	});

	it.each(ALL.map((c) => [c.name, c] as const))(
		'refuses %s and leaves the database as it was',
		async (_name, c) => {
			const attempt = importFile(await c.input(), c.keys);
			await expect(attempt).rejects.toThrow(c.message);
			expect(await canonicalDump()).toBe(before);
		}
	);
});
