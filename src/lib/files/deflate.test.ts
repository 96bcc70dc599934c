import { afterEach, describe, expect, it } from 'vitest';
import { deflateRaw, inflateRaw, InflateError, useNativeDeflate } from './deflate';

const text = new TextEncoder().encode('Zoë Müller, Café Ünal — '.repeat(20_000));

afterEach(() => useNativeDeflate(undefined));

async function run(nativeDeflate: boolean, nativeInflate: boolean, bytes = text) {
	useNativeDeflate(nativeDeflate);
	const packed = await deflateRaw(bytes);
	useNativeDeflate(nativeInflate);
	return { packed, back: await inflateRaw(packed, bytes.length) };
}

describe('raw DEFLATE with and without the browser streams', () => {
	it('each side reads what the other wrote, byte for byte', async () => {
		for (const [a, b] of [
			[true, false],
			[false, true],
			[false, false]
		] as const) {
			const { packed, back } = await run(a, b);
			expect(packed.length).toBeLessThan(text.length / 10);
			expect(Buffer.from(back).equals(Buffer.from(text))).toBe(true);
		}
		const empty = await run(false, false, new Uint8Array(0));
		expect(empty.back.length).toBe(0);
	});

	it('the fallback stops past the limit and refuses damaged data, as the native one does', async () => {
		for (const native of [true, false]) {
			useNativeDeflate(true);
			const packed = await deflateRaw(text);
			useNativeDeflate(native);
			await expect(inflateRaw(packed, text.length - 1)).rejects.toEqual(
				new InflateError('too-large')
			);
			const damaged = packed.slice(0, packed.length / 2);
			damaged[3] = 0xff;
			await expect(inflateRaw(damaged, text.length)).rejects.toBeInstanceOf(InflateError);
		}
	});
});
