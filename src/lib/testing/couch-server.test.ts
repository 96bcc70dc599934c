// The CouchDB stand-in that sync tests run against: PouchDB replicates to it and back, conflicts
// show, a browser on the app's origin may call it, and dumpAll() sees what it stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePouch, startCouch } from '../../../scripts/couch-server.mjs';

const ORIGIN = 'http://localhost:4173';
const PouchDB = nodePouch();

describe('couch-server', () => {
	let couch: Awaited<ReturnType<typeof startCouch>>;
	beforeAll(async () => {
		couch = await startCouch({ port: 0, origin: ORIGIN });
	});
	afterAll(() => couch.close());

	const auth = () => ({ username: couch.user, password: couch.password });
	const basic = (password: string) =>
		'Basic ' + Buffer.from(`${couch.user}:${password}`).toString('base64');

	it('listens on a free port of 127.0.0.1 and wants the admin password', async () => {
		expect(couch.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect((await fetch(`${couch.url}/`)).status).toBe(401);
		const wrong = await fetch(`${couch.url}/`, { headers: { authorization: basic('nope') } });
		expect(wrong.status).toBe(401);
		const right = await fetch(`${couch.url}/`, {
			headers: { authorization: basic(couch.password) }
		});
		expect(right.status).toBe(200);
	});

	it('replicates both ways, shows conflicts and keeps every revision for dumpAll', async () => {
		const alice = new PouchDB('alice', { adapter: 'memory' });
		const bob = new PouchDB('bob', { adapter: 'memory' });
		const remote = new PouchDB(`${couch.url}/team`, { auth: auth() });
		await alice.put({ _id: 'control-1', note: 'plain-alice' });
		await alice.replicate.to(remote);
		await bob.replicate.from(remote);
		expect((await bob.get('control-1')).note).toBe('plain-alice');

		// Both edit the same revision offline, then sync: one wins, the other is a conflict.
		await alice.put({ ...(await alice.get('control-1')), note: 'plain-alice-2' });
		await bob.put({ ...(await bob.get('control-1')), note: 'plain-bob-2' });
		await alice.sync(remote);
		await bob.sync(remote);
		await alice.replicate.from(remote);
		for (const db of [alice, bob, remote]) {
			const doc = await db.get('control-1', { conflicts: true });
			expect(doc._conflicts).toHaveLength(1);
		}

		// The first revision was replaced before bob's sync yet stays on the server until compaction.
		const entries = await couch.dumpAll();
		const dump = JSON.stringify(entries);
		for (const note of ['plain-alice', 'plain-alice-2', 'plain-bob-2']) {
			expect(dump).toContain(`"${note}"`);
		}
		// Only the server's own database: the test's local ones live in the same process.
		expect(new Set(entries.map((e) => e.db))).toEqual(new Set(['team']));
		await Promise.all([alice.destroy(), bob.destroy()]);
	});

	it('answers a preflight from the app origin only', async () => {
		const preflight = (origin: string) =>
			fetch(`${couch.url}/team/_bulk_docs`, {
				method: 'OPTIONS',
				headers: {
					origin,
					'access-control-request-method': 'POST',
					'access-control-request-headers': 'authorization, content-type'
				}
			});
		const ok = await preflight(ORIGIN);
		expect(ok.status).toBe(204);
		expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
		expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
		expect(ok.headers.get('access-control-allow-methods')).toMatch(/POST/);
		expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
		expect(ok.headers.get('access-control-allow-headers')).toMatch(/content-type/);
		const other = await preflight('http://evil.example');
		expect(other.headers.get('access-control-allow-origin')).toBeNull();

		// A 401 carries the CORS headers too, so the app can tell a wrong password from no server.
		const denied = await fetch(`${couch.url}/team`, { headers: { origin: ORIGIN } });
		expect(denied.status).toBe(401);
		expect(denied.headers.get('access-control-allow-origin')).toBe(ORIGIN);
	});
});
