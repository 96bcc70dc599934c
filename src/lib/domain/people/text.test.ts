import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '$lib/files/csv';
import { isEmail, looksLikeFormula, normaliseEmail, normaliseName, unneutralise } from './text';

describe('looksLikeFormula', () => {
	it.each(['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx'])('flags %j', (cell) => {
		expect(looksLikeFormula(cell)).toBe(true);
	});

	it.each(['Ada', ' =x', "'=x", '', 'a=b', '<b>x</b>'])('leaves %j alone', (cell) => {
		expect(looksLikeFormula(cell)).toBe(false);
	});

	it('agrees with the CSV export on which cells it neutralises', () => {
		for (const cell of ['=a', '+a', '-a', '@a', '\ta', '\ra', 'a', ' =a', '#a', '%a']) {
			const neutralised = neutraliseCell(cell) !== cell;
			expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(neutralised);
		}
	});
});

describe('unneutralise', () => {
	it('drops the apostrophe the export adds, and only that one', () => {
		expect(unneutralise("'=HYPERLINK()")).toBe('=HYPERLINK()');
		expect(unneutralise("'Brien")).toBe("'Brien");
		expect(unneutralise("O'Brien")).toBe("O'Brien");
	});
});

describe('normalising', () => {
	it('compares names by case, spacing and Unicode form but keeps accents', () => {
		expect(normaliseName('  Ada   LOVELACE ')).toBe('ada lovelace');
		expect(normaliseName('Ｊｏ')).toBe('jo');
		expect(normaliseName('Rene\u0301')).toBe('rené');
		expect(normaliseName('René')).not.toBe(normaliseName('Rene'));
	});

	it('compares emails case-insensitively', () => {
		expect(normaliseEmail(' Ada@Example.COM ')).toBe('ada@example.com');
	});

	it('accepts ordinary work addresses and refuses what is not one', () => {
		expect(isEmail('ada.lovelace+hr@example.co.uk')).toBe(true);
		expect(isEmail('ada@example')).toBe(false);
		expect(isEmail('ada example.com')).toBe(false);
		expect(isEmail('a@b@example.com')).toBe(false);
		expect(isEmail('<script>@x.com')).toBe(false);
	});
});
