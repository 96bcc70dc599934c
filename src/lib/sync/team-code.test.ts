import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EnvelopeError } from './errors';
import { decodeTeamCode, encodeTeamCode, TEAM_CODE_SYMBOLS } from './team-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
const CODE = encodeTeamCode(KEY);

function refusal(code: string): EnvelopeError {
	try {
		decodeTeamCode(code);
	} catch (e) {
		if (e instanceof EnvelopeError) return e;
		throw e;
	}
	throw new Error(`accepted ${code}`);
}

describe('team codes', () => {
	it('are 14 groups of 4 Crockford base32 symbols', () => {
		expect(CODE).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
		expect(CODE.replace(/-/g, '')).toHaveLength(TEAM_CODE_SYMBOLS);
	});

	it('read back to the same bytes, for any key', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => {
				expect(decodeTeamCode(encodeTeamCode(key))).toEqual(new Uint8Array(key));
			})
		);
	});

	it('ignore case, spaces and hyphens, and read I, L and O as 1, 1 and 0', () => {
		const typed = CODE.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
		expect(decodeTeamCode(`  ${typed} `)).toEqual(KEY);
		expect(decodeTeamCode(CODE.replace(/-/g, ''))).toEqual(KEY);
	});

	it('refuse every one-symbol typo, anywhere in the code', () => {
		const symbols = CODE.replace(/-/g, '');
		let tried = 0;
		for (let i = 0; i < symbols.length; i++) {
			for (const other of ALPHABET) {
				if (other === symbols[i]) continue;
				const typo = symbols.slice(0, i) + other + symbols.slice(i + 1);
				expect(refusal(typo).message).toMatch(/typo|not a team code made by this app/);
				tried++;
			}
		}
		expect(tried).toBe(TEAM_CODE_SYMBOLS * 31);
	});

	it('refuse every swap of two different neighbouring key symbols', () => {
		const symbols = CODE.replace(/-/g, '');
		for (let i = 0; i + 1 < 52; i++) {
			if (symbols[i] === symbols[i + 1]) continue;
			const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
			expect(() => decodeTeamCode(swapped)).toThrow(EnvelopeError);
		}
	});

	it('say what is wrong with a code of the wrong length or alphabet', () => {
		expect(refusal('').message).toBe('Enter the team code.');
		expect(refusal(CODE.slice(0, -1)).message).toMatch(/has 56 letters and digits .* has 55\./);
		expect(refusal(`${CODE}-A`).message).toMatch(/this one has 57\./);
		expect(refusal(CODE.replace(/^./, 'U')).message).toMatch(/"U" is not one of them/);
		expect(refusal(CODE.replace(/^./, '*')).kind).toBe('malformed');
	});

	it('refuse a code with a matching check group but stray padding bits', () => {
		// Symbol 52 carries one key bit and four zero bits; a crafted code sets one of those bits
		// and fixes up the check group, which the check alone would accept.
		const symbols = CODE.replace(/-/g, '').slice(0, 52).split('');
		const last = ALPHABET.indexOf(symbols[51] ?? '');
		symbols[51] = ALPHABET[last ^ 1] ?? '';
		let value = 0;
		for (const s of symbols) value = (value * 32 + ALPHABET.indexOf(s)) % 1_048_573;
		const check = [15, 10, 5, 0].map((shift) => ALPHABET[(value >> shift) & 31]).join('');
		expect(refusal(symbols.join('') + check).message).toBe(
			'This is not a team code made by this app.'
		);
	});

	it('encode only 32-byte keys', () => {
		expect(() => encodeTeamCode(new Uint8Array(16))).toThrow(RangeError);
	});
});
