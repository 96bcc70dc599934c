/**
 * The part of PouchDB's API team sync uses, typed here rather than through @types packages that
 * lag PouchDB 9. Only src/lib/sync imports 'pouchdb-browser' (ESLint), and only lazily.
 */
declare module 'pouchdb-browser' {
	export interface PouchDoc {
		_id: string;
		_rev?: string;
		_deleted?: boolean;
		_conflicts?: string[];
		[field: string]: unknown;
	}
	export interface AllDocsRow {
		id: string;
		key: string;
		value: { rev: string; deleted?: boolean };
		doc?: PouchDoc;
		error?: string;
	}
	export interface BulkResult {
		ok?: boolean;
		id?: string;
		rev?: string;
		error?: string | boolean;
		reason?: string;
		status?: number;
	}
	export interface ReplicationResult {
		ok: boolean;
		docs_read: number;
		docs_written: number;
		doc_write_failures: number;
		errors: unknown[];
		last_seq?: number | string;
	}
	export interface SyncResult {
		push?: ReplicationResult;
		pull?: ReplicationResult;
	}
	export interface DatabaseOptions {
		auth?: { username: string; password: string };
		skip_setup?: boolean;
		fetch?: (url: string | Request, opts?: RequestInit) => Promise<Response>;
		adapter?: string;
	}
	export interface Info {
		doc_count: number;
		update_seq: number | string;
	}
	export interface ChangesResult {
		results: Array<{ id: string; seq: number | string; deleted?: boolean }>;
		last_seq: number | string;
	}
	/** A live changes feed (long polling over fetch). */
	export interface ChangesFeed {
		on(event: 'change', listener: (change: { id: string; seq: number | string }) => void): this;
		on(event: 'error', listener: (err: unknown) => void): this;
		cancel(): void;
	}
	export default class PouchDB {
		constructor(name: string, options?: DatabaseOptions);
		name: string;
		info(): Promise<Info>;
		get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
		put(doc: PouchDoc): Promise<BulkResult>;
		bulkDocs(docs: PouchDoc[]): Promise<BulkResult[]>;
		allDocs(options?: {
			include_docs?: boolean;
			conflicts?: boolean;
			keys?: string[];
		}): Promise<{ rows: AllDocsRow[]; total_rows: number }>;
		changes(options: { since: number | string; limit?: number }): Promise<ChangesResult>;
		changes(options: { since: 'now'; live: true; heartbeat?: number }): ChangesFeed;
		sync(remote: PouchDB, options?: { retry?: boolean }): Promise<SyncResult>;
		replicate: {
			to(remote: PouchDB): Promise<ReplicationResult>;
			from(remote: PouchDB): Promise<ReplicationResult>;
		};
		destroy(): Promise<void>;
		close(): Promise<void>;
	}
}
