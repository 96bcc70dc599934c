/**
 * Option lists written once: a label map names every value of a union (the compiler checks that
 * none is missing), and the list of values is its keys in the order written.
 */
export function keysOf<K extends string>(labels: Readonly<Record<K, unknown>>): readonly K[] {
	return Object.keys(labels) as K[];
}
