/**
 * Names of snapshots and templates: required, short, and unique among their siblings, so a list
 * of them never shows two entries the user cannot tell apart.
 */
import { cleanText } from './assessments/assessment';

/** Longest snapshot or template name, in characters (after whitespace is tidied). */
export const RECORD_NAME_MAX = 120;

export type RecordKind = 'snapshot' | 'template';

export type NameCheck =
	| { ok: true; name: string }
	/** `suggestion` is a free, valid name the UI can offer instead (for a duplicate), else null. */
	| { ok: false; error: string; suggestion: string | null };

/** Names compare without regard to case or spacing: "Q1 baseline" and "q1  Baseline" clash. */
function nameKey(name: string): string {
	return cleanText(name).toLowerCase();
}

/**
 * The first free name of the form "Name (2)", "Name (3)", … among `existing`, trimmed so it stays
 * within the length limit.
 */
export function suffixedName(name: string, existing: readonly string[]): string {
	// Only short counters are ours to replace: "Release (2024)" keeps its year.
	const base = cleanText(name).replace(/ \(\d{1,3}\)$/, '');
	const taken = new Set(existing.map(nameKey));
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const candidate = `${base.slice(0, RECORD_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
		if (!taken.has(nameKey(candidate))) return candidate;
	}
}

/**
 * Checks a snapshot or template name. A name already used (ignoring case and spacing) is refused
 * with a message naming a suffixed alternative, which is also returned as `suggestion`, so the
 * user decides rather than getting a silently renamed copy.
 */
export function validateRecordName(
	kind: RecordKind,
	name: string,
	existing: readonly string[]
): NameCheck {
	const clean = cleanText(name);
	if (clean.length === 0)
		return { ok: false, error: `Enter a name for the ${kind}.`, suggestion: null };
	if (clean.length > RECORD_NAME_MAX)
		return {
			ok: false,
			error: `Keep the ${kind} name to ${RECORD_NAME_MAX} characters (this one has ${clean.length}).`,
			suggestion: null
		};
	const key = nameKey(clean);
	if (existing.some((e) => nameKey(e) === key)) {
		const suggestion = suffixedName(clean, existing);
		return {
			ok: false,
			error: `A ${kind} called "${clean}" already exists. Choose another name, such as "${suggestion}".`,
			suggestion
		};
	}
	return { ok: true, name: clean };
}
