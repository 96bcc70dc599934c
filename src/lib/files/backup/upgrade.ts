/**
 * Backup format upgrades: a file written in an older format is turned, step by step, into the
 * current one before validation. Released steps are never edited; a new format adds a step.
 * Format 2 moved backups into a ZIP that carries evidence files; its JSON differs from format 1
 * only by a list of file records per assessment, empty for a format 1 file (which has none).
 * Format 3 added the work records of the risk register, system description and policy texts.
 * Format 4 changed the container only (an encrypted backup's JSON is deflated before it is
 * sealed): its JSON is that of format 3. Format 5 added the people records (roster, checks,
 * access reviews, samples).
 */
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION } from './constants';
import { BackupError } from './errors';
import { isPlainObject } from './safe-json';
import { withAllContentFields } from '$lib/domain/assessments/content-fields';

/** Turns a bundle of format n into format n + 1 (works on plain parsed JSON). */
export type FormatUpgrade = (raw: Record<string, unknown>) => Record<string, unknown>;

/** Format 1 to 2: every assessment gets an empty list of file records (format 1 had none). */
function addFileLists(raw: Record<string, unknown>): Record<string, unknown> {
	const { assessments } = raw;
	if (!Array.isArray(assessments)) return raw; // validation names the problem
	return {
		...raw,
		assessments: assessments.map((a: unknown) =>
			isPlainObject(a) && !Object.hasOwn(a, 'files') ? { ...a, files: [] } : a
		)
	};
}

/**
 * Format 2 to 3: every assessment, and the content each of its snapshots froze, gets empty lists
 * for the work records format 2 did not have (risks, reviews, description, policy texts).
 */
function addWorkLists(raw: Record<string, unknown>): Record<string, unknown> {
	const { assessments } = raw;
	if (!Array.isArray(assessments)) return raw;
	return {
		...raw,
		assessments: assessments.map((a: unknown) => {
			if (!isPlainObject(a)) return a;
			const snapshots = Array.isArray(a.snapshots)
				? a.snapshots.map((s: unknown) =>
						isPlainObject(s) ? { ...s, data: withAllContentFields(s.data) } : s
					)
				: a.snapshots;
			return { ...withAllContentFields(a), snapshots };
		})
	};
}

/** Format 3 to 4: the JSON is unchanged (format 4 is a change of the container). */
function sameJson(raw: Record<string, unknown>): Record<string, unknown> {
	return raw;
}

/**
 * Format 4 to 5: every assessment, and each snapshot's content, gets empty people lists (format 4
 * had no roster). The same step as 2 to 3: it fills in whatever content lists are missing.
 */
const addPeopleLists: FormatUpgrade = addWorkLists;

/** FORMAT_UPGRADES[n] upgrades format n to n + 1. Released steps are never edited. */
export const FORMAT_UPGRADES: Readonly<Record<number, FormatUpgrade>> = {
	1: addFileLists,
	2: addWorkLists,
	3: sameJson,
	4: addPeopleLists
};

/** Refuses anything that is not a JSON object carrying this app's backup format name. */
export function requireBackupObject(raw: unknown): Record<string, unknown> {
	if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT)
		throw new BackupError(
			'not-backup',
			`This file is not a backup from this app (it has no "format": "${BACKUP_FORMAT}").`
		);
	return raw;
}

/** The format version as a whole number, or a clear refusal. */
export function readFormatVersion(raw: Record<string, unknown>, current: number): number {
	const version = raw.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		throw new BackupError(
			'invalid-field',
			`formatVersion: expected a whole number from 1, found ${JSON.stringify(version) ?? 'nothing'}`
		);
	if (version > current)
		throw new BackupError(
			'newer-format',
			`This backup was made by a newer version of the app (backup format ${version}; this version reads up to format ${current}). Update the app, then import the file again.`
		);
	return version;
}

/**
 * Brings a parsed backup to the current format, or refuses one made by a newer app.
 * `upgrades` and `current` are parameters so tests can exercise a multi-step path.
 */
export function upgradeFormat(
	raw: unknown,
	upgrades: Readonly<Record<number, FormatUpgrade>> = FORMAT_UPGRADES,
	current: number = CURRENT_FORMAT_VERSION
): Record<string, unknown> {
	let bundle = requireBackupObject(raw);
	for (let version = readFormatVersion(bundle, current); version < current; version++) {
		const step = upgrades[version];
		if (!step) throw new Error(`No upgrade from backup format ${version}: this is a bug.`);
		bundle = { ...step(bundle), formatVersion: version + 1 };
	}
	return bundle;
}
