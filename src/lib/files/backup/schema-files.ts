/**
 * The schema of evidence file records in a format 2 backup. A record is checked field by field
 * like every other one; its name is made safe again (a hand-edited file could carry a path or
 * control characters), its size is within the locker's limit and its fingerprint is SHA-256 hex.
 */
import * as v from 'valibot';
import {
	MAX_FILE_BYTES as MAX_EVIDENCE_FILE_BYTES,
	safeFileName
} from '$lib/domain/evidence/files';
import type { EvidenceFile } from '$lib/domain/types';
import { id, num, oneOf, orNull, record, text, timestamp } from './schema-fields';

/** Raw names are capped before they are made safe; safeFileName shortens them further. */
const RAW_NAME_MAX = 1000;
/** Media types are short ('application/vnd.openxmlformats-…' is the longest common one). */
const TYPE_MAX = 200;
const SHA256_RE = /^[0-9a-f]{64}$/;

export const evidenceFileSchema = record({
	id: id(),
	assessmentId: id(),
	ownerKind: oneOf(['evidence', 'vendor', 'check'] as const),
	ownerId: id(),
	name: v.pipe(
		text(RAW_NAME_MAX),
		v.transform((name) => safeFileName(name))
	),
	type: text(TYPE_MAX),
	declaredType: text(TYPE_MAX),
	size: num(0, MAX_EVIDENCE_FILE_BYTES, true),
	sha256: v.pipe(
		v.string('expected a SHA-256 fingerprint'),
		v.regex(SHA256_RE, 'expected a SHA-256 fingerprint of 64 lower-case hex digits')
	),
	addedAt: timestamp(),
	addedBy: text(200),
	replaces: orNull(id()),
	replacedBy: orNull(id()),
	updatedAt: timestamp()
});

type Out = v.InferOutput<typeof evidenceFileSchema>;
type IsTrue<T extends true> = T;
type SameKeys<A, B> = [keyof A] extends [keyof B]
	? [keyof B] extends [keyof A]
		? true
		: false
	: false;
type Valid<A, B> = [A] extends [B] ? SameKeys<A, B> : false;
/** Compile-time guard: a field added to EvidenceFile fails here until the schema knows it. */
export type FileSchemaMatchesType = IsTrue<Valid<Out, EvidenceFile>>;
