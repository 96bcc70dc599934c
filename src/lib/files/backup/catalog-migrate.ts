/**
 * Catalog versions in backups. A bundle or assessment made with a newer catalog than this app's
 * is refused (its controls may mean things this app does not know). One made with an older
 * catalog goes through `catalog.migrations`: renamed control ids follow the rename, removed
 * controls lose their state and evidence. Snapshots stay as they were: they are history and
 * record their own catalog version.
 */
import type { CatalogMigration } from '$lib/catalog/types';
import type {
	ControlState,
	EvidenceItem,
	RemediationTask,
	Template,
	Vendor
} from '$lib/domain/types';
import { BackupError } from './errors';
import type { BackupAssessment, BackupBundle } from './format';

/** Orders 'YYYY.N' catalog versions numerically ('2026.10' is after '2026.9'). */
export function compareCatalogVersions(a: string, b: string): number {
	const [ay = 0, an = 0] = a.split('.').map(Number);
	const [by = 0, bn = 0] = b.split('.').map(Number);
	return ay !== by ? ay - by : an - bn;
}

function newer(path: string, version: string, appVersion: string): BackupError {
	return new BackupError(
		'newer-catalog',
		`${path}: made with control catalog ${version}, newer than this app's (${appVersion}). Update the app, then import the file again.`
	);
}

/** Refuses a bundle, assessment or template whose catalog is newer than the app's. */
export function checkCatalogVersions(bundle: BackupBundle, appCatalogVersion: string): void {
	if (compareCatalogVersions(bundle.catalogVersion, appCatalogVersion) > 0)
		throw newer('catalogVersion', bundle.catalogVersion, appCatalogVersion);
	bundle.assessments.forEach((a, i) => {
		const version = a.assessment.catalogVersion;
		if (compareCatalogVersions(version, appCatalogVersion) > 0)
			throw newer(`assessments[${i}].assessment.catalogVersion`, version, appCatalogVersion);
	});
	bundle.templates.forEach((t, i) => {
		if (compareCatalogVersions(t.catalogVersion, appCatalogVersion) > 0)
			throw newer(`templates[${i}].catalogVersion`, t.catalogVersion, appCatalogVersion);
	});
}

/** Every control id any migration renames or removes: ids an older file may legitimately hold. */
export function migratedControlIds(migrations: readonly CatalogMigration[]): Set<string> {
	return new Set(migrations.flatMap((m) => Object.keys(m.controls)));
}

/** old id -> new id (or null when removed), composed over the migrations from `from` to `to`. */
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

type Rename = (controlId: string) => string | null;

function renamer(map: Map<string, string | null>): Rename {
	return (controlId) => (map.has(controlId) ? (map.get(controlId) ?? null) : controlId);
}

function migrateControls(rows: readonly ControlState[], rename: Rename): ControlState[] {
	const seen = new Set<string>();
	const out: ControlState[] = [];
	for (const row of rows) {
		const controlId = rename(row.controlId);
		// Two old controls merged into one: the first keeps its state.
		if (controlId === null || seen.has(controlId)) continue;
		seen.add(controlId);
		out.push({ ...row, controlId });
	}
	return out;
}

function migrateEvidence(rows: readonly EvidenceItem[], rename: Rename): EvidenceItem[] {
	return rows.flatMap((row) => {
		const controlId = rename(row.controlId);
		return controlId === null ? [] : [{ ...row, controlId }];
	});
}

const GAP_PREFIXES = ['control:', 'evidence:', 'recurring:'];

function migrateTask(task: RemediationTask, rename: Rename): RemediationTask {
	const controlIds = task.controlIds.flatMap((id) => rename(id) ?? []);
	let gapKey = task.gapKey;
	const prefix = GAP_PREFIXES.find((p) => gapKey?.startsWith(p));
	if (gapKey !== null && prefix) {
		// A removed control's gap keeps its key: regenerating the plan marks the task resolved.
		gapKey = `${prefix}${rename(gapKey.slice(prefix.length)) ?? gapKey.slice(prefix.length)}`;
	}
	return { ...task, controlIds: [...new Set(controlIds)], gapKey };
}

function migrateVendor(vendor: Vendor, rename: Rename): Vendor {
	const soc2 = vendor.assurance.soc2;
	if (!soc2) return vendor;
	const cuecs = soc2.cuecs.map((c) => ({
		...c,
		controlId: c.controlId === null ? null : rename(c.controlId)
	}));
	return { ...vendor, assurance: { ...vendor.assurance, soc2: { ...soc2, cuecs } } };
}

function migrateAssessment(
	item: BackupAssessment,
	migrations: readonly CatalogMigration[],
	to: string
): BackupAssessment {
	const from = item.assessment.catalogVersion;
	if (from === to) return item;
	const rename = renamer(controlIdMap(migrations, from, to));
	const progress = { ...item.assessment.progress };
	if (progress.interviewControlId !== undefined) {
		const next = rename(progress.interviewControlId);
		if (next === null) delete progress.interviewControlId;
		else progress.interviewControlId = next;
	}
	return {
		...item,
		assessment: { ...item.assessment, catalogVersion: to, progress },
		controls: migrateControls(item.controls, rename),
		evidence: migrateEvidence(item.evidence, rename),
		tasks: item.tasks.map((t) => migrateTask(t, rename)),
		vendors: item.vendors.map((v) => migrateVendor(v, rename))
	};
}

function migrateTemplate(
	template: Template,
	migrations: readonly CatalogMigration[],
	to: string
): Template {
	if (template.catalogVersion === to) return template;
	const rename = renamer(controlIdMap(migrations, template.catalogVersion, to));
	const notes: Record<string, string> = {};
	for (const [controlId, note] of Object.entries(template.notes)) {
		const next = rename(controlId);
		if (next !== null && !Object.hasOwn(notes, next))
			Object.defineProperty(notes, next, { value: note, enumerable: true, writable: true });
	}
	return { ...template, catalogVersion: to, notes };
}

/** Brings every assessment and template made with an older catalog to catalog `to`. */
export function migrateCatalog(
	bundle: BackupBundle,
	migrations: readonly CatalogMigration[],
	to: string
): BackupBundle {
	return {
		...bundle,
		assessments: bundle.assessments.map((a) => migrateAssessment(a, migrations, to)),
		templates: bundle.templates.map((t) => migrateTemplate(t, migrations, to))
	};
}
