/** A stored field's value as a person reads it, for messages about an edit that was held back. */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '(empty)';
	if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(String).join(', ');
	if (typeof value === 'object') return 'a different version of these details';
	return String(value);
}
