/**
 * Bringing an assessment's work from the catalog it was made with to the app's. The one set of
 * rules, used both when an assessment is opened and when a backup is imported:
 * - a renamed control's state, evidence, tasks and vendor CUECs follow it to its new id;
 * - a retired control's work is kept under its old id (no longer scored, never deleted);
 * - controls merged into one: a control that continues keeps its own state, a new control takes
 *   the most recently edited of the merged states, and every other state is kept under its old
 *   id like a retired control's; evidence and tasks of all of them follow to the merged control.
 * Nothing is lost either way. Snapshots are history and keep the catalog they were taken with.
 */
import type { CatalogMigration } from '$lib/catalog/types';
import type { ControlState, EvidenceItem, RemediationTask, Template, Vendor } from '../types';

/** What a catalog release says about control ids: renamed (or merged) to a new id, or retired. */
export interface MigrationCatalog {
	version: string;
	migrations: readonly CatalogMigration[];
}

/** Orders 'YYYY.N' catalog versions numerically ('2026.10' is after '2026.9'). */
export function compareCatalogVersions(a: string, b: string): number {
	const [ay = 0, an = 0] = a.split('.').map(Number);
	const [by = 0, bn = 0] = b.split('.').map(Number);
	return ay !== by ? ay - by : an - bn;
}

/** Every control id any migration renames or retires: ids an older file may legitimately hold. */
export function migratedControlIds(migrations: readonly CatalogMigration[]): Set<string> {
	return new Set(migrations.flatMap((m) => Object.keys(m.controls)));
}

/**
 * old id -> new id (null when retired), composed over the releases after `from` up to `to`, in
 * version order (a release with nothing to rename needs no entry).
 */
export function controlIdMap(
	migrations: readonly CatalogMigration[],
	from: string,
	to: string
): Map<string, string | null> {
	const steps = migrations
		.filter(
			(m) => compareCatalogVersions(m.from, from) >= 0 && compareCatalogVersions(m.to, to) <= 0
		)
		.sort((a, b) => compareCatalogVersions(a.from, b.from));
	const map = new Map<string, string | null>();
	for (const step of steps) {
		// Earlier renames whose target this step renames again follow it.
		for (const [oldId, mapped] of map) {
			if (mapped !== null && Object.hasOwn(step.controls, mapped))
				map.set(oldId, step.controls[mapped] ?? null);
		}
		for (const [oldId, next] of Object.entries(step.controls)) {
			if (!map.has(oldId)) map.set(oldId, next);
		}
	}
	return map;
}

/** The work a catalog migration moves. */
export interface CatalogWork {
	controls: readonly ControlState[];
	evidence: readonly EvidenceItem[];
	tasks: readonly RemediationTask[];
	vendors: readonly Vendor[];
	/** Where the interview was; dropped when its control is retired. */
	interviewControlId?: string;
}

/** What a migration did to one assessment's work, in words a preview can list. */
export interface CatalogChanges {
	from: string;
	to: string;
	/** Controls with work that moved to a new id. */
	renamed: Array<{ from: string; to: string }>;
	/** Controls with work merged into one; `kept` is whose state the merged control has. */
	merged: Array<{ into: string; from: string[]; kept: string }>;
	/** Controls with work that are no longer in the catalog: the work stays, unscored. */
	retired: string[];
}

export interface MigratedWork<T extends CatalogWork> {
	work: T;
	changes: CatalogChanges;
}

const GAP_PREFIXES = ['control:', 'evidence:', 'recurring:'];

/**
 * Moves control states; reports renames and merges of ids that held a state. Every row starts
 * under its own id; the latest row of each group moves to the group's new id only when no row is
 * there, so keys stay unique and no state is dropped, whatever the migration says.
 */
function migrateStates(
	rows: readonly ControlState[],
	map: ReadonlyMap<string, string | null>,
	changes: CatalogChanges
): ControlState[] {
	const placed = new Map(rows.map((r) => [r.controlId, r]));
	const groups = new Map<string, ControlState[]>();
	for (const row of rows) {
		const to = map.get(row.controlId);
		if (to) groups.set(to, [...(groups.get(to) ?? []), row]);
	}
	for (const [to, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const from = group.map((r) => r.controlId).sort();
		if (placed.has(to)) {
			changes.merged.push({ into: to, from, kept: to });
			continue;
		}
		const latest = group.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
		placed.delete(latest.controlId);
		placed.set(to, { ...latest, controlId: to });
		if (group.length === 1) changes.renamed.push({ from: latest.controlId, to });
		else changes.merged.push({ into: to, from, kept: latest.controlId });
	}
	return [...placed.values()];
}

/**
 * Brings `work` from catalog `fromVersion` to `catalog.version`. Null when there is nothing to do
 * (already current, or made with a newer catalog: never migrated backwards).
 */
export function migrateWork<T extends CatalogWork>(
	work: T,
	fromVersion: string,
	catalog: MigrationCatalog
): MigratedWork<T> | null {
	if (compareCatalogVersions(fromVersion, catalog.version) >= 0) return null;
	const map = controlIdMap(catalog.migrations, fromVersion, catalog.version);
	const changes: CatalogChanges = {
		from: fromVersion,
		to: catalog.version,
		renamed: [],
		merged: [],
		retired: []
	};
	const rename = (id: string) => map.get(id) ?? id;
	const controls = migrateStates(work.controls, map, changes);
	const touched = new Set<string>([
		...work.controls.map((c) => c.controlId),
		...work.evidence.map((e) => e.controlId),
		...work.tasks.flatMap((t) => t.controlIds),
		...work.vendors.flatMap((v) => v.assurance.soc2?.cuecs.flatMap((c) => c.controlId ?? []) ?? [])
	]);
	const reported = new Set([
		...changes.renamed.map((r) => r.from),
		...changes.merged.flatMap((m) => m.from)
	]);
	for (const [from, to] of map) {
		if (!touched.has(from) || reported.has(from)) continue;
		if (to === null) changes.retired.push(from);
		else changes.renamed.push({ from, to });
	}
	changes.retired.sort();
	changes.renamed.sort((a, b) => (a.from < b.from ? -1 : 1));
	changes.merged.sort((a, b) => (a.into < b.into ? -1 : 1));
	const tasks = work.tasks.map((t) => {
		const prefix = GAP_PREFIXES.find((p) => t.gapKey?.startsWith(p));
		// A retired control's gap keeps its key: regenerating the plan marks the task resolved.
		const gapKey =
			t.gapKey !== null && prefix ? `${prefix}${rename(t.gapKey.slice(prefix.length))}` : t.gapKey;
		return { ...t, controlIds: [...new Set(t.controlIds.map(rename))], gapKey };
	});
	const vendors = work.vendors.map((v) => {
		const soc2 = v.assurance.soc2;
		if (!soc2) return v;
		const cuecs = soc2.cuecs.map((c) => ({
			...c,
			controlId: c.controlId === null ? null : rename(c.controlId)
		}));
		return { ...v, assurance: { ...v.assurance, soc2: { ...soc2, cuecs } } };
	});
	const migrated: T = {
		...work,
		controls,
		evidence: work.evidence.map((e) => ({ ...e, controlId: rename(e.controlId) })),
		tasks,
		vendors
	};
	if (work.interviewControlId !== undefined) {
		const at = map.get(work.interviewControlId);
		if (at === null) delete migrated.interviewControlId;
		else if (at !== undefined) migrated.interviewControlId = at;
	}
	return { work: migrated, changes };
}

/**
 * A template's control notes under the app's catalog, by the same rules: renamed notes follow,
 * retired ones stay under their old id, and where notes meet, a continuing control keeps its own.
 */
export function migrateTemplate(template: Template, catalog: MigrationCatalog): Template {
	if (compareCatalogVersions(template.catalogVersion, catalog.version) >= 0) return template;
	const map = controlIdMap(catalog.migrations, template.catalogVersion, catalog.version);
	const entries = Object.entries(template.notes);
	const taken = new Set(entries.filter(([id]) => !map.has(id)).map(([id]) => id));
	const notes: Record<string, string> = {};
	for (const [controlId, note] of entries) {
		const to = map.get(controlId);
		const id = to && !taken.has(to) ? to : controlId;
		if (to && id === to) taken.add(to);
		// defineProperty: ids come from a file, and '__proto__' must stay an ordinary key.
		Object.defineProperty(notes, id, { value: note, enumerable: true, writable: true });
	}
	return { ...template, catalogVersion: catalog.version, notes };
}

/** True when the changes hold anything worth telling the user. */
export function hasCatalogChanges(c: CatalogChanges): boolean {
	return c.renamed.length + c.merged.length + c.retired.length > 0;
}
