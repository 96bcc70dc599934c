import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REVOKE_AFTER_MS, downloadBlob, downloadText, fileSlug } from './download';

describe('fileSlug', () => {
	it('keeps letters with accents and replaces everything else with dashes', () => {
		expect(fileSlug('Zoë Łukasiewicz — Café Ünal')).toBe('Zoë-Łukasiewicz-Café-Ünal');
		expect(fileSlug('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
		expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
		expect(fileSlug('***')).toBe('assessment');
	});
});

/** A stand-in for the page: records the link each download makes and what happened to it. */
function fakePage() {
	const events: string[] = [];
	const link = {
		href: '',
		download: '',
		rel: '',
		click: () => events.push(`click ${link.download}`),
		remove: () => events.push('remove')
	};
	vi.stubGlobal('document', {
		createElement: (tag: string) => (tag === 'a' ? link : null),
		body: { append: (el: unknown) => events.push(el === link ? 'append' : 'append other') }
	});
	return { link, events };
}

describe('downloadBlob', () => {
	let blobs: Blob[];
	let revoked: string[];

	beforeEach(() => {
		vi.useFakeTimers();
		blobs = [];
		revoked = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
			blobs.push(b as Blob);
			return `blob:test/${blobs.length}`;
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u) => void revoked.push(u));
	});

	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
		vi.unstubAllGlobals();
	});

	it('clicks a temporary link to the blob under the given name, then removes it', () => {
		const { link, events } = fakePage();
		const blob = new Blob(['%PDF-1.3'], { type: 'application/pdf' });
		downloadBlob(blob, 'acme-report.pdf');
		expect(blobs).toEqual([blob]);
		expect(link).toMatchObject({
			href: 'blob:test/1',
			download: 'acme-report.pdf',
			rel: 'noopener'
		});
		expect(events).toEqual(['append', 'click acme-report.pdf', 'remove']);
	});

	it('frees the object URL only after the browser has had time to read it', () => {
		fakePage();
		downloadBlob(new Blob(['x']), 'x.txt');
		vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
		expect(revoked).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(revoked).toEqual(['blob:test/1']);
	});

	it('saves text as UTF-8 of the given type, a byte-order mark included', async () => {
		const { link } = fakePage();
		downloadText('\uFEFFname\r\nZoë\r\n', 'vendors.csv', 'text/csv;charset=utf-8');
		expect(link.download).toBe('vendors.csv');
		expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
		const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toBe('name\r\nZoë\r\n');
	});
});
