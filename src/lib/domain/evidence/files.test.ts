import { describe, expect, it } from 'vitest';
import {
	checkFile,
	formatBytes,
	MAX_FILE_BYTES,
	MAX_NAME_LENGTH,
	previewKind,
	recogniseType,
	safeFileName,
	sizeOverLimit
} from './files';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ');
const ascii = (s: string) => new TextEncoder().encode(s);

describe('safeFileName', () => {
	it('drops folders, dot-dot and control characters', () => {
		expect(safeFileName('../../etc/passwd')).toBe('passwd');
		expect(safeFileName('C:\\Users\\me\\report.pdf')).toBe('report.pdf');
		expect(safeFileName('evil\u0000name\u202e.png')).toBe('evilname.png');
		expect(safeFileName('..')).toBe('file');
		expect(safeFileName('  .hidden ')).toBe('hidden');
		expect(safeFileName('a<b>c:d|e?.txt')).toBe('a_b_c_d_e_.txt');
		expect(safeFileName('', 'screenshot.png')).toBe('screenshot.png');
	});
	it('shortens a long name and keeps its extension', () => {
		const out = safeFileName(`${'x'.repeat(300)}.pdf`);
		expect([...out].length).toBe(MAX_NAME_LENGTH);
		expect(out.endsWith('….pdf')).toBe(true);
	});
});

describe('recogniseType and previewKind', () => {
	it('knows files by their first bytes', () => {
		expect(recogniseType(PNG)).toBe('image/png');
		expect(recogniseType(PDF)).toBe('application/pdf');
		expect(recogniseType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
		expect(recogniseType(ascii('GIF89a'))).toBe('image/gif');
		expect(recogniseType(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
		expect(recogniseType(ascii('PK\u0003\u0004'))).toBe('application/zip');
		expect(recogniseType(ascii('<?xml version="1.0"?>\n<svg onload="x()">'))).toBe('image/svg+xml');
		expect(recogniseType(ascii('  <!DOCTYPE html><html>'))).toBe('text/html');
		expect(recogniseType(ascii('just some text'))).toBe('');
	});
	it('previews raster images and PDFs only', () => {
		expect(previewKind('image/png')).toBe('image');
		expect(previewKind('application/pdf')).toBe('pdf');
		expect(previewKind('image/svg+xml')).toBe('none');
		expect(previewKind('text/html')).toBe('none');
		expect(previewKind('')).toBe('none');
	});
});

describe('checkFile', () => {
	const base = { name: 'shot.png', size: 100, declaredType: 'image/png', head: PNG };
	it('refuses empty and oversized files with the limit in words', () => {
		expect(checkFile({ ...base, size: 0 })).toMatchObject({ ok: false });
		const big = checkFile({ ...base, size: 2 * 1024 ** 3 });
		expect(big.ok).toBe(false);
		expect(big.message).toContain('2.00 GB');
		expect(big.message).toContain('25.0 MB');
		expect(checkFile({ ...base, size: MAX_FILE_BYTES }).ok).toBe(true);
		expect(checkFile({ ...base, size: MAX_FILE_BYTES + 1 }).ok).toBe(false);
	});
	it('keeps a file whose name lies, inert, and says so', () => {
		const fake = checkFile({ ...base, head: ascii('not an image at all') });
		expect(fake).toMatchObject({ ok: true, type: '' });
		expect(fake.message).toContain('not previewed');
		const svg = checkFile({
			name: 'logo.svg',
			size: 50,
			declaredType: 'image/svg+xml',
			head: ascii('<svg><script>alert(1)</script></svg>')
		});
		expect(svg).toMatchObject({ ok: true, type: 'image/svg+xml' });
		expect(svg.message).toContain('never opened');
		expect(checkFile(base)).toMatchObject({ ok: true, type: 'image/png', message: '' });
	});
	it('stores the safe name', () => {
		expect(checkFile({ ...base, name: '../x/..\\y.png' }).name).toBe('y.png');
	});
});

describe('sizeOverLimit', () => {
	it('never lets a size over the limit read as the limit', () => {
		const MB = 1024 * 1024;
		expect(sizeOverLimit(15 * MB + 1, 15 * MB)).toEqual({
			size: '15,728,641 bytes',
			limit: '15,728,640 bytes (15.0 MB)'
		});
		expect(sizeOverLimit(31.2 * MB, 25 * MB)).toEqual({ size: '31.2 MB', limit: '25.0 MB' });
		expect(sizeOverLimit(25 * MB + 60 * 1024, 25 * MB)).toEqual({
			size: '25.1 MB',
			limit: '25.0 MB'
		});
		expect(sizeOverLimit(25 * MB + 40 * 1024, 25 * MB)).toEqual({
			size: '26,255,360 bytes',
			limit: '26,214,400 bytes (25.0 MB)'
		});
	});

	it('is used for a file one byte over the locker limit', () => {
		const one = checkFile({
			name: 'shot.png',
			size: MAX_FILE_BYTES + 1,
			declaredType: 'image/png',
			head: PNG
		});
		expect(one.message).toBe(
			'“shot.png” is 26,214,401 bytes; the limit is 26,214,400 bytes (25.0 MB) a file. Split it, compress it, or keep a link to it instead.'
		);
	});
});

describe('formatBytes', () => {
	it('uses binary units', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(1023)).toBe('1023 B');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(25 * 1024 * 1024)).toBe('25.0 MB');
		expect(formatBytes(-1)).toBe('—');
	});
});
