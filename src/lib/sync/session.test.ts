/**
 * One sync session in Node against servers that misbehave: the CouchDB stand-in behind a proxy
 * that answers garbage or drops the connection in the middle of a round, and a document whose
 * ciphertext was changed. The app's database (fake IndexedDB) must come out of every failed round
 * exactly as it went in, and a later healthy round must still deliver everything.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nodePouch, startCouch, type Couch } from '../../../scripts/couch-server.mjs';
import { CATALOG_VERSION } from '$lib/catalog/version';
import type { AppDb } from '$lib/db/db';
import { createAssessmentRow } from '$lib/db/repositories/assessments';
import { saveControlState, defaultControlState } from '$lib/db/repositories/controls';
import { CURRENT_SCHEMA_VERSION } from '$lib/db/schema';
import { createAssessment } from '$lib/domain/assessments/assessment';
import { freshDb } from '$lib/testing/db';
import { generateTeamCode, teamKeyFromCode, type TeamKey } from './envelope';
import { SyncSession } from './session';
import { teamDoc } from './team-doc';

type Mode = 'pass' | 'garbage' | 'drop-bulk';

let couch: Couch;
let proxy: Server;
let proxyUrl = '';
let mode: Mode = 'pass';
let key: TeamKey;
let db: AppDb;
let n = 0;
const Pouch = nodePouch();

/** Forwards to the stand-in, or misbehaves as `mode` says. */
function startProxy(target: string): Promise<Server> {
	const to = new URL(target);
	const server = createServer((req, res) => {
		if (mode === 'garbage') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{"ok": tru');
			return;
		}
		if (mode === 'drop-bulk' && req.url?.includes('_bulk_docs')) {
			req.socket.destroy();
			return;
		}
		const up = request(
			{ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
			(upRes) => {
				res.writeHead(upRes.statusCode ?? 502, upRes.headers);
				upRes.pipe(res);
			}
		);
		req.pipe(up);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function snapshot(): Promise<string> {
	const assessments = await db.assessments.toArray();
	const controls = await db.controlStates.toArray();
	return JSON.stringify({ assessments, controls });
}

function session(database: string, local = new Pouch(`local-${++n}`, { adapter: 'memory' })) {
	const auth = { username: couch.user, password: couch.password };
	return new SyncSession({
		assessmentId: 'a1',
		key,
		device: 'Test device',
		versions: { schemaVersion: CURRENT_SCHEMA_VERSION, catalogVersion: CATALOG_VERSION },
		local: local as never,
		remote: new Pouch(`${proxyUrl}/${database}`, { auth }) as never,
		now: () => new Date().toISOString(),
		newId: () => crypto.randomUUID()
	});
}

async function newDatabase(): Promise<string> {
	const name = `db${++n}`;
	const auth = `Basic ${Buffer.from(`${couch.user}:${couch.password}`).toString('base64')}`;
	await fetch(`${couch.url}/${name}`, { method: 'PUT', headers: { authorization: auth } });
	const team = teamDoc('code', new Uint8Array(16), 0, key.fingerprint);
	await fetch(`${couch.url}/${name}/team`, {
		method: 'PUT',
		headers: { authorization: auth, 'content-type': 'application/json' },
		body: JSON.stringify(team)
	});
	return name;
}

beforeAll(async () => {
	couch = await startCouch({ origin: 'http://localhost:4173' });
	proxy = await startProxy(couch.url);
	proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
	key = await teamKeyFromCode(generateTeamCode());
});

afterAll(async () => {
	proxy.closeAllConnections();
	await new Promise((r) => proxy.close(r));
	await couch.close();
});

beforeEach(async () => {
	mode = 'pass';
	db = freshDb();
	await createAssessmentRow(
		createAssessment(
			{ companyName: 'Acme <b>Widgets</b>', assessor: 'Ana', reportType: 'type2' },
			'a1',
			new Date('2026-01-05T10:00:00Z'),
			CATALOG_VERSION
		)
	);
	await saveControlState({ ...defaultControlState('a1', 'IAM-01'), ownerName: 'Ana' });
});

describe('a sync round against a misbehaving server', () => {
	it('a server that answers garbage: a clear error, nothing applied or lost, and the next round delivers', async () => {
		const database = await newDatabase();
		const s = session(database);
		mode = 'garbage';
		const before = await snapshot();
		const r = await s.round();
		expect(r.outcome).toBe('error');
		expect(r.message).toMatch(/^Sync stopped: .+\. Nothing was lost on this device\.$/);
		expect(await snapshot()).toBe(before);
		mode = 'pass';
		const ok = await s.round();
		expect(ok.outcome).toBe('ok');
		expect(ok.sent).toBeGreaterThanOrEqual(2);
	});

	it('a connection dropped in the middle of the upload: offline, changes waiting, then sent whole', async () => {
		const database = await newDatabase();
		const s = session(database);
		mode = 'drop-bulk';
		const before = await snapshot();
		const r = await s.round();
		expect(['offline', 'error']).toContain(r.outcome);
		expect(r.pending).toBeGreaterThanOrEqual(2);
		expect(await snapshot()).toBe(before);
		mode = 'pass';
		expect((await s.round()).outcome).toBe('ok');
		// A second device sees both records.
		const other = freshDb();
		const second = session(database);
		expect((await second.round()).outcome).toBe('ok');
		expect((await other.controlStates.get(['a1', 'IAM-01']))?.ownerName).toBe('Ana');
	});

	it('a document whose ciphertext changed on the server is refused; the rest is applied', async () => {
		const database = await newDatabase();
		expect((await session(database).round()).outcome).toBe('ok');
		const auth = `Basic ${Buffer.from(`${couch.user}:${couch.password}`).toString('base64')}`;
		const all = (await (
			await fetch(`${couch.url}/${database}/_all_docs?include_docs=true`, {
				headers: { authorization: auth }
			})
		).json()) as { rows: { doc: Record<string, string> }[] };
		const sealed = all.rows.map((r) => r.doc).filter((d) => d._id !== 'team');
		expect(sealed).toHaveLength(2);
		const [first] = sealed;
		if (!first) throw new Error('no document');
		const ct = first.ct ?? '';
		await fetch(`${couch.url}/${database}/${first._id}`, {
			method: 'PUT',
			headers: { authorization: auth, 'content-type': 'application/json' },
			body: JSON.stringify({ ...first, ct: (ct[5] === 'A' ? 'B' : 'A') + ct.slice(1) })
		});
		// A fresh device: it has nothing, so only what opens can arrive.
		const fresh = freshDb();
		const r = await session(database).round();
		expect(r.outcome).toBe('error');
		expect(r.message).toMatch(/^A document on the server failed its integrity check/);
		const arrived = (await fresh.assessments.count()) + (await fresh.controlStates.count());
		expect(arrived).toBe(1);
	});
});
