import { createDecipheriv, hkdfSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import {
	assertFingerprint,
	EnvelopeError,
	openDoc,
	opaqueId,
	rekey,
	sealDoc,
	teamKeyFromCode,
	teamKeyFromPassphrase,
	type EnvelopeErrorKind,
	type SealedDoc,
	type TeamKey
} from './envelope';
import { encodeTeamCode } from './team-code';

const SALT = new Uint8Array(16).fill(3);
const ROOT = Uint8Array.from({ length: 32 }, (_, i) => i);
const DOC = 'r_first';
const PAYLOAD = {
	id: 'c1',
	title: 'Access reviews – quarterly ✓',
	tags: ['CC6.1'],
	n: 3,
	ok: null
};

let key: TeamKey;
let wrongPassphrase: TeamKey;
let codeKey: TeamKey;

beforeAll(async () => {
	[key, wrongPassphrase, codeKey] = await Promise.all([
		teamKeyFromPassphrase('the team passphrase', SALT),
		teamKeyFromPassphrase('the team passphrasf', SALT),
		teamKeyFromCode(encodeTeamCode(ROOT))
	]);
}, 60_000);

async function kindOf(promise: Promise<unknown>): Promise<EnvelopeErrorKind> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof EnvelopeError) return e.kind;
		throw e;
	}
	throw new Error('opened');
}

function flipBit(text: string, byte: number, bit = 0): string {
	const bytes = decodeBase64Url(text);
	if (!bytes) throw new Error('not base64url');
	bytes[byte] = (bytes[byte] ?? 0) ^ (1 << bit);
	return encodeBase64Url(bytes);
}

describe('sealDoc and openDoc', () => {
	it('round-trip any JSON value', async () => {
		for (const payload of [PAYLOAD, [1, 'two', { three: 3 }], 'text', 0, false, null, {}]) {
			expect(await openDoc(key, DOC, await sealDoc(key, DOC, payload))).toEqual(payload);
		}
	});

	it('seal to exactly { v: 1, iv, ct } in base64url, with a 96-bit IV', async () => {
		const sealed = await sealDoc(key, DOC, PAYLOAD);
		expect(Object.keys(sealed).sort()).toEqual(['ct', 'iv', 'v']);
		expect(sealed.v).toBe(1);
		expect(sealed.iv).toMatch(/^[A-Za-z0-9_-]{16}$/);
		expect(sealed.ct).toMatch(/^[A-Za-z0-9_-]+$/);
		const plainBytes = new TextEncoder().encode(JSON.stringify(PAYLOAD)).length;
		expect(decodeBase64Url(sealed.ct)).toHaveLength(plainBytes + 16);
	});

	it('give different ciphertexts for the same payload sealed twice', async () => {
		const [a, b] = await Promise.all([sealDoc(key, DOC, PAYLOAD), sealDoc(key, DOC, PAYLOAD)]);
		expect(a.iv).not.toBe(b.iv);
		expect(a.ct).not.toBe(b.ct);
	});

	it('bind the AAD ["soc2-readiness/sync/doc", 1, docId], as Node decrypts it', async () => {
		const sealed = await sealDoc(codeKey, DOC, PAYLOAD);
		const enc = hkdfSync('sha256', ROOT, new Uint8Array(0), 'soc2-readiness/sync/v1/aes-gcm', 32);
		const ct = Buffer.from(sealed.ct, 'base64url');
		const decipher = createDecipheriv(
			'aes-256-gcm',
			Buffer.from(enc),
			Buffer.from(sealed.iv, 'base64url')
		);
		decipher.setAAD(Buffer.from(JSON.stringify(['soc2-readiness/sync/doc', 1, DOC])));
		decipher.setAuthTag(ct.subarray(-16));
		const plain = Buffer.concat([decipher.update(ct.subarray(0, -16)), decipher.final()]);
		expect(JSON.parse(plain.toString('utf8'))).toEqual(PAYLOAD);
	});

	it('refuse a body whose ct or iv has one bit flipped as tampered', async () => {
		const sealed = await sealDoc(key, DOC, PAYLOAD);
		const ctLength = decodeBase64Url(sealed.ct)?.length ?? 0;
		for (const byte of [0, 7, ctLength - 17, ctLength - 16, ctLength - 1]) {
			const ct = flipBit(sealed.ct, byte, byte % 8);
			expect(await kindOf(openDoc(key, DOC, { ...sealed, ct }))).toBe('tampered');
		}
		for (const byte of [0, 11]) {
			const iv = flipBit(sealed.iv, byte, 7);
			expect(await kindOf(openDoc(key, DOC, { ...sealed, iv }))).toBe('tampered');
		}
	});

	it('refuse a body moved to another document id as tampered', async () => {
		const sealed = await sealDoc(key, DOC, PAYLOAD);
		expect(await kindOf(openDoc(key, 'r_second', sealed))).toBe('tampered');
		expect(await kindOf(openDoc(key, `${DOC} `, sealed))).toBe('tampered');
	});

	it('fail with a wrong passphrase: the fingerprint differs up front, each document is tampered', async () => {
		expect(wrongPassphrase.fingerprint).not.toBe(key.fingerprint);
		expect(() => assertFingerprint(wrongPassphrase, key.fingerprint)).toThrow(
			expect.objectContaining({ kind: 'wrong-key' })
		);
		const sealed = await sealDoc(key, DOC, PAYLOAD);
		expect(await kindOf(openDoc(wrongPassphrase, DOC, sealed))).toBe('tampered');
	});

	it('refuse what is not an envelope as malformed', async () => {
		const good = await sealDoc(key, DOC, PAYLOAD);
		const bad: unknown[] = [
			null,
			'text',
			[good],
			{},
			{ iv: good.iv, ct: good.ct },
			{ ...good, v: '1' },
			{ ...good, v: 0 },
			{ ...good, v: 1.5 },
			{ v: 1, ct: good.ct },
			{ v: 1, iv: good.iv },
			{ ...good, iv: 42 },
			{ ...good, iv: '!!not base64!!' },
			{ ...good, ct: `${good.ct}=` },
			{ ...good, ct: good.ct.replace(/^./, '+') },
			{ ...good, iv: good.iv.slice(0, 15) },
			{ ...good, iv: encodeBase64Url(new Uint8Array(16)) },
			{ ...good, ct: encodeBase64Url(new Uint8Array(15)) },
			{ ...good, alg: 'none' }
		];
		for (const sealed of bad) expect(await kindOf(openDoc(key, DOC, sealed))).toBe('malformed');
	});

	it('refuse an envelope from a newer app as unsupported-version', async () => {
		const good = await sealDoc(key, DOC, PAYLOAD);
		expect(await kindOf(openDoc(key, DOC, { ...good, v: 2 }))).toBe('unsupported-version');
		expect(await kindOf(openDoc(key, DOC, { v: 2, other: 'shape' }))).toBe('unsupported-version');
		await expect(openDoc(key, DOC, { ...good, v: 2 })).rejects.toThrow(/update this app/);
	});

	it("let CouchDB's own fields through, so a fetched document can be passed whole", async () => {
		const good = await sealDoc(key, DOC, PAYLOAD);
		const fetched = { _id: DOC, _rev: '3-abc', _conflicts: [], ...good };
		expect(await openDoc(key, DOC, fetched)).toEqual(PAYLOAD);
	});

	it('call authentic bytes that are not UTF-8 JSON malformed', async () => {
		const iv = new Uint8Array(12).fill(1);
		const ad = new TextEncoder().encode(JSON.stringify(['soc2-readiness/sync/doc', 1, DOC]));
		for (const plain of [new TextEncoder().encode('{not json'), new Uint8Array([0xff, 0xfe])]) {
			const ct = await crypto.subtle.encrypt(
				{ name: 'AES-GCM', iv, additionalData: ad },
				key.enc,
				plain
			);
			const sealed = { v: 1, iv: encodeBase64Url(iv), ct: encodeBase64Url(new Uint8Array(ct)) };
			expect(await kindOf(openDoc(key, DOC, sealed))).toBe('malformed');
		}
	});

	it('seal and open a 1 MB payload', async () => {
		const big = { text: 'evidence notes, '.repeat(65_536) };
		expect(big.text.length).toBe(1_048_576);
		const sealed = await sealDoc(key, DOC, big);
		expect(sealed.ct.length).toBeGreaterThan(1_398_000);
		expect(await openDoc(key, DOC, sealed)).toEqual(big);
	});

	it('refuse to seal what JSON cannot hold', async () => {
		await expect(sealDoc(key, DOC, undefined)).rejects.toThrow(TypeError);
		await expect(sealDoc(key, DOC, () => 1)).rejects.toThrow(TypeError);
		await expect(sealDoc(key, DOC, { n: 1n })).rejects.toThrow(TypeError);
	});
});

describe('opaqueId', () => {
	it('is stable for the same key and inputs, and looks like nothing', async () => {
		const again = await teamKeyFromPassphrase('the team passphrase', SALT);
		const id = await opaqueId(key, 'controls', 'c1');
		expect(id).toMatch(/^r_[A-Za-z0-9_-]{43}$/);
		expect(await opaqueId(again, 'controls', 'c1')).toBe(id);
		expect(id).not.toContain('controls');
	});

	it('differs per table, per record key and per team key', async () => {
		const ids = await Promise.all([
			opaqueId(key, 'controls', 'c1'),
			opaqueId(key, 'controls', 'c2'),
			opaqueId(key, 'tasks', 'c1'),
			opaqueId(key, 'ab', 'c'),
			opaqueId(key, 'a', 'bc'),
			opaqueId(key, 'controls', ''),
			opaqueId(wrongPassphrase, 'controls', 'c1'),
			opaqueId(codeKey, 'controls', 'c1')
		]);
		expect(new Set(ids).size).toBe(ids.length);
		await expect(opaqueId(key, '', 'c1')).rejects.toThrow(TypeError);
	});
});

describe('rekey', () => {
	let sealed: SealedDoc;
	let moved: SealedDoc;

	beforeAll(async () => {
		sealed = await sealDoc(key, DOC, PAYLOAD);
		moved = await rekey(key, codeKey, DOC, sealed);
	});

	it('re-seals a document so only the new key opens it', async () => {
		expect(await openDoc(codeKey, DOC, moved)).toEqual(PAYLOAD);
		expect(await kindOf(openDoc(key, DOC, moved))).toBe('tampered');
		expect(moved.iv).not.toBe(sealed.iv);
	});

	it('leaves a document already under the new key as it is, so it can be run again', async () => {
		expect(await rekey(key, codeKey, DOC, moved)).toEqual(moved);
		expect(await rekey(key, codeKey, DOC, { _rev: '2-x', ...moved })).toEqual(moved);
	});

	it('refuses a document neither key opens, and bad input, with the same kinds as openDoc', async () => {
		expect(await kindOf(rekey(wrongPassphrase, codeKey, DOC, sealed))).toBe('tampered');
		expect(await kindOf(rekey(key, codeKey, 'r_other', sealed))).toBe('tampered');
		expect(await kindOf(rekey(key, codeKey, DOC, { v: 1 }))).toBe('malformed');
		expect(await kindOf(rekey(key, codeKey, DOC, { ...sealed, v: 2 }))).toBe('unsupported-version');
	});
});
