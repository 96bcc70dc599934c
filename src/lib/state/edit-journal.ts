/**
 * The edit journal: edits still unwritten when the page is hidden or unloads, kept in
 * localStorage (written synchronously, so it survives a reload or a closing tab where an
 * IndexedDB transaction that must first read its row does not). The next start applies each
 * entry as a field patch (state/replay-edits), which is harmless when the write landed anyway.
 * Kept apart from AutosaveDraft so the root layout can check it without loading the draft class.
 */
import type { AnyPatch, EditTarget } from '$lib/db/repositories/edits';

const KEY = 'soc2-readiness:unsaved-edits';

export interface JournalEntry {
	target: EditTarget;
	patch: AnyPatch;
	/** When the page was left with it (ISO time). */
	at: string;
}

function read(): Record<string, JournalEntry> {
	try {
		const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		return typeof parsed === 'object' && parsed !== null
			? (parsed as Record<string, JournalEntry>)
			: {};
	} catch {
		return {};
	}
}

function store(entries: Record<string, JournalEntry>): void {
	try {
		if (Object.keys(entries).length === 0) localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, JSON.stringify(entries));
	} catch {
		// Storage refused (private mode, full): the IndexedDB write started alongside still runs.
	}
}

/** Keeps a form's unwritten patch under its id (replacing what that form kept before). */
export function keepEdits(id: string, target: EditTarget, patch: AnyPatch): void {
	if (typeof localStorage === 'undefined') return;
	store({ ...read(), [id]: { target, patch, at: new Date().toISOString() } });
}

/** Forgets a form's kept patch (its write committed). */
export function dropEdits(id: string): void {
	if (typeof localStorage === 'undefined') return;
	const entries = read();
	if (!(id in entries)) return;
	delete entries[id];
	store(entries);
}

/** The kept patches, by form id. */
export function journalEntries(): Record<string, JournalEntry> {
	return read();
}

export function hasJournal(): boolean {
	return Object.keys(read()).length > 0;
}
