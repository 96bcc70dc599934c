/**
 * The whole-bundle schema and its validation: every field of every record is checked, and each
 * problem becomes "path: message", e.g. "assessments[0].controls[3].status: expected one of …".
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION } from './constants';
import { BackupError } from './errors';
import type { BackupBundle } from './format';
import { catalogVersion, list, record, text, timestamp } from './schema-fields';
import { evidenceFileSchema } from './schema-files';
import { assessmentDataSchema, snapshotSchema, templateSchema } from './schema-records';

/** Generous caps: 15 MB cannot hold more than a few hundred full assessments anyway. */
const MAX_ASSESSMENTS = 1000;
const MAX_SNAPSHOTS = 1000;
const MAX_TEMPLATES = 1000;
/** Files per assessment: 10,000 files at the 25 MB limit would already be 250 GB. */
const MAX_FILES = 10_000;

export const backupAssessmentSchema = record({
	...assessmentDataSchema.entries,
	snapshots: list(snapshotSchema, MAX_SNAPSHOTS),
	files: list(evidenceFileSchema, MAX_FILES)
});

export const bundleSchema = record({
	format: v.literal(BACKUP_FORMAT, `expected "${BACKUP_FORMAT}"`),
	formatVersion: v.literal(CURRENT_FORMAT_VERSION, `expected ${CURRENT_FORMAT_VERSION}`),
	appVersion: text(50),
	catalogVersion: catalogVersion(),
	exportedAt: timestamp(),
	assessments: list(backupAssessmentSchema, MAX_ASSESSMENTS),
	templates: list(templateSchema, MAX_TEMPLATES)
});

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A record path as written in messages: assessments[0].controls[3].status */
export function formatPath(keys: readonly unknown[]): string {
	let out = '';
	for (const key of keys) {
		if (typeof key === 'string' && key.length > 60) out += `["${key.slice(0, 57)}…"]`;
		else if (typeof key === 'number') out += `[${key}]`;
		else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
		else out += `[${JSON.stringify(String(key))}]`;
	}
	return out;
}

function issueText(issue: v.BaseIssue<unknown>): string {
	const path = formatPath((issue.path ?? []).map((p) => p.key));
	return path ? `${path}: ${issue.message}` : issue.message;
}

/** Most problems listed in one error; a badly damaged file would otherwise list thousands. */
const MAX_DETAILS = 20;

/**
 * Validates a parsed, upgraded bundle field by field. Throws a BackupError whose message is the
 * first problem and whose details list the first few.
 */
export function validateBundle(raw: unknown): BackupBundle {
	const result = v.safeParse(bundleSchema, raw, { abortEarly: false });
	if (result.success) return result.output;
	const problems = result.issues.slice(0, MAX_DETAILS).map(issueText);
	throw new BackupError('invalid-field', problems[0] ?? 'This backup is not valid.', problems);
}
