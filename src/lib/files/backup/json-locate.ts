/**
 * Finds where JSON text stops being valid, for error messages that name a line and column.
 * Browsers word (and place) JSON.parse errors differently, and some give no position at all,
 * so this small validator is the one source of positions. Run only after JSON.parse failed;
 * nesting is already limited by checkDepth, so recursion is bounded.
 */

class Stop {
	constructor(readonly at: number) {}
}

const HEX_RE = /^[0-9a-fA-F]{4}$/;

/** Offset of the first character that makes `text` invalid JSON, or -1 when it is valid. */
export function syntaxErrorOffset(text: string): number {
	let i = 0;
	const n = text.length;
	const fail = (): never => {
		throw new Stop(i);
	};
	const space = () => {
		while (i < n && ' \t\n\r'.includes(text.charAt(i))) i++;
	};
	const expect = (ch: string) => (text.charAt(i) === ch ? i++ : fail());
	const word = (w: string) => {
		for (const ch of w) expect(ch);
	};
	const string = () => {
		expect('"');
		for (;;) {
			if (i >= n) fail();
			const c = text.charCodeAt(i);
			if (c === 34) return void i++;
			if (c < 0x20) fail();
			if (c !== 92) {
				i++;
				continue;
			}
			i++;
			const esc = text.charAt(i);
			if ('"\\/bfnrt'.includes(esc) && esc !== '') i++;
			else if (esc === 'u' && HEX_RE.test(text.slice(i + 1, i + 5))) i += 5;
			else fail();
		}
	};
	const digits = () => {
		const start = i;
		while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
		if (i === start) fail();
	};
	const number = () => {
		if (text.charAt(i) === '-') i++;
		if (text.charAt(i) === '0') i++;
		else digits();
		if (text.charAt(i) === '.') {
			i++;
			digits();
		}
		if (text.charAt(i) === 'e' || text.charAt(i) === 'E') {
			i++;
			if (text.charAt(i) === '+' || text.charAt(i) === '-') i++;
			digits();
		}
	};
	const list = (close: string, item: () => void) => {
		i++;
		space();
		if (text.charAt(i) === close) return void i++;
		for (;;) {
			space();
			item();
			space();
			if (text.charAt(i) === ',') i++;
			else return void expect(close);
		}
	};
	const value = (): void => {
		space();
		const c = text.charAt(i);
		if (c === '{')
			list('}', () => {
				string();
				space();
				expect(':');
				value();
			});
		else if (c === '[') list(']', value);
		else if (c === '"') string();
		else if (c === 't') word('true');
		else if (c === 'f') word('false');
		else if (c === 'n') word('null');
		else if (c === '-' || (c >= '0' && c <= '9')) number();
		else fail();
	};
	try {
		value();
		space();
		if (i < n) fail();
		return -1;
	} catch (e) {
		if (e instanceof Stop) return e.at;
		throw e;
	}
}
