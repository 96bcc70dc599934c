/**
 * Setting up team sync: the remote database on the one server this build allows, its team
 * document (created by the first device, checked by every other), and a session over both. A
 * wrong passphrase is found from the fingerprint before anything is written.
 */
import PouchDB from 'pouchdb-browser';
import type { LocalVersions } from '$lib/domain/sync/versions';
import {
	assertFingerprint,
	newTeamSalt,
	teamKeyFromCode,
	teamKeyFromPassphrase,
	type TeamKey
} from './envelope';
import { SyncSession } from './session';
import { readTeamDoc, teamDoc, TEAM_DOC_ID } from './team-doc';
import { KDF_ITERATIONS } from '$lib/files/backup/constants';

export interface ServerAccount {
	/** The origin fixed at build time. */
	origin: string;
	database: string;
	username: string;
	password: string;
}

/** CouchDB database names we accept: lower case, starting with a letter. */
export const DATABASE_NAME = /^[a-z][a-z0-9_-]{0,62}$/;

export type TeamSecret =
	{ kind: 'passphrase'; passphrase: string } | { kind: 'code'; code: string };

export function remoteDb(account: ServerAccount): PouchDB {
	if (!account.origin) throw new Error('This copy of the app was built without a sync server.');
	if (!DATABASE_NAME.test(account.database))
		throw new Error(
			'A database name is lower case letters, digits, - and _, starting with a letter.'
		);
	return new PouchDB(`${account.origin}/${account.database}`, {
		skip_setup: true,
		auth: { username: account.username, password: account.password }
	});
}

/** This device's copy of a team database: the encrypted documents, in IndexedDB. */
export function localDb(database: string): PouchDB {
	return new PouchDB(`soc2-sync-${database}`);
}

/**
 * The team key for a remote database: derived from the team document when there is one (and
 * checked against its fingerprint), else created with the document when `create` is set.
 */
export async function teamKeyFor(
	remote: PouchDB,
	secret: TeamSecret,
	create: boolean
): Promise<{ key: TeamKey; created: boolean }> {
	let existing: unknown = null;
	try {
		existing = await remote.get(TEAM_DOC_ID);
	} catch (err) {
		const status = (err as { status?: number }).status;
		if (status === 401 || status === 403)
			throw new Error('The server refused the user name or password.');
		if (status !== 404) throw new Error('The sync server cannot be reached.');
	}
	if (existing) {
		const team = readTeamDoc(existing);
		const key =
			team.keyFrom === 'code'
				? await teamKeyFromCode(secret.kind === 'code' ? secret.code : '')
				: await teamKeyFromPassphrase(
						secret.kind === 'passphrase' ? secret.passphrase : '',
						team.saltBytes,
						team.iterations
					);
		assertFingerprint(key, team.fingerprint);
		return { key, created: false };
	}
	if (!create) throw new Error('There is no team database of that name on the server yet.');
	const salt = newTeamSalt();
	const key =
		secret.kind === 'code'
			? await teamKeyFromCode(secret.code)
			: await teamKeyFromPassphrase(secret.passphrase, salt, KDF_ITERATIONS);
	await remote.put({ ...teamDoc(secret.kind, salt, KDF_ITERATIONS, key.fingerprint) });
	return { key, created: true };
}

export function openSession(options: {
	assessmentId: string;
	key: TeamKey;
	previousKeys?: readonly TeamKey[];
	device: string;
	versions: LocalVersions;
	account: ServerAccount;
}): SyncSession {
	return new SyncSession({
		assessmentId: options.assessmentId,
		key: options.key,
		previousKeys: options.previousKeys ?? [],
		device: options.device,
		versions: options.versions,
		local: localDb(options.account.database),
		remote: remoteDb(options.account),
		now: () => new Date().toISOString(),
		newId: () => crypto.randomUUID()
	});
}
