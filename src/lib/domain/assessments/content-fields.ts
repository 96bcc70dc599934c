/**
 * Content fields added after the first release. Data written before a field existed (a snapshot
 * in the database, an assessment in an older backup) gets an empty list for it, so everything
 * reading content can rely on every field being there. Called by the schema upgrade (snapshots)
 * and by the backup format upgrade; pure, safe to run twice.
 */
import { CONTENT_FIELDS } from './aggregate';

/** A copy of `content` with an empty list for each content field it lacks (non-objects as given). */
export function withAllContentFields<T>(content: T): T {
	if (typeof content !== 'object' || content === null || Array.isArray(content)) return content;
	const missing = CONTENT_FIELDS.filter((f) => !Object.hasOwn(content, f));
	if (missing.length === 0) return content;
	const out: Record<string, unknown> = { ...(content as Record<string, unknown>) };
	for (const field of missing) out[field] = [];
	return out as T;
}
