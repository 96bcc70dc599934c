/**
 * Whether this device may apply a replicated payload. A payload written by a newer app (a newer
 * database schema, catalog or payload format) may carry fields or ids this app would mangle, so it
 * is not applied at all: the device asks the person to update the app to keep syncing.
 */
import { SYNC_PAYLOAD_FORMAT } from './payload';

export interface LocalVersions {
	schemaVersion: number;
	catalogVersion: string;
}

export type ApplyVerdict = 'apply' | 'newer';

const VERSION_RE = /^\d+(\.\d+)*$/;

/**
 * Compares catalog versions such as '2026.3' numerically part by part ('2026.10' > '2026.9';
 * a missing part counts as 0, so '2026' = '2026.0'). Null when either is not such a version.
 */
export function compareVersions(a: string, b: string): number | null {
	if (!VERSION_RE.test(a) || !VERSION_RE.test(b)) return null;
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (diff !== 0) return Math.sign(diff);
	}
	return 0;
}

/**
 * 'apply' when the payload is no newer than this app in format, schema and catalog; otherwise
 * 'newer'. A catalog version this app cannot read counts as newer: refusing is safe, guessing is not.
 */
export function canApply(
	payload: { format: number; schemaVersion: number; catalogVersion: string },
	local: LocalVersions
): ApplyVerdict {
	if (!(payload.format <= SYNC_PAYLOAD_FORMAT)) return 'newer';
	if (!(payload.schemaVersion <= local.schemaVersion)) return 'newer';
	const catalog = compareVersions(payload.catalogVersion, local.catalogVersion);
	return catalog !== null && catalog <= 0 ? 'apply' : 'newer';
}
