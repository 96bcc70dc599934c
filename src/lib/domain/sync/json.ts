/** JSON-value comparison for replicated records: key order and `undefined` members do not count. */

/** The value as JSON text with object keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value === null || typeof value !== 'object') return value;
	const sorted: Record<string, unknown> = {};
	for (const key of Object.keys(value).sort()) {
		const member: unknown = Reflect.get(value, key);
		if (member !== undefined) sorted[key] = sortKeys(member);
	}
	return sorted;
}

/** Deep equality by JSON value (an absent field and `undefined` are equal). */
export function jsonEqual(a: unknown, b: unknown): boolean {
	return a === b || canonicalJson(a) === canonicalJson(b);
}

/** Plain string order (not locale order), so every device sorts the same way. */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
