import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntaxErrorOffset } from './json-locate';

function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

describe('syntaxErrorOffset', () => {
	it('finds no error in valid JSON, however formatted', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom(undefined, '\t', '  '), (value, indent) => {
				expect(syntaxErrorOffset(JSON.stringify(value, null, indent))).toBe(-1);
			})
		);
	});

	it('agrees with JSON.parse on arbitrary JSON-like text', () => {
		const token = fc.constantFrom(
			...'{}[],:"\\ 0123456789.-+eEtrufalsn\nxu'.split(''),
			'true',
			'null',
			'"a"',
			'1.5e3'
		);
		fc.assert(
			fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
				const text = tokens.join('');
				expect(syntaxErrorOffset(text) === -1).toBe(parses(text));
			}),
			{ numRuns: 5000 }
		);
	});

	it('points at the first offending character, or the end for cut-off text', () => {
		expect(syntaxErrorOffset('{"a": 1,}')).toBe(8);
		expect(syntaxErrorOffset('{"a": NaN}')).toBe(6);
		expect(syntaxErrorOffset('[1, 2.')).toBe(6);
		expect(syntaxErrorOffset('[01]')).toBe(2);
		expect(syntaxErrorOffset('"tab\there"')).toBe(4);
		expect(syntaxErrorOffset('"\\u12G4"')).toBe(2);
		expect(syntaxErrorOffset('{"a": tru')).toBe(9);
		expect(syntaxErrorOffset('')).toBe(0);
	});
});
