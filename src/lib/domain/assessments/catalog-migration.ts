/**
 * Bringing an assessment made with an older catalog up to the current one. A catalog release that
 * renames or removes controls lists the change in `catalog.migrations`; this applies every step
 * from the assessment's version onwards, so work recorded under an old id follows the control to
 * its new id. Work on a removed control is kept (it is simply no longer scored).
 */
import type { CatalogMigration } from '$lib/catalog/types';
import type { ControlState, EvidenceItem, RemediationTask } from '../types';

export interface MigratableData {
	controls: ControlState[];
	evidence: EvidenceItem[];
	tasks: RemediationTask[];
}

export interface MigrationOutcome<T extends MigratableData> {
	data: T;
	version: string;
	renamed: Array<{ from: string; to: string }>;
	removed: string[];
}

/** The steps to apply, in order, from `fromVersion` to `toVersion`; null when there is no path. */
export function migrationPath(
	migrations: readonly CatalogMigration[],
	fromVersion: string,
	toVersion: string
): CatalogMigration[] | null {
	const path: CatalogMigration[] = [];
	let v = fromVersion;
	const seen = new Set<string>();
	while (v !== toVersion) {
		if (seen.has(v)) return null;
		seen.add(v);
		const step = migrations.find((m) => m.from === v);
		if (!step) return null;
		path.push(step);
		v = step.to;
	}
	return path;
}

/** Applies the renames of every step to control states, evidence and tasks. */
export function migrateToCatalog<T extends MigratableData>(
	data: T,
	fromVersion: string,
	catalog: { version: string; migrations: readonly CatalogMigration[] }
): MigrationOutcome<T> {
	const path = migrationPath(catalog.migrations, fromVersion, catalog.version);
	// No known path (a version this app never shipped): leave everything as it is.
	if (!path) return { data, version: fromVersion, renamed: [], removed: [] };
	if (path.length === 0) return { data, version: catalog.version, renamed: [], removed: [] };
	// Compose the steps into one map: old id -> final id (or null when removed on the way).
	const final = new Map<string, string | null>();
	for (const step of path) {
		for (const [k, v] of final)
			if (v !== null && v in step.controls) final.set(k, step.controls[v] ?? null);
		for (const [from, to] of Object.entries(step.controls))
			if (!final.has(from)) final.set(from, to);
	}
	const rename = (id: string) => {
		const to = final.get(id);
		return to === undefined || to === null ? id : to;
	};
	const byNewId = new Map<string, ControlState>();
	for (const c of data.controls) {
		const id = rename(c.controlId);
		const moved = { ...c, controlId: id };
		const existing = byNewId.get(id);
		// Two old controls merged into one: keep the most recently edited state.
		if (!existing || existing.updatedAt < moved.updatedAt) byNewId.set(id, moved);
	}
	const renameKey = (key: string | null) => {
		if (!key) return key;
		const i = key.indexOf(':');
		return i < 0 ? key : `${key.slice(0, i)}:${rename(key.slice(i + 1))}`;
	};
	return {
		data: {
			...data,
			controls: [...byNewId.values()],
			evidence: data.evidence.map((e) => ({ ...e, controlId: rename(e.controlId) })),
			tasks: data.tasks.map((t) => ({
				...t,
				controlIds: t.controlIds.map(rename),
				gapKey: renameKey(t.gapKey)
			}))
		},
		version: catalog.version,
		renamed: [...final]
			.filter((e): e is [string, string] => e[1] !== null)
			.map(([from, to]) => ({ from, to })),
		removed: [...final].filter(([, to]) => to === null).map(([from]) => from)
	};
}
