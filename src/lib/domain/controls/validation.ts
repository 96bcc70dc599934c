/**
 * Checks on what a user types into a control or an evidence item. Nothing here rejects text for
 * its content: HTML or script is stored as typed and always shown as text. Every page that edits a
 * control (the checklist, the interview, the bulk status change) uses these rules, so the same
 * problem gets the same message wherever it is typed.
 */
import type { Control } from '$lib/catalog/types';
import { formatDate, isValidDate } from '../dates';
import { LIMITS } from '../limits';
import type { ControlState, EvidenceItem } from '../types';

export type ControlField =
	| 'ownerName'
	| 'notes'
	| 'dueDate'
	| 'lastPerformed'
	| 'inPlaceSince'
	| 'naRationale'
	/** The dated performances of the control and of its activities, checked together. */
	| 'performances';
export type EvidenceField = 'title' | 'location' | 'collectedAt';
/** The fields checked without dates, so without knowing today or when the assessment began. */
type TextField = 'ownerName' | 'notes' | 'naRationale';
const TEXT_FIELDS = ['ownerName', 'notes', 'naRationale'] as const satisfies readonly TextField[];

/** A change to one control made without the full form: an interview answer or a quick field. */
export type ControlChange = Partial<Pick<ControlState, 'status' | TextField>>;

function tooLong(label: string, value: string, max: number): string | undefined {
	return value.length > max
		? `${label} can be at most ${max.toLocaleString('en')} characters (this has ${value.length.toLocaleString('en')}). Nothing was lost: shorten it to save.`
		: undefined;
}

function textErrors(
	s: Pick<ControlState, TextField | 'status'>
): Partial<Record<TextField, string>> {
	const e: Partial<Record<TextField, string>> = {};
	const owner = tooLong('The owner’s name', s.ownerName, LIMITS.personName);
	if (owner) e.ownerName = owner;
	const notes = tooLong('Notes', s.notes, LIMITS.note);
	if (notes) e.notes = notes;
	if (s.status === 'not_applicable' && !s.naRationale.trim())
		e.naRationale = 'Say why this control does not apply: an auditor will ask.';
	else {
		const r = tooLong('The rationale', s.naRationale, LIMITS.rationale);
		if (r) e.naRationale = r;
	}
	return e;
}

/** What the date checks of a control compare with, each 'YYYY-MM-DD'. */
export interface ControlDates {
	today: string;
	/** The assessment's first day: a due date cannot be earlier. */
	assessmentStart: string;
	/** The company's founding date from scoping, when answered: nothing was in place before it. */
	founded?: string | null;
}

/**
 * Validates the editable fields of a control. Returns a message per invalid field; an empty
 * object means the state can be saved.
 */
export function validateControl(
	s: Pick<ControlState, Exclude<ControlField, 'inPlaceSince' | 'performances'> | 'status'> &
		Partial<Pick<ControlState, 'inPlaceSince' | 'occurrences' | 'activityDates'>>,
	ctx: ControlDates
): Partial<Record<ControlField, string>> {
	const e: Partial<Record<ControlField, string>> = textErrors(s);
	if (s.dueDate !== null) {
		if (!isValidDate(s.dueDate)) e.dueDate = 'Enter a real date between 1900 and 2199.';
		else if (s.dueDate < ctx.assessmentStart)
			e.dueDate = `The due date is before this assessment began (${ctx.assessmentStart}). Choose a later date.`;
	}
	if (s.lastPerformed !== null) {
		if (!isValidDate(s.lastPerformed)) e.lastPerformed = 'Enter a real date between 1900 and 2199.';
		else if (s.lastPerformed > ctx.today)
			e.lastPerformed =
				'The last performance cannot be in the future. Enter the date it actually happened.';
	}
	const since = s.inPlaceSince ?? null;
	if (since !== null) {
		if (!isValidDate(since)) e.inPlaceSince = 'Enter a real date between 1900 and 2199.';
		else if (since > ctx.today)
			e.inPlaceSince =
				'A control cannot have been in place since a future date. Enter the day it started operating.';
		else if (ctx.founded && isValidDate(ctx.founded) && since < ctx.founded)
			e.inPlaceSince = `This is before the company was founded (${formatDate(ctx.founded)}). Enter the day the control started operating.`;
	}
	const dated = [...(s.occurrences ?? []), ...Object.values(s.activityDates ?? {}).flat()];
	const bad = dated.find((d) => !isValidDate(d) || d > ctx.today);
	if (bad !== undefined)
		e.performances = isValidDate(bad)
			? `A performance is dated in the future (${formatDate(bad)}). Remove it and add the date it actually happened.`
			: 'A recorded performance is not a real date. Remove it and add it again.';
	return e;
}

/**
 * Validates a change to a stored control with the same rules and messages as `validateControl`,
 * reporting only the fields the change touches: setting Not applicable touches the rationale
 * too, and a problem already stored in another field never blocks an unrelated answer.
 * An empty object means `{ ...state, ...change }` can be saved.
 */
export function validateControlChange(
	state: Pick<ControlState, TextField | 'status'>,
	change: ControlChange
): Partial<Record<TextField, string>> {
	const all = textErrors({ ...state, ...change });
	const e: Partial<Record<TextField, string>> = {};
	for (const field of TEXT_FIELDS) {
		const touched =
			change[field] !== undefined ||
			(field === 'naRationale' && change.status === 'not_applicable');
		const message = all[field];
		if (touched && message) e[field] = message;
	}
	return e;
}

/**
 * The Not applicable rationale to offer when a control is set to Not applicable: the one already
 * recorded, else the catalog's template (controls that scoping can leave out carry one), else
 * nothing, which the user must then fill in.
 */
export function defaultNaRationale(
	state: Pick<ControlState, 'naRationale'> | undefined,
	control: Pick<Control, 'naRationale'> | undefined
): string {
	const recorded = state?.naRationale ?? '';
	return recorded.trim() ? recorded : (control?.naRationale ?? '');
}

export function validateEvidence(
	item: Pick<EvidenceItem, EvidenceField>,
	ctx: { today: string; inPlaceSince?: string | null }
): Partial<Record<EvidenceField, string>> {
	const e: Partial<Record<EvidenceField, string>> = {};
	if (!item.title.trim()) e.title = 'Give the evidence a title, for example “SSO settings export”.';
	else {
		const t = tooLong('The title', item.title, LIMITS.title);
		if (t) e.title = t;
	}
	const l = tooLong('Where it lives', item.location, LIMITS.location);
	if (l) e.location = l;
	if (item.collectedAt !== null) {
		if (!isValidDate(item.collectedAt)) e.collectedAt = 'Enter a real date between 1900 and 2199.';
		else if (item.collectedAt > ctx.today)
			e.collectedAt = 'The collection date cannot be in the future.';
		else if (ctx.inPlaceSince && item.collectedAt < ctx.inPlaceSince)
			e.collectedAt = `This is dated before the control was in place (since ${formatDate(ctx.inPlaceSince)}). Check the date, or correct the control's "in place since".`;
	}
	return e;
}

/**
 * A link the app may make clickable: only http(s) and mailto. Anything else (javascript:, data:,
 * file paths, shared-drive names) is shown as plain text.
 */
export function safeHref(location: string): string | null {
	const text = location.trim();
	if (!/^(https?:\/\/|mailto:)/i.test(text)) return null;
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
			? url.href
			: null;
	} catch {
		return null;
	}
}
