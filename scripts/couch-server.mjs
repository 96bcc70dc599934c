// A CouchDB-compatible server for sync tests and local trials: express-pouchdb over in-memory
// PouchDB, so CI needs neither a CouchDB nor a native build. It forgets everything on close.
// Run: node scripts/couch-server.mjs --port 5984 --origin http://localhost:4173
// (user and password from COUCH_USER / COUCH_PASSWORD). Tests import `startCouch` and `nodePouch`;
// couch-server.d.mts types them, so the type check does not read this untyped JS.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

// What CouchDB's own CORS support allows and exposes, so a browser's PouchDB behaves the same here.
const ALLOW_HEADERS = 'accept, authorization, content-type, origin, referer, x-csrf-token';
const ALLOW_METHODS = 'GET, PUT, POST, HEAD, DELETE, COPY, OPTIONS';
const EXPOSE_HEADERS =
	'content-type, cache-control, accept-ranges, etag, server, x-couch-request-id, x-couch-update-newrev, x-couchdb-body-time';

/** Hashing first makes the comparison constant-time whatever the lengths. */
function sameSecret(a, b) {
	const digest = (s) => createHash('sha256').update(s).digest();
	return timingSafeEqual(digest(a), digest(b));
}

/** The Basic credentials of a request, or null. */
function basicCredentials(header) {
	const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
	if (!m) return null;
	const text = Buffer.from(m[1], 'base64').toString('utf8');
	const colon = text.indexOf(':');
	return colon < 0 ? null : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

function cors(origin) {
	return (req, res, next) => {
		if (req.headers.origin === origin) {
			res.setHeader('Access-Control-Allow-Origin', origin);
			res.setHeader('Access-Control-Allow-Credentials', 'true');
			res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
		}
		res.setHeader('Vary', 'Origin');
		// A preflight never carries credentials, so it is answered before the auth check.
		if (req.method !== 'OPTIONS') return next();
		if (req.headers.origin === origin) {
			res.setHeader('Access-Control-Allow-Methods', ALLOW_METHODS);
			res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
			res.setHeader('Access-Control-Max-Age', '600');
		}
		res.status(204).end();
	};
}

/** Every other request needs the admin's Basic credentials (CouchDB's require_valid_user). */
function requireAdmin(user, password) {
	return (req, res, next) => {
		const given = basicCredentials(req.headers.authorization);
		if (given && sameSecret(given.user, user) && sameSecret(given.password, password)) {
			return next();
		}
		// No WWW-Authenticate header, as CouchDB: it would make a browser pop up its own login box.
		res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
	};
}

/** PouchDB for a Node test or trial: in-memory local databases that replicate over HTTP. */
export function nodePouch() {
	return PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);
}

/**
 * A PouchDB class of the server's own. The memory adapter keeps one store per process, keyed by
 * name, so a prefix keeps this server's databases apart from a test's local ones and another
 * server's. It lists its databases itself: PouchDB's events are process-wide, and
 * express-pouchdb's default list would show (and so serve) every database the process opened.
 */
function serverPouch() {
	const names = new Set();
	const Base = PouchDB.plugin(memoryAdapter).defaults({
		adapter: 'memory',
		prefix: `couch-${randomUUID()}-`
	});
	class ServerPouch extends Base {
		constructor(name, opts) {
			super(name, opts);
			names.add(name);
			const destroy = this.destroy;
			this.destroy = (...args) =>
				destroy(...args).then((result) => {
					names.delete(name);
					return result;
				});
		}
		static allDbs(callback) {
			const list = [...names].sort();
			if (callback) callback(null, list);
			return Promise.resolve(list);
		}
	}
	return ServerPouch;
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one). Resolves with its URL, the admin's
 * credentials, `close()` and `dumpAll()`.
 */
export async function startCouch({
	port = 0,
	host = '127.0.0.1',
	origin = 'http://localhost:4173',
	user = process.env.COUCH_USER || 'admin',
	password = process.env.COUCH_PASSWORD || 'test-password'
} = {}) {
	const Pouch = serverPouch();
	const app = express();
	app.disable('x-powered-by');
	app.use(cors(origin));
	app.use(requireAdmin(user, password));
	// express-pouchdb's stub answers an anonymous admin; a sync setup checks who it signed in as.
	app.get('/_session', (_req, res) => {
		res.json({ ok: true, userCtx: { name: user, roles: ['_admin'] }, info: {} });
	});
	app.use(expressPouchDB(Pouch, { mode: 'minimumForPouchDB' }));

	const server = await new Promise((resolve, reject) => {
		const s = app.listen(port, host, () => resolve(s)).on('error', reject);
	});
	const address = server.address();
	const url = `http://${host}:${address.port}`;

	async function dumpAll() {
		const docs = [];
		for (const name of await Pouch.allDbs()) {
			docs.push(...(await dumpDb(name, new Pouch(name))));
		}
		return docs;
	}

	async function close() {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(() => resolve(undefined)));
		// Destroying frees the memory store, which would otherwise outlive the server.
		for (const name of await Pouch.allDbs()) await new Pouch(name).destroy();
	}

	return { url, user, password, close, dumpAll };
}

/**
 * Every revision body a database still holds: each leaf (current, conflicting or deleted) and
 * those of its ancestors not yet compacted away, attachments inline (base64).
 */
async function dumpDb(name, db) {
	const out = [];
	const { results } = await db.changes({ style: 'all_docs' });
	for (const { id } of results) {
		const leaves = await db.get(id, { open_revs: 'all', revs: true, attachments: true });
		const seen = new Set();
		for (const leaf of leaves) {
			if (!leaf.ok) continue;
			const { _revisions: history, ...doc } = leaf.ok;
			out.push({ db: name, leaf: true, doc });
			seen.add(doc._rev);
			for (let i = 1; i < history.ids.length; i++) {
				const rev = `${history.start - i}-${history.ids[i]}`;
				if (seen.has(rev)) continue;
				seen.add(rev);
				const old = await db.get(id, { rev, attachments: true }).catch(() => null);
				if (old) out.push({ db: name, leaf: false, doc: old });
			}
		}
	}
	return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '5984' },
			host: { type: 'string', default: '127.0.0.1' },
			origin: { type: 'string', default: 'http://localhost:4173' }
		}
	});
	const couch = await startCouch({ ...values, port: Number(values.port) });
	console.log(`CouchDB-compatible server (in memory) at ${couch.url} for ${values.origin}`);
	console.log(`Admin user: ${couch.user} (password from COUCH_PASSWORD, or the test default)`);
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => couch.close().then(() => process.exit(0)));
	}
}
