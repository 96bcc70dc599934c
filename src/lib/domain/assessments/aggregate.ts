/**
 * The assessment aggregate: an assessment's row, its activity row and the tables whose rows it
 * owns, declared once. Deleting, duplicating, backing up, importing, snapshots, templates, the
 * open assessment's store and the report all read this list, so a new owned table is one entry
 * here (plus its row type, a schema version and a backup validator, which the compiler asks for).
 * See CONTRIBUTING.md. Pure: ids and the clock are passed in.
 */
import type {
	Assessment,
	AssessmentActivity,
	AssessmentContent,
	AssessmentData,
	AssessmentRecord,
	FrozenAssessment,
	Snapshot
} from '../types';

/** The row type of each owned table, by its field name in bundles and in `AssessmentData`. */
export interface OwnedRows {
	answers: AssessmentContent['answers'][number];
	controls: AssessmentContent['controls'][number];
	evidence: AssessmentContent['evidence'][number];
	tasks: AssessmentContent['tasks'][number];
	policies: AssessmentContent['policies'][number];
	vendors: AssessmentContent['vendors'][number];
	risks: AssessmentContent['risks'][number];
	riskReviews: AssessmentContent['riskReviews'][number];
	description: AssessmentContent['description'][number];
	policyTexts: AssessmentContent['policyTexts'][number];
	people: AssessmentContent['people'][number];
	personChecks: AssessmentContent['personChecks'][number];
	accessReviews: AssessmentContent['accessReviews'][number];
	peopleSamples: AssessmentContent['peopleSamples'][number];
	snapshots: Snapshot;
}

export type OwnedField = keyof OwnedRows;

export interface OwnedTable<F extends OwnedField = OwnedField> {
	field: F;
	/** The IndexedDB table (indexed by `assessmentId`). */
	table: string;
	/** What identifies a row within its assessment: bundles sort by it, messages name it. */
	key: keyof OwnedRows[F] & string;
	/** The row has an id of its own (a copy gets a fresh one); otherwise it is keyed by `key`. */
	ownIds: boolean;
	/** The row in words, for messages ("the task id … is also used by …"). */
	noun: string;
	/**
	 * Part of the assessment's content: scored, frozen by a snapshot, copied by Duplicate and read
	 * by the report. Snapshots are history about the content, not content.
	 */
	content: boolean;
}

export const ASSESSMENTS_TABLE = 'assessments';
/** One `AssessmentActivity` row per assessment, keyed by `assessmentId`. */
export const ACTIVITY_TABLE = 'activity';

export const OWNED_TABLES = [
	{
		field: 'answers',
		table: 'scopingAnswers',
		key: 'questionId',
		ownIds: false,
		noun: 'answer',
		content: true
	},
	{
		field: 'controls',
		table: 'controlStates',
		key: 'controlId',
		ownIds: false,
		noun: 'control',
		content: true
	},
	{
		field: 'evidence',
		table: 'evidence',
		key: 'id',
		ownIds: true,
		noun: 'evidence',
		content: true
	},
	{ field: 'tasks', table: 'tasks', key: 'id', ownIds: true, noun: 'task', content: true },
	{
		field: 'policies',
		table: 'policyStates',
		key: 'policyId',
		ownIds: false,
		noun: 'policy',
		content: true
	},
	{ field: 'vendors', table: 'vendors', key: 'id', ownIds: true, noun: 'vendor', content: true },
	{ field: 'risks', table: 'risks', key: 'id', ownIds: true, noun: 'risk', content: true },
	{
		field: 'riskReviews',
		table: 'riskReviews',
		key: 'id',
		ownIds: true,
		noun: 'risk review',
		content: true
	},
	{
		field: 'description',
		table: 'descriptionSections',
		key: 'sectionId',
		ownIds: false,
		noun: 'description section',
		content: true
	},
	{
		field: 'policyTexts',
		table: 'policyTexts',
		key: 'id',
		ownIds: true,
		noun: 'policy text',
		content: true
	},
	{ field: 'people', table: 'people', key: 'id', ownIds: true, noun: 'person', content: true },
	{
		field: 'personChecks',
		table: 'personChecks',
		key: 'id',
		ownIds: true,
		noun: 'person check',
		content: true
	},
	{
		field: 'accessReviews',
		table: 'accessReviews',
		key: 'id',
		ownIds: true,
		noun: 'access review',
		content: true
	},
	{
		field: 'peopleSamples',
		table: 'peopleSamples',
		key: 'id',
		ownIds: true,
		noun: 'people sample',
		content: true
	},
	{
		field: 'snapshots',
		table: 'snapshots',
		key: 'id',
		ownIds: true,
		noun: 'snapshot',
		content: false
	}
] as const satisfies readonly { [F in OwnedField]: OwnedTable<F> }[OwnedField][];

type Declared = (typeof OWNED_TABLES)[number];
export type ContentField = Extract<Declared, { content: true }>['field'];
export type OwnedTableName = Declared['table'];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails the type check when the declaration and the row types name different fields. */
export type DeclarationIsComplete = [
	Assert<Same<ContentField, keyof AssessmentContent>>,
	Assert<Same<Declared['field'], OwnedField>>
];

export const CONTENT_TABLES = OWNED_TABLES.filter(
	(t): t is Extract<Declared, { content: true }> => t.content
);
export const CONTENT_FIELDS: readonly ContentField[] = CONTENT_TABLES.map((t) => t.field);

/**
 * The evidence locker: file records and their bytes. Owned by the assessment (a purge removes
 * them, every aggregate transaction spans them) but not part of the JSON content: blobs do not
 * belong in a JSON bundle, a snapshot or a score. Backups carry them in their own container
 * format; Duplicate and templates leave them out.
 */
export const FILE_TABLES = ['evidenceFiles', 'fileBlobs'] as const;

/** Every table holding rows of one assessment besides its own row: what a purge removes. */
export const ASSESSMENT_OWNED_TABLE_NAMES: readonly string[] = [
	ACTIVITY_TABLE,
	...OWNED_TABLES.map((t) => t.table),
	...FILE_TABLES
];

/** How many rows of each owned table one assessment has, by field (previews and messages). */
export type RowCounts = Record<OwnedField, number>;

/** Row counts of whatever owned fields `data` holds (a missing field counts 0). */
export function countRows(data: Partial<Record<OwnedField, readonly unknown[]>>): RowCounts {
	const out: Partial<RowCounts> = {};
	for (const t of OWNED_TABLES) out[t.field] = data[t.field]?.length ?? 0;
	return out as RowCounts;
}

/** An assessment with everything stored for it: what a backup or a duplicate reads. */
export interface AssessmentAggregate extends AssessmentData {
	activity: AssessmentActivity;
	snapshots: Snapshot[];
}

/** The activity row of an assessment nobody has edited since it was made. */
export function newActivity(assessmentId: string, editedAt: string): AssessmentActivity {
	return { assessmentId, editedAt, summary: null, progress: {}, updatedAt: editedAt };
}

/** An assessment row and its activity as the one record backups and snapshots hold. */
export function toRecord(assessment: Assessment, activity: AssessmentActivity): AssessmentRecord {
	const editedAt =
		activity.editedAt > assessment.updatedAt ? activity.editedAt : assessment.updatedAt;
	return {
		...assessment,
		updatedAt: editedAt,
		summary: activity.summary,
		progress: activity.progress
	};
}

/** The one-record form split back into the row and its activity (the inverse of `toRecord`). */
export function fromRecord(record: AssessmentRecord): {
	assessment: Assessment;
	activity: AssessmentActivity;
} {
	const { summary, progress, ...assessment } = record;
	return {
		assessment,
		activity: {
			assessmentId: record.id,
			editedAt: record.updatedAt,
			summary,
			progress,
			updatedAt: record.updatedAt
		}
	};
}

type ContentTable = (typeof CONTENT_TABLES)[number];
export type AnyContentRow = OwnedRows[ContentField];

/**
 * The content built table by table: `rows` gives each content table's rows. The one place that
 * turns the declaration back into a typed `AssessmentContent`.
 */
export function buildContent(
	rows: (table: ContentTable) => readonly AnyContentRow[]
): AssessmentContent {
	const out: Partial<Record<ContentField, readonly AnyContentRow[]>> = {};
	for (const t of CONTENT_TABLES) out[t.field] = rows(t);
	// Each field holds the rows of its own table: `rows` is called with that table.
	return out as unknown as AssessmentContent;
}

/** The content fields of an aggregate (or any object holding them), with nothing else. */
export function contentOf(data: AssessmentContent): AssessmentContent {
	return buildContent((t) => data[t.field]);
}

/** Freezes an assessment's content with its row and activity, as a snapshot stores it. */
export function freeze(data: AssessmentData & { activity: AssessmentActivity }): FrozenAssessment {
	return structuredClone({
		assessment: toRecord(data.assessment, data.activity),
		...contentOf(data)
	});
}
