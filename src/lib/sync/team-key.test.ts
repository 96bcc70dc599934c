import { createHmac, hkdfSync, pbkdf2Sync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { KDF_ITERATIONS, MAX_KDF_ITERATIONS } from '$lib/files/backup/constants';
import { EnvelopeError } from './errors';
import { encodeTeamCode } from './team-code';
import {
	assertFingerprint,
	generateTeamCode,
	newTeamSalt,
	teamKeyFromCode,
	teamKeyFromPassphrase,
	type TeamKey
} from './team-key';

/** Composed and decomposed spellings of the same words, as two systems may type them. */
const COMPOSED = 'correct horse caf\u00e9 battery staple';
const DECOMPOSED = 'correct horse cafe\u0301 battery staple';
const SALT = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
const ROOT = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);

/** The fingerprint as Node's own crypto computes it from the documented labels (the oracle). */
function expectedFingerprint(root: Uint8Array): string {
	const ids = hkdfSync('sha256', root, new Uint8Array(0), 'soc2-readiness/sync/v1/hmac-ids', 32);
	const mac = createHmac('sha256', Buffer.from(ids))
		.update('soc2-readiness/sync/v1/fingerprint')
		.digest('hex');
	return (mac.slice(0, 16).match(/.{4}/g) ?? []).join('-');
}

let deviceA: TeamKey;
let deviceB: TeamKey;
let otherSalt: TeamKey;

beforeAll(async () => {
	[deviceA, deviceB, otherSalt] = await Promise.all([
		teamKeyFromPassphrase(COMPOSED, SALT),
		teamKeyFromPassphrase(DECOMPOSED, SALT),
		teamKeyFromPassphrase(COMPOSED, new Uint8Array(16).fill(9))
	]);
}, 60_000);

describe('team keys', () => {
	it('give two devices with the same passphrase and salt the same fingerprint', () => {
		expect(deviceA.fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
		expect(deviceB.fingerprint).toBe(deviceA.fingerprint);
		expect(otherSalt.fingerprint).not.toBe(deviceA.fingerprint);
		expect(() => assertFingerprint(deviceB, deviceA.fingerprint.toUpperCase())).not.toThrow();
	});

	it('derive the root as PBKDF2-SHA-256 at 600,000 rounds, then HKDF, as Node computes it', () => {
		const root = pbkdf2Sync(COMPOSED.normalize('NFC'), SALT, 600_000, 32, 'sha256');
		expect(deviceA.fingerprint).toBe(expectedFingerprint(root));
	});

	it('report a different key as wrong-key before anything is opened', () => {
		expect(() => assertFingerprint(otherSalt, deviceA.fingerprint)).toThrow(
			expect.objectContaining({ kind: 'wrong-key' })
		);
	});

	it('are non-extractable AES-GCM-256 and HMAC-SHA-256 keys', async () => {
		expect(Object.isFrozen(deviceA)).toBe(true);
		expect(deviceA.enc.extractable).toBe(false);
		expect(deviceA.enc.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		expect([...deviceA.enc.usages].sort()).toEqual(['decrypt', 'encrypt']);
		expect(deviceA.ids.extractable).toBe(false);
		expect(deviceA.ids.algorithm).toMatchObject({ name: 'HMAC', hash: { name: 'SHA-256' } });
		expect(deviceA.ids.usages).toEqual(['sign']);
		const subtle = globalThis.crypto.subtle;
		await expect(subtle.exportKey('raw', deviceA.enc)).rejects.toThrow();
		await expect(subtle.exportKey('jwk', deviceA.enc)).rejects.toThrow();
		await expect(subtle.exportKey('raw', deviceA.ids)).rejects.toThrow();
		const fromCode = await teamKeyFromCode(generateTeamCode());
		await expect(subtle.exportKey('raw', fromCode.enc)).rejects.toThrow();
		await expect(subtle.exportKey('jwk', fromCode.ids)).rejects.toThrow();
	});

	it('refuse parameters a server could use to weaken or stall the derivation', async () => {
		const refused = (p: Promise<unknown>) =>
			expect(p).rejects.toSatisfy((e) => e instanceof EnvelopeError && e.kind === 'malformed');
		await refused(teamKeyFromPassphrase(COMPOSED, SALT, KDF_ITERATIONS - 1));
		await refused(teamKeyFromPassphrase(COMPOSED, SALT, MAX_KDF_ITERATIONS + 1));
		await refused(teamKeyFromPassphrase(COMPOSED, SALT, 600_000.5));
		await refused(teamKeyFromPassphrase(COMPOSED, new Uint8Array(15)));
		await refused(teamKeyFromPassphrase('', SALT));
	});

	it('make a fresh 16-byte salt each time', () => {
		const a = newTeamSalt();
		expect(a).toHaveLength(16);
		expect(newTeamSalt()).not.toEqual(a);
	});
});

describe('team codes as keys', () => {
	it('derive the key HKDF gives for the code bytes, the same on every device', async () => {
		const code = encodeTeamCode(ROOT);
		const [one, two] = await Promise.all([
			teamKeyFromCode(code),
			teamKeyFromCode(code.toLowerCase())
		]);
		expect(one.fingerprint).toBe(expectedFingerprint(ROOT));
		expect(two.fingerprint).toBe(one.fingerprint);
	});

	it('are random: two generated codes are different keys', async () => {
		const [a, b] = [generateTeamCode(), generateTeamCode()];
		expect(a).not.toBe(b);
		const [ka, kb] = await Promise.all([teamKeyFromCode(a), teamKeyFromCode(b)]);
		expect(ka.fingerprint).not.toBe(kb.fingerprint);
	});

	it('refuse a one-character typo with a clear message', async () => {
		const code = generateTeamCode();
		const typo = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
		await expect(teamKeyFromCode(typo)).rejects.toThrow(/typo/);
		await expect(teamKeyFromCode('not a code')).rejects.toThrow(EnvelopeError);
	});
});
