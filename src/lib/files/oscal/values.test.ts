import { describe, expect, it } from 'vitest';
import { clean, markup, markupLine, plain, storedDateTime, token } from './values';

const NOW = new Date('2027-01-15T10:00:00.000Z');

describe('OSCAL values', () => {
	it('drops the control characters OSCAL forbids and keeps tab, line breaks and the rest', () => {
		expect(clean('a\u0000b\u0008c\u000bd\u001fe\u007ff\u009fg\tz\n\r')).toBe('abcdefg\tz\n\r');
		expect(clean('x\ud800y\udc00z 😀')).toBe('xyz 😀');
	});

	it('makes a plain string one trimmed line, never shorter than what was typed', () => {
		expect(plain('  Acme\n\tInc \u2028 ')).toBe('Acme Inc');
		expect(plain(' \n ')).toBe('');
		expect(plain('x'.repeat(10_000))).toHaveLength(10_000);
	});

	it('escapes Markdown so markup reads as the text typed', () => {
		expect(markup('<b>*hi*</b> `x` ~y~ ^z^ [a](b) {{ insert: param, p }} a|b #1 & \\')).toBe(
			'\\<b\\>\\*hi\\*\\</b\\> \\`x\\` \\~y\\~ \\^z\\^ \\[a\\](b) \\{\\{ insert: param, p \\}\\} a\\|b \\#1 \\& \\\\'
		);
		expect(markup('- a\n  + b\n= c\n12. d\n3) e\nx - y 4. z')).toBe(
			'\\- a\n  \\+ b\n\\= c\n12\\. d\n3\\) e\nx - y 4. z'
		);
		expect(markup('a\r\nb\rc')).toBe('a\nb\nc');
	});

	it('keeps a title on one line and never empty', () => {
		expect(markupLine('Acme\n- Inc', 'x')).toBe('Acme - Inc');
		expect(markupLine(' \u0000 ', 'Unnamed')).toBe('Unnamed');
	});

	it('lower-cases our ids as tokens and refuses what cannot be one', () => {
		expect(token('IAM-01')).toBe('iam-01');
		expect(token('CC6.1')).toBe('cc6.1');
		expect(() => token('1A')).toThrow();
		expect(() => token('a b')).toThrow();
	});

	it('keeps a stored date-time with its timezone and replaces anything else', () => {
		expect(storedDateTime('2026-03-01T08:00:00+02:00', NOW)).toBe('2026-03-01T08:00:00+02:00');
		expect(storedDateTime('2026-03-01T08:00:00', NOW)).toBe(NOW.toISOString());
		expect(storedDateTime('2026-02-31T08:00:00Z', NOW)).toBe(NOW.toISOString());
		expect(storedDateTime(null, NOW)).toBe(NOW.toISOString());
	});
});
