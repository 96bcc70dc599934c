/**
 * Owns the one Dexie connection: opening it, classifying failures into messages a user can act
 * on, and closing cleanly when another tab upgrades the schema.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
	Assessment,
	AssessmentActivity,
	ControlState,
	DescriptionSection,
	EvidenceFile,
	EvidenceItem,
	FileBlob,
	MetaRow,
	PolicyState,
	PolicyText,
	RemediationTask,
	Risk,
	RiskReview,
	ScopingAnswer,
	Snapshot,
	Template,
	Vendor,
	PersonRecord,
	PersonCheckRecord,
	AccessReviewRecord,
	PeopleSampleRecord
} from '$lib/domain/types';
import { DB_NAME } from './first-screen';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './schema';

export { DB_NAME };

export class AppDb extends Dexie {
	assessments!: EntityTable<Assessment, 'id'>;
	activity!: EntityTable<AssessmentActivity, 'assessmentId'>;
	scopingAnswers!: Dexie.Table<ScopingAnswer, [string, string]>;
	controlStates!: Dexie.Table<ControlState, [string, string]>;
	evidence!: EntityTable<EvidenceItem, 'id'>;
	evidenceFiles!: EntityTable<EvidenceFile, 'id'>;
	fileBlobs!: EntityTable<FileBlob, 'id'>;
	tasks!: EntityTable<RemediationTask, 'id'>;
	policyStates!: Dexie.Table<PolicyState, [string, string]>;
	vendors!: EntityTable<Vendor, 'id'>;
	risks!: EntityTable<Risk, 'id'>;
	riskReviews!: EntityTable<RiskReview, 'id'>;
	descriptionSections!: Dexie.Table<DescriptionSection, [string, string]>;
	policyTexts!: EntityTable<PolicyText, 'id'>;
	people!: EntityTable<PersonRecord, 'id'>;
	personChecks!: EntityTable<PersonCheckRecord, 'id'>;
	accessReviews!: EntityTable<AccessReviewRecord, 'id'>;
	peopleSamples!: EntityTable<PeopleSampleRecord, 'id'>;
	snapshots!: EntityTable<Snapshot, 'id'>;
	templates!: EntityTable<Template, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		// No optimistic updates of live queries: with them, a write re-ran every affected query from
		// Dexie's cache while its own transaction was still open, so a control's change re-scored the
		// whole assessment before it could commit (and before "Saved"). Forms show their edit
		// themselves (AutosaveDraft), so live queries need only answer after the commit.
		super(name, { cache: 'disabled', ...options });
		declareSchema(this);
	}
}

export type DbProblemKind =
	'unavailable' | 'blocked' | 'quota' | 'newer' | 'upgraded' | 'closed' | 'unknown';

export class DbProblem extends Error {
	constructor(
		readonly kind: DbProblemKind,
		message: string,
		readonly cause?: unknown
	) {
		super(message);
	}
}

/** Turns an IndexedDB / Dexie failure into a problem a user can understand. */
export function classifyError(error: unknown): DbProblem {
	if (error instanceof DbProblem) return error;
	const name = error instanceof Error ? error.name : '';
	const inner =
		error && typeof error === 'object' && 'inner' in error && error.inner instanceof Error
			? error.inner.name
			: '';
	const text = `${name} ${inner} ${error instanceof Error ? error.message : String(error)}`;
	if (/QuotaExceeded/i.test(text))
		return new DbProblem('quota', 'Your browser has run out of storage space for this app.', error);
	if (/VersionError/.test(text))
		return new DbProblem(
			'newer',
			'This browser holds data from a newer version of the app than the one loaded.',
			error
		);
	if (/DatabaseClosed/.test(text))
		return new DbProblem(
			'closed',
			'The browser closed the connection to the local database.',
			error
		);
	if (/MissingAPI|InvalidState|SecurityError|UnknownError|OpenFailed/.test(text))
		return new DbProblem(
			'unavailable',
			'This browser is not letting the app use its local database (IndexedDB).',
			error
		);
	return new DbProblem('unknown', error instanceof Error ? error.message : String(error), error);
}

type Listener = (kind: 'upgraded' | 'blocked' | 'closed') => void;
const listeners = new Set<Listener>();

/** Subscribe to connection events (another tab upgraded, an upgrade is blocked, closed). */
export function onConnectionEvent(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

let instance: AppDb | null = null;
let pendingWrites = new Set<Promise<unknown>>();

/** Writes register here so a version change waits for them before closing the connection. */
export function trackPending<T>(p: Promise<T>): Promise<T> {
	pendingWrites.add(p);
	const done = () => pendingWrites.delete(p);
	p.then(done, done);
	return p;
}

function attach(db: AppDb): void {
	db.on('versionchange', () => {
		// Another tab wants a newer schema: finish our writes, then step aside and tell the user.
		const waiting = [...pendingWrites];
		void Promise.allSettled(waiting).then(() => {
			db.close();
			for (const l of listeners) l('upgraded');
		});
		return false;
	});
	db.on('blocked', () => {
		for (const l of listeners) l('blocked');
	});
	db.on('close', () => {
		for (const l of listeners) l('closed');
	});
}

/** The shared connection. Dexie opens it lazily on first use. */
export function db(): AppDb {
	if (!instance) {
		instance = new AppDb();
		attach(instance);
	}
	return instance;
}

/** Opens the database now, so the app can show a clear page when it cannot. */
export async function openDb(timeoutMs = 8000): Promise<AppDb> {
	const d = db();
	if (d.isOpen()) return d;
	if (typeof indexedDB === 'undefined')
		throw new DbProblem('unavailable', 'This browser does not provide IndexedDB.');
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopListening = () => {};
	const blocked = new Promise<never>((_, reject) => {
		const fail = () =>
			reject(
				new DbProblem(
					'blocked',
					'Another tab with an older version of this app is keeping the database busy.'
				)
			);
		timer = setTimeout(fail, timeoutMs);
		stopListening = onConnectionEvent((kind) => {
			if (kind === 'blocked') fail();
		});
	});
	try {
		await Promise.race([d.open(), blocked]);
		return d;
	} catch (e) {
		throw classifyError(e);
	} finally {
		clearTimeout(timer);
		stopListening();
	}
}

/** Tests and fault injection: replace the connection with one of another name or options. */
export function useDatabase(next: AppDb): AppDb {
	instance?.close();
	instance = next;
	pendingWrites = new Set();
	attach(next);
	return next;
}

export { CURRENT_SCHEMA_VERSION };
