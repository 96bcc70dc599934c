/**
 * Team sync of the open assessment, as runes for the indicator and the Sync page. Sync is off
 * until someone turns it on; until then nothing here loads PouchDB or talks to any server. When on,
 * a round runs at start, after each saved edit (a short pause groups a burst of typing), every
 * half minute, and when the network comes back.
 */
import { createContext } from 'svelte';
import {
	getSyncConfig,
	logSyncRound,
	saveSyncConfig,
	type SyncConfig,
	type SyncLogEntry
} from '$lib/db/repositories/sync-config';
import { onEditsCommitted } from '$lib/db/write';
import type { ReviewItem } from '$lib/sync/reviews';
import type { SyncSession, RoundResult } from '$lib/sync/session';
import type { TeamSecret } from '$lib/sync/connect';

export type SyncStatus =
	'off' | 'starting' | 'syncing' | 'synced' | 'offline' | 'error' | 'update-needed' | 'wrong-key';

export const SYNC_STATUS_LABEL: Record<SyncStatus, string> = {
	off: 'Sync off',
	starting: 'Starting sync',
	syncing: 'Syncing',
	synced: 'Synced',
	offline: 'Offline',
	error: 'Sync error',
	'update-needed': 'Update the app',
	'wrong-key': 'Wrong team key'
};

const ROUND_EVERY_MS = 30_000;
/** Keys kept after passphrase changes, to move what a device sent under an older one. */
const PREVIOUS_KEYS = 3;
const AFTER_EDIT_MS = 500;
/** A burst of another device's writes arrives as several changes: one round after them. */
const AFTER_REMOTE_MS = 200;

export interface EnableInput {
	database: string;
	username: string;
	password: string;
	secret: TeamSecret;
	deviceName: string;
	/** First device: write the team settings when the database has none. */
	create: boolean;
}

type Seal = typeof import('$lib/sync/envelope').sealDoc;

/** Settings for sync on: the password sealed with the team key, a device id beside its name. */
async function newConfig(
	assessmentId: string,
	input: EnableInput,
	key: SyncConfig['key'],
	sealDoc: Seal
): Promise<SyncConfig> {
	return {
		assessmentId,
		database: input.database,
		username: input.username,
		password: await sealDoc(key, `password:${assessmentId}`, input.password),
		key: { enc: key.enc, ids: key.ids, fingerprint: key.fingerprint },
		device: `${input.deviceName.trim() || 'A device'} (${crypto.randomUUID().slice(0, 8)})`,
		deviceName: input.deviceName.trim(),
		enabled: true,
		lastSyncedAt: null,
		log: []
	};
}

export class SyncController {
	status = $state<SyncStatus>('off');
	message = $state('');
	pending = $state(0);
	conflicts = $state(0);
	lastSyncedAt = $state<string | null>(null);
	log = $state.raw<SyncLogEntry[]>([]);
	reviews = $state.raw<ReviewItem[]>([]);
	config = $state.raw<SyncConfig | null>(null);
	readonly available = __SYNC_ORIGIN__ !== '';
	readonly origin = __SYNC_ORIGIN__;

	#id: () => string;
	#session: SyncSession | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;
	#soon: ReturnType<typeof setTimeout> | null = null;
	#running: Promise<void> | null = null;
	#again = false;
	#stops: Array<() => void> = [];
	#unwatch: (() => void) | null = null;

	constructor(assessmentId: () => string) {
		this.#id = assessmentId;
	}

	/** Reads this assessment's settings and starts when sync is on. */
	async load(): Promise<void> {
		this.config = await getSyncConfig(this.#id());
		this.lastSyncedAt = this.config?.lastSyncedAt ?? null;
		this.log = this.config?.log ?? [];
		if (this.config?.enabled && this.available) await this.#start(this.config);
	}

	/** Turns sync on: checks the account and the team key with the server, then starts. */
	async enable(input: EnableInput): Promise<void> {
		const [{ remoteDb, teamKeyFor }, { sealDoc }] = await Promise.all([
			import('$lib/sync/connect'),
			import('$lib/sync/envelope')
		]);
		const assessmentId = this.#id();
		const remote = remoteDb({ origin: this.origin, ...input });
		const { key } = await teamKeyFor(remote, input.secret, input.create);
		const config: SyncConfig = {
			...(await newConfig(assessmentId, input, key, sealDoc)),
			lastSyncedAt: this.config?.lastSyncedAt ?? null,
			log: this.config?.log ?? []
		};
		await saveSyncConfig(config);
		this.config = config;
		await this.#start(config);
	}

	/**
	 * Changes the team passphrase from this device: a new salt and key, the team document naming
	 * it, and a round that moves every document under the new key (new ids, new seals). Other
	 * devices then stop with "enter the new passphrase" until someone types it there.
	 */
	async changePassphrase(passphrase: string): Promise<void> {
		const config = this.config;
		if (!config || !this.#session) throw new Error('Sync is not on for this assessment.');
		// A fresh round after any under way (and the one it may have queued).
		while (this.#running) await this.#running;
		await this.syncNow();
		while (this.#running) await this.#running;
		if (this.status !== 'synced')
			throw new Error(`sync first (${this.message || SYNC_STATUS_LABEL[this.status]}).`);
		const [{ newTeamSalt, teamKeyFromPassphrase }, { teamDoc }, { KDF_ITERATIONS }] =
			await Promise.all([
				import('$lib/sync/envelope'),
				import('$lib/sync/team-doc'),
				import('$lib/files/backup/constants')
			]);
		const salt = newTeamSalt();
		const key = await teamKeyFromPassphrase(passphrase, salt, KDF_ITERATIONS);
		await this.#session.writeTeamDoc(teamDoc('passphrase', salt, KDF_ITERATIONS, key.fingerprint));
		await this.#rekeyed(config, key);
	}

	/** After another device changed the passphrase: checks the new one with the server. */
	async enterNewKey(secret: TeamSecret): Promise<void> {
		const config = this.config;
		if (!config) throw new Error('Sync is not on for this assessment.');
		const [{ remoteDb, teamKeyFor }, { openDoc }] = await Promise.all([
			import('$lib/sync/connect'),
			import('$lib/sync/envelope')
		]);
		const password = String(
			await openDoc(config.key, `password:${config.assessmentId}`, config.password)
		);
		const remote = remoteDb({
			origin: this.origin,
			database: config.database,
			username: config.username,
			password
		});
		const { key } = await teamKeyFor(remote, secret, false);
		await this.#rekeyed(config, key);
	}

	/** Stores the new key (the old one kept to open what it sealed) and restarts with it. */
	async #rekeyed(config: SyncConfig, key: SyncConfig['key']): Promise<void> {
		const { openDoc, sealDoc } = await import('$lib/sync/envelope');
		const password = await openDoc(config.key, `password:${config.assessmentId}`, config.password);
		const next: SyncConfig = {
			...config,
			key: { enc: key.enc, ids: key.ids, fingerprint: key.fingerprint },
			previousKeys: [config.key, ...(config.previousKeys ?? [])].slice(0, PREVIOUS_KEYS),
			password: await sealDoc(key, `password:${config.assessmentId}`, password)
		};
		await saveSyncConfig(next);
		this.config = next;
		this.stop();
		await this.#start(next);
	}

	/** Stops syncing on this device; its data and the server's stay as they are. */
	async disable(): Promise<void> {
		this.stop();
		if (!this.config) return;
		const config = { ...this.config, enabled: false };
		await saveSyncConfig(config);
		this.config = config;
		this.status = 'off';
		this.message = '';
	}

	async #start(config: SyncConfig): Promise<void> {
		this.status = 'starting';
		const [{ openSession }, { openDoc }] = await Promise.all([
			import('$lib/sync/connect'),
			import('$lib/sync/envelope')
		]);
		const password = String(
			await openDoc(config.key, `password:${config.assessmentId}`, config.password)
		);
		const { CURRENT_SCHEMA_VERSION } = await import('$lib/db/schema');
		const { CATALOG_VERSION } = await import('$lib/catalog/version');
		this.#session = openSession({
			assessmentId: config.assessmentId,
			key: config.key,
			previousKeys: config.previousKeys ?? [],
			device: config.device,
			versions: { schemaVersion: CURRENT_SCHEMA_VERSION, catalogVersion: CATALOG_VERSION },
			account: {
				origin: this.origin,
				database: config.database,
				username: config.username,
				password
			}
		});
		this.#timer = setInterval(() => {
			this.#watch();
			void this.syncNow();
		}, ROUND_EVERY_MS);
		const online = () => {
			this.#watch();
			void this.syncNow();
		};
		window.addEventListener('online', online);
		this.#stops.push(
			() => window.removeEventListener('online', online),
			onEditsCommitted((ids) => {
				if (!ids.includes(config.assessmentId)) return;
				if (this.#soon) clearTimeout(this.#soon);
				this.#soon = setTimeout(() => void this.syncNow(), AFTER_EDIT_MS);
			})
		);
		this.#watch();
		await this.syncNow();
	}

	/** Follows the server's changes feed, unless already following it. */
	#watch(): void {
		if (this.#unwatch || !this.#session) return;
		this.#unwatch = this.#session.watch(
			() => {
				if (this.#soon) clearTimeout(this.#soon);
				this.#soon = setTimeout(() => void this.syncNow(), AFTER_REMOTE_MS);
			},
			() => {
				this.#unwatch?.();
				this.#unwatch = null;
			}
		);
	}

	/** Runs a round now (or right after the one under way). */
	syncNow(): Promise<void> {
		if (!this.#session) return Promise.resolve();
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#round().finally(() => {
			this.#running = null;
			if (this.#again) {
				this.#again = false;
				void this.syncNow();
			}
		});
		return this.#running;
	}

	async #round(): Promise<void> {
		const session = this.#session;
		if (!session) return;
		this.status = 'syncing';
		const r: RoundResult = await session.round();
		this.status = r.outcome === 'ok' ? 'synced' : r.outcome === 'offline' ? 'offline' : r.outcome;
		this.message = r.message;
		this.pending = r.pending;
		this.conflicts = r.conflicts;
		const entry: SyncLogEntry = {
			at: new Date().toISOString(),
			outcome: r.outcome,
			sent: r.sent,
			received: r.received,
			conflicts: r.conflicts,
			message: r.message
		};
		if (r.outcome === 'ok') this.lastSyncedAt = entry.at;
		this.log = [entry, ...this.log].slice(0, 20);
		this.reviews = await session.reviews();
		await logSyncRound(this.#id(), entry);
	}

	/** Keeps one side of a same-field conflict (or the record, for an edit against a delete). */
	async resolve(item: ReviewItem, keep: 'mine' | 'theirs'): Promise<void> {
		if (!this.#session) return;
		await this.#session.resolve(item, keep);
		await this.syncNow();
	}

	stop(): void {
		if (this.#timer) clearInterval(this.#timer);
		if (this.#soon) clearTimeout(this.#soon);
		for (const stop of this.#stops) stop();
		this.#stops = [];
		this.#unwatch?.();
		this.#unwatch = null;
		this.#timer = null;
		this.#session = null;
	}
}

export const [getSyncController, setSyncController] = createContext<SyncController>();

/**
 * Joins a team's assessment on this device: checks the account and key, stores the settings for
 * the assessment the team database holds (sync on) and runs the first round, which writes the
 * assessment here. Returns its id. Refuses an assessment this device already has.
 */
export async function joinTeamAssessment(input: EnableInput): Promise<string> {
	const [{ joinTeam }, { sealDoc }, { assessmentExists }] = await Promise.all([
		import('$lib/sync/join'),
		import('$lib/sync/envelope'),
		import('$lib/db/repositories/sync-rows')
	]);
	const { assessmentId, key } = await joinTeam(
		{
			origin: __SYNC_ORIGIN__,
			database: input.database,
			username: input.username,
			password: input.password
		},
		input.secret
	);
	if (await assessmentExists(assessmentId))
		throw new Error('This assessment is already on this device: open it and turn sync on there.');
	await saveSyncConfig(await newConfig(assessmentId, input, key, sealDoc));
	const controller = new SyncController(() => assessmentId);
	await controller.load();
	controller.stop();
	if (controller.status !== 'synced')
		throw new Error(controller.message || 'The first sync round did not finish; try again.');
	return assessmentId;
}
