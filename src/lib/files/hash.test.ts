import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash';

// Known answers from FIPS 180-2 (the empty string and "abc").
describe('sha256Hex', () => {
	it('matches the published test vectors', async () => {
		expect(await sha256Hex(new Uint8Array())).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
	it('hashes a Blob like its bytes', async () => {
		const bytes = new TextEncoder().encode('abc');
		expect(await sha256Hex(new Blob([bytes]))).toBe(await sha256Hex(bytes.buffer));
	});
});
