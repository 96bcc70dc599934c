/**
 * Snapshots: a named, dated, frozen copy of everything an assessment owns, kept so progress can
 * be compared later (see comparison.ts). Pure: ids and the clock are passed in.
 */
import { vendorProgramme } from '../vendors/index';
import type { Catalog } from '$lib/catalog';
import { formatDate, toDateString } from '../dates';
import { suffixedName, validateRecordName, type NameCheck } from '../record-names';
import type { ProgrammeItem } from '../scoring/scoring';
import type { AssessmentData, FrozenAssessment, Snapshot } from '../types';

export type SnapshotResult =
	{ ok: true; snapshot: Snapshot } | { ok: false; error: string; suggestion: string | null };

/** One side of a comparison: a snapshot or the assessment as it is now. */
export interface ComparisonSide {
	/** Shown to the user, e.g. the snapshot's name or "Now". */
	label: string;
	/** 'YYYY-MM-DD': recurring controls are judged as of this date. */
	date: string;
	data: AssessmentData;
	/** Catalog version the data was made with. */
	catalogVersion: string;
	/**
	 * The catalog this side was made with, when the app still has it. Without it, the catalog
	 * passed to the comparison stands in.
	 */
	catalog?: Catalog;
	/** Extra scored items such as the vendor programme, as of `date`. */
	programmes?: readonly ProgrammeItem[];
}

/**
 * Checks a snapshot name against the names of the assessment's other snapshots. A duplicate
 * (ignoring case and spacing) is refused with a message and a suffixed `suggestion` such as
 * "Q1 baseline (2)"; nothing is renamed silently.
 */
export function validateSnapshotName(name: string, existingNames: readonly string[]): NameCheck {
	return validateRecordName('snapshot', name, existingNames);
}

/** A default name for a new snapshot, e.g. "Snapshot 5 Mar 2027", unique among existing ones. */
export function defaultSnapshotName(now: Date, existingNames: readonly string[]): string {
	const name = `Snapshot ${formatDate(toDateString(now))}`;
	const taken = new Set(existingNames.map((n) => n.toLowerCase()));
	return taken.has(name.toLowerCase()) ? suffixedName(name, existingNames) : name;
}

/**
 * Freezes an assessment's data (in its one-record form: see `freeze`) under a name. The copy is deep, so later edits to the assessment
 * never reach the snapshot. An assessment with nothing recorded yet can be snapshotted (it scores
 * zero, a useful baseline). Refuses an empty, too long or already used name; see
 * `validateSnapshotName` for duplicates.
 */
export function takeSnapshot(
	data: FrozenAssessment,
	name: string,
	id: string,
	now: Date,
	catalogVersion: string,
	existingNames: readonly string[]
): SnapshotResult {
	const check = validateSnapshotName(name, existingNames);
	if (!check.ok) return check;
	return {
		ok: true,
		snapshot: {
			id,
			assessmentId: data.assessment.id,
			name: check.name,
			createdAt: now.toISOString(),
			catalogVersion,
			data: structuredClone(data)
		}
	};
}

/** The vendor programme as of a date, scored like the headline (see the assessment store). */
function programmeAt(data: AssessmentData, date: string) {
	return vendorProgramme(data.vendors, date, {
		privacyInScope: true,
		confidentialityInScope: true
	});
}

/**
 * A snapshot as a comparison side, judged as of the day it was taken (UTC), with its vendor
 * programme as it stood then.
 */
export function snapshotSide(snapshot: Snapshot, catalog?: Catalog): ComparisonSide {
	const date = toDateString(new Date(snapshot.createdAt));
	return {
		label: snapshot.name,
		date,
		data: snapshot.data,
		catalogVersion: snapshot.catalogVersion,
		programmes: programmeAt(snapshot.data, date),
		...(catalog ? { catalog } : {})
	};
}

/**
 * The assessment as it is now, as a comparison side judged as of `today`; its scores match the
 * Overview's because the vendor programme is included the same way.
 */
export function currentSide(data: AssessmentData, today: string, label = 'Now'): ComparisonSide {
	return {
		label,
		date: today,
		data,
		catalogVersion: data.assessment.catalogVersion,
		programmes: programmeAt(data, today)
	};
}
