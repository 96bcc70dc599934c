import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { KDF_ITERATIONS } from './constants';
import {
	decodeBase64Strict,
	decryptText,
	deriveBackupKey,
	encodeBase64,
	encryptText,
	encryptWithKey,
	type KeyProvider
} from './crypto';
import { BackupError, WRONG_PASSPHRASE_MESSAGE } from './errors';
import { serializeBundle } from './format';
import { decryptBackup, openBackup } from './read';
import { sampleBundle } from '../../testing/sample-bundle';
import { stableStringify } from './safe-json';

const PASSPHRASE = 'a long and unguessable passphrase';
const SALT = new Uint8Array(16).fill(7);
let key: CryptoKey;

/** Derives each distinct salt and iteration count once: PBKDF2 at 600,000 rounds is slow. */
function cachedKeys(passphrase: string): KeyProvider & { derivations: () => number } {
	const cache = new Map<string, Promise<CryptoKey>>();
	const provider = (salt: Uint8Array<ArrayBuffer>, iterations: number) => {
		const id = `${encodeBase64(salt)}:${iterations}`;
		let k = cache.get(id);
		if (!k) {
			k = deriveBackupKey(passphrase, salt, iterations);
			cache.set(id, k);
		}
		return k;
	};
	return Object.assign(provider, { derivations: () => cache.size });
}

beforeAll(async () => {
	key = await deriveBackupKey(PASSPHRASE, SALT, KDF_ITERATIONS);
}, 30_000);

async function rejected(p: Promise<unknown>): Promise<BackupError> {
	try {
		await p;
	} catch (e) {
		if (e instanceof BackupError) return e;
		throw e;
	}
	throw new Error('expected a BackupError');
}

describe('strict base64', () => {
	it('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
				expect(decodeBase64Strict(encodeBase64(bytes))).toEqual(bytes);
			})
		);
	});

	it('refuses non-canonical padding bits, missing padding, whitespace and other alphabets', () => {
		expect(decodeBase64Strict('QQ==')).toEqual(new Uint8Array([65]));
		expect(decodeBase64Strict('QR==')).toBeNull(); // same byte with an unused bit set
		expect(decodeBase64Strict('QUI=')).toEqual(new Uint8Array([65, 66]));
		expect(decodeBase64Strict('QUJ=')).toBeNull();
		expect(decodeBase64Strict('QQ')).toBeNull();
		expect(decodeBase64Strict('QU I=')).toBeNull();
		expect(decodeBase64Strict('QU-_')).toBeNull();
		expect(decodeBase64Strict('Q===')).toBeNull();
	});
});

// Each PBKDF2 derivation at 600,000 rounds takes about a second on a loaded test machine.
describe('encryption', { timeout: 30_000 }, () => {
	it('writes an envelope with its parameters in the header and decrypts it', async () => {
		const text = await encryptWithKey('hello', key, SALT, KDF_ITERATIONS);
		const envelope = JSON.parse(text);
		expect(envelope.kdf).toEqual({
			name: 'PBKDF2',
			hash: 'SHA-256',
			iterations: 600_000,
			salt: encodeBase64(SALT)
		});
		expect(envelope.cipher.name).toBe('AES-GCM');
		expect(decodeBase64Strict(envelope.cipher.iv)).toHaveLength(12);
		expect(text).toBe(`${stableStringify(envelope)}\n`);
		expect(await decryptText(text, async () => key)).toBe('hello');
	});

	it('uses a fresh salt and IV each time, with a key from the passphrase', async () => {
		const a = await encryptText('same text', PASSPHRASE);
		const b = JSON.parse(await encryptText('same text', PASSPHRASE));
		const parsedA = JSON.parse(a);
		expect(parsedA.kdf.salt).not.toBe(b.kdf.salt);
		expect(parsedA.cipher.iv).not.toBe(b.cipher.iv);
		expect(decodeBase64Strict(parsedA.kdf.salt)).toHaveLength(16);
		// The passphrase is NFC-normalised: a decomposed "é" gives the same key.
		expect(await decryptText(a, cachedKeys(PASSPHRASE.normalize('NFD')))).toBe('same text');
	});

	it('says "Wrong passphrase or damaged file." for a wrong passphrase', async () => {
		const text = await encryptWithKey('secret', key, SALT, KDF_ITERATIONS);
		const e = await rejected(decryptText(text, cachedKeys('not the passphrase')));
		expect(e.message).toBe(WRONG_PASSPHRASE_MESSAGE);
	});

	it('refuses iteration counts below 600,000 or absurdly high, without deriving', async () => {
		for (const iterations of [1000, 599_999, 5_000_001, 1e12]) {
			const weakKey = await deriveBackupKey(PASSPHRASE, SALT, 1000);
			const text = await encryptWithKey('secret', weakKey, SALT, iterations);
			const provider = vi.fn(async () => weakKey);
			const e = await rejected(decryptText(text, provider));
			expect(e.message).toBe(WRONG_PASSPHRASE_MESSAGE);
			expect(provider).not.toHaveBeenCalled();
		}
	});

	it('authenticates the header: a changed IV, salt or an added field fails', async () => {
		const text = await encryptWithKey('secret', key, SALT, KDF_ITERATIONS);
		const env = JSON.parse(text);
		const variants = [
			{ ...env, cipher: { ...env.cipher, iv: encodeBase64(new Uint8Array(12)) } },
			{ ...env, kdf: { ...env.kdf, salt: encodeBase64(new Uint8Array(16)) } },
			{ ...env, note: 'hello' },
			{ ...env, kdf: { ...env.kdf, salt: encodeBase64(new Uint8Array(15)) } }
		];
		for (const variant of variants) {
			const e = await rejected(decryptText(stableStringify(variant), cachedKeys(PASSPHRASE)));
			expect(e.message).toBe(WRONG_PASSPHRASE_MESSAGE);
		}
		// Re-indenting keeps every value but is not the canonical text: refused as well.
		const pretty = JSON.stringify(JSON.parse(text), null, 1);
		expect((await rejected(decryptText(pretty, async () => key))).message).toBe(
			WRONG_PASSPHRASE_MESSAGE
		);
	});

	it('says so when the envelope comes from a newer app', async () => {
		const env = JSON.parse(await encryptWithKey('x', key, SALT, KDF_ITERATIONS));
		const e = await rejected(
			decryptText(stableStringify({ ...env, formatVersion: 2 }), async () => key)
		);
		expect(e.code).toBe('newer-format');
		expect(e.message).toMatch(/^This backup was made by a newer version of the app/);
	});
});

describe('1,000 random single-byte changes to an encrypted backup', () => {
	it('are all refused; those still read as encrypted say only the one message', async () => {
		const plain = serializeBundle(sampleBundle());
		const file = new TextEncoder().encode(await encryptWithKey(plain, key, SALT, KDF_ITERATIONS));
		const keys = cachedKeys(PASSPHRASE);
		// Sanity: the untouched file decrypts.
		expect(
			(await decryptBackup({ text: new TextDecoder().decode(file) }, keys)).templates
		).toHaveLength(1);
		const formatVersionAt = new TextDecoder().decode(file).indexOf('"formatVersion":1') + 16;
		const changes = fc.sample(
			fc.record({ at: fc.nat({ max: file.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }),
			{ numRuns: 1000, seed: 20260302 }
		);
		let decrypted = 0;
		for (const change of changes) {
			const bytes = file.slice();
			bytes[change.at] = (bytes[change.at] ?? 0) ^ change.xor;
			let opened: Awaited<ReturnType<typeof openBackup>>;
			try {
				opened = await openBackup(new Blob([bytes]));
			} catch (e) {
				// Damage that stops the file reading as an encrypted backup at all.
				const code = e instanceof BackupError ? e.code : String(e);
				expect(['invalid-json', 'not-text', 'not-backup']).toContain(code);
				continue;
			}
			expect(opened.kind).toBe('encrypted');
			if (opened.kind !== 'encrypted') continue;
			decrypted++;
			const e = await rejected(decryptBackup(opened, keys));
			if (change.at === formatVersionAt && e.code === 'newer-format') continue;
			expect(e.message).toBe(WRONG_PASSPHRASE_MESSAGE);
		}
		// Most changes reach decryption (the rest make the file unreadable as JSON or text).
		expect(decrypted).toBeGreaterThan(300);
		expect(keys.derivations()).toBeLessThan(40);
	}, 60_000);
});
