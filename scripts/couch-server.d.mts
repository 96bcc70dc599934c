// Types for couch-server.mjs: only the parts tests use, so they need no PouchDB type packages.

export interface CouchOptions {
	/** 0 (the default in tests) picks a free port. */
	port?: number;
	host?: string;
	/** The app's origin, the only one CORS lets in. */
	origin?: string;
	user?: string;
	password?: string;
}

export interface StoredDoc {
	_id: string;
	_rev: string;
	_deleted?: boolean;
	_conflicts?: string[];
	[field: string]: unknown;
}

/** One revision body the server holds; `leaf` is false for an ancestor not yet compacted. */
export interface DumpEntry {
	db: string;
	leaf: boolean;
	doc: StoredDoc;
}

export interface Couch {
	url: string;
	user: string;
	password: string;
	close(): Promise<void>;
	dumpAll(): Promise<DumpEntry[]>;
}

export function startCouch(options?: CouchOptions): Promise<Couch>;

export interface NodeDb {
	put(doc: { _id: string; _rev?: string; [field: string]: unknown }): Promise<{ rev: string }>;
	get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<StoredDoc>;
	replicate: { to(target: NodeDb): Promise<unknown>; from(source: NodeDb): Promise<unknown> };
	sync(other: NodeDb): Promise<unknown>;
	destroy(): Promise<unknown>;
}

export function nodePouch(): new (
	name: string,
	options?: { adapter?: 'memory'; auth?: { username: string; password: string } }
) => NodeDb;
