import { describe, expect, it } from 'vitest';
import { checkLogo, logoBox, preparedBy, sniffLogo, validatePreparerText } from './preparer';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
const text = (s: string) => new TextEncoder().encode(s);

describe('the preparer on client reports', () => {
	it('knows PNG and JPEG by their first bytes only', () => {
		expect(sniffLogo(PNG)).toBe('PNG');
		expect(sniffLogo(JPEG)).toBe('JPEG');
		expect(sniffLogo(text('GIF89a'))).toBeNull();
		expect(sniffLogo(new Uint8Array())).toBeNull();
	});

	it('refuses an SVG, a file that is not an image and a 20 MB image, saying why', () => {
		const svg = checkLogo(
			{ name: 'logo.png', type: 'image/png', size: 100 },
			text('<svg onload="alert(1)">')
		);
		expect(svg).toEqual({ ok: false, error: expect.stringMatching(/is an SVG drawing/) });
		expect(checkLogo({ name: 'a.svg', type: 'image/svg+xml', size: 10 }, PNG).ok).toBe(false);
		const fake = checkLogo({ name: 'report.png', type: 'image/png', size: 100 }, text('%PDF-1.7'));
		expect(fake).toEqual({ ok: false, error: expect.stringMatching(/is not a PNG or JPEG image/) });
		const big = checkLogo({ name: 'big.jpg', type: 'image/jpeg', size: 20 * 1048576 }, JPEG);
		expect(big).toEqual({
			ok: false,
			error: expect.stringMatching(/is 20\.0 MB; a logo can be up to 1 MB/)
		});
		expect(checkLogo({ name: 'ok.jpg', type: '', size: 5000 }, JPEG)).toEqual({
			ok: true,
			format: 'JPEG'
		});
	});

	it('prints name and firm as given, and refuses text too long for a cover', () => {
		expect(preparedBy({ name: ' Ada ', firm: '<b>Firm</b>', logo: null })).toBe('Ada, <b>Firm</b>');
		expect(preparedBy({ name: '', firm: 'Firm', logo: null })).toBe('Firm');
		expect(validatePreparerText('Firm', 'x'.repeat(201))).toMatch(/201 characters/);
		expect(validatePreparerText('Firm', 'x'.repeat(200))).toBeNull();
	});

	it('fits a logo in its box keeping the aspect ratio', () => {
		expect(logoBox({ width: 400, height: 100 }, 40, 20)).toEqual({ w: 40, h: 10 });
		expect(logoBox({ width: 100, height: 400 }, 40, 20)).toEqual({ w: 5, h: 20 });
		expect(logoBox({ width: 0, height: 0 }, 40, 20)).toEqual({ w: 20, h: 20 });
	});
});
