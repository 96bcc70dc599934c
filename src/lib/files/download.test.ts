import { describe, expect, it } from 'vitest';
import { fileSlug } from './download';

describe('fileSlug', () => {
	it('keeps letters with accents and replaces everything else with dashes', () => {
		expect(fileSlug('Zoë Łukasiewicz — Café Ünal')).toBe('Zoë-Łukasiewicz-Café-Ünal');
		expect(fileSlug('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
		expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
		expect(fileSlug('***')).toBe('assessment');
	});
});
