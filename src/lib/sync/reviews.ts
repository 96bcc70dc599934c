/**
 * The Needs review list: every same-field conflict (and edit against delete) the merge left for a
 * person, with both values, who wrote each and when, named so a user recognises the record.
 */
import { OWNED_TABLES, ASSESSMENTS_TABLE } from '$lib/domain/assessments/aggregate';
import type { FieldConflict, SyncPayload } from '$lib/domain/sync/payload';

export interface ReviewSide {
	value: unknown;
	at: string;
	/** The device that wrote it. */
	by: string;
}

export interface ReviewItem {
	docId: string;
	table: string;
	key: string;
	field: string;
	kind: 'edit' | 'delete';
	/** What the record holds meanwhile. */
	mine: ReviewSide;
	/** The other value (for a delete: the deletion). */
	theirs: ReviewSide;
	/** 'Control IAM-01', 'Vendor 1f3a…' */
	label: string;
}

const NOUN = new Map<string, string>([
	[ASSESSMENTS_TABLE, 'Assessment'],
	...OWNED_TABLES.map(
		(t) => [t.table, t.noun.charAt(0).toUpperCase() + t.noun.slice(1)] as [string, string]
	)
]);

function nameOf(p: SyncPayload): string {
	const r = p.record ?? {};
	const title = ['title', 'name', 'companyName']
		.map((f) => r[f])
		.find((v) => typeof v === 'string');
	return `${NOUN.get(p.table) ?? p.table} ${typeof title === 'string' && title.trim() ? title : p.key}`;
}

function itemOf(docId: string, p: SyncPayload, c: FieldConflict): ReviewItem {
	if (c.kind === 'delete')
		return {
			docId,
			table: p.table,
			key: p.key,
			field: c.field,
			kind: 'delete',
			mine: { value: p.record, at: p.clocks.updatedAt?.at ?? '', by: p.clocks.updatedAt?.by ?? '' },
			theirs: { value: null, at: c.deleted.at, by: c.deleted.by },
			label: nameOf(p)
		};
	return {
		docId,
		table: p.table,
		key: p.key,
		field: c.field,
		kind: 'edit',
		mine: { value: c.mine.value, at: c.mine.at, by: c.mine.by },
		theirs: { value: c.theirs.value, at: c.theirs.at, by: c.theirs.by },
		label: nameOf(p)
	};
}

const FIELD_LABEL: Readonly<Record<string, string>> = {
	ownerName: 'Owner',
	ownerDepartment: 'Department',
	notes: 'Notes',
	status: 'Status',
	dueDate: 'Due date',
	lastPerformed: 'Last performed',
	naRationale: 'Why it does not apply',
	companyName: 'Company name',
	title: 'Title',
	name: 'Name'
};

/** A field's name as a person reads it: 'ownerName' -> 'Owner', 'lastReviewedAt' -> 'Last reviewed at'. */
export function fieldLabel(field: string): string {
	const known = FIELD_LABEL[field];
	if (known) return known;
	const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Review items of the given documents, oldest conflict first. */
export function reviewItems(docs: ReadonlyMap<string, SyncPayload>): ReviewItem[] {
	const out: ReviewItem[] = [];
	for (const [docId, p] of docs) for (const c of p.review) out.push(itemOf(docId, p, c));
	return out.sort((a, b) => (a.theirs.at < b.theirs.at ? -1 : a.theirs.at > b.theirs.at ? 1 : 0));
}

/** A value as the review shows it: text as text, anything else as compact JSON. */
export function shownValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '(empty)';
	if (typeof value === 'string') return value;
	return JSON.stringify(value);
}
