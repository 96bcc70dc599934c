/**
 * The auditor's evidence request list: for the chosen report type, one row per applicable control
 * (the user's own Not applicable left out) and per evidence line the catalog expects, with what is
 * on file, whether it is current, who owes it and by when. Pure: `today` is passed in.
 *
 * Which lines: Type I lists the catalog's `evidenceTypeI` (design and implementation as of a
 * date). Type II lists `evidenceTypeI` as well as `evidenceTypeII`, because a Type II auditor
 * first confirms the design before sampling the operation across the window, and asks for both.
 * A control whose catalog lists no line for a part gets one generic line, so it is never missing
 * from the list.
 *
 * What counts as on file: evidence items are recorded per control, not per line, so every line of
 * a part shares the control's items. Design lines use items marked Type I or both; operation
 * lines use items marked Type II or both.
 *
 * Status of a row ('missing' | 'stale' | 'on_file'):
 * - missing: no relevant item on file;
 * - stale: no relevant item carries a date (nothing shows when it was true), or the newest date is
 *   too old. Too old, for a recurring control, is older than its interval allows (MAX_AGE_DAYS,
 *   the same limits scoring uses for overdue). For a continuous or per-event control it is older
 *   than STALE_AFTER_DAYS (365) on a design line; on a Type II operation line it is "no item
 *   dated inside the observation window" (today minus the assessment's observation months, as
 *   scoring computes `windowStart`). Evidence dated after today does not count as current;
 * - on_file otherwise.
 *
 * Due date: the control's own due date, else the earliest due date of an open plan task (not done,
 * not resolved) that covers the control, else none.
 */
import type { Control, Department } from '$lib/catalog/types';
import { addMonths, daysBetween } from '../dates';
import type { Evaluation } from '../scoring/evaluate';
import { DEFAULT_WINDOW_MONTHS, MAX_AGE_DAYS } from '../scoring/scoring';
import {
	DEPARTMENTS,
	type EvidenceItem,
	type EvidenceReportType,
	type RemediationTask,
	type ReportType
} from '../types';

export type RequestStatus = 'on_file' | 'stale' | 'missing';
/** Which part of the audit a line serves: design (Type I lists) or operation (Type II lists). */
export type RequestPart = 'design' | 'operation';

export const REQUEST_STATUS_LABEL: Record<RequestStatus, string> = {
	on_file: 'On file',
	stale: 'Stale',
	missing: 'Missing'
};

export const REQUEST_PART_LABEL: Record<RequestPart, string> = {
	design: 'Type I (design)',
	operation: 'Type II (operation)'
};

import { STALE_AFTER_DAYS } from './freshness';
/** Age limit for continuous and per-event controls on a design line (see ./freshness). */
export { STALE_AFTER_DAYS };

/** Used when the catalog lists no evidence for a part of a control. */
export const GENERIC_LINE: Record<RequestPart, string> = {
	design: 'Any record showing the control is designed and in place',
	operation: 'Any dated record showing the control operated during the period'
};

export interface RequestRow {
	controlId: string;
	title: string;
	key: boolean;
	ownerName: string;
	department: Department;
	part: RequestPart;
	/** The evidence the auditor will ask for, as the catalog words it. */
	expected: string;
	/** Titles of the relevant evidence items on file, newest first (undated last). */
	evidenceTitles: string[];
	/** The newest date among them, or null. */
	newestCollected: string | null;
	status: RequestStatus;
	/** Why the status, in words. */
	reason: string;
	dueDate: string | null;
	dueSource: 'control' | 'task' | null;
}

export interface RequestListInput {
	evaluation: Evaluation;
	evidence: readonly EvidenceItem[];
	tasks: readonly RemediationTask[];
	reportType: ReportType;
	/** 'YYYY-MM-DD' */
	today: string;
	/** Length of the Type II observation window; the scoring default when absent. */
	observationMonths?: number;
}

const USES: Record<RequestPart, readonly EvidenceReportType[]> = {
	design: ['type1', 'both'],
	operation: ['type2', 'both']
};

interface Freshness {
	status: RequestStatus;
	reason: string;
}

function freshness(
	ctl: Control,
	part: RequestPart,
	items: readonly EvidenceItem[],
	today: string,
	windowStart: string
): Freshness {
	if (items.length === 0) return { status: 'missing', reason: 'Nothing on file' };
	const dated = items.map((i) => i.collectedAt).filter((d): d is string => !!d);
	const newest = dated
		.filter((d) => d <= today)
		.sort()
		.at(-1);
	if (!newest)
		return {
			status: 'stale',
			reason: dated.length > 0 ? 'Dated after today' : 'No date recorded on the evidence'
		};
	const maxAge = MAX_AGE_DAYS[ctl.frequency];
	if (maxAge !== undefined) {
		const age = daysBetween(newest, today);
		return age > maxAge
			? {
					status: 'stale',
					reason: `Newest is ${age} days old; a ${ctl.frequency} control allows ${maxAge}`
				}
			: { status: 'on_file', reason: `Newest dated ${newest}` };
	}
	if (part === 'operation')
		return newest >= windowStart
			? { status: 'on_file', reason: `Dated inside the window (from ${windowStart})` }
			: { status: 'stale', reason: `Nothing dated inside the window (from ${windowStart})` };
	const age = daysBetween(newest, today);
	return age > STALE_AFTER_DAYS
		? { status: 'stale', reason: `Newest is ${age} days old; more than ${STALE_AFTER_DAYS}` }
		: { status: 'on_file', reason: `Newest dated ${newest}` };
}

function byNewest(a: EvidenceItem, b: EvidenceItem): number {
	if (a.collectedAt === b.collectedAt) return a.title.localeCompare(b.title, 'en');
	if (!a.collectedAt) return 1;
	if (!b.collectedAt) return -1;
	return a.collectedAt < b.collectedAt ? 1 : -1;
}

/**
 * The request list for `reportType`, in catalog order, design lines before operation lines.
 * See the module header for which lines are listed and how a row's status is decided.
 */
export function requestList(input: RequestListInput): RequestRow[] {
	const { evaluation: e, reportType, today } = input;
	const windowStart = addMonths(today, -(input.observationMonths ?? DEFAULT_WINDOW_MONTHS));
	const evidenceOf = new Map<string, EvidenceItem[]>();
	for (const ev of input.evidence)
		evidenceOf.set(ev.controlId, [...(evidenceOf.get(ev.controlId) ?? []), ev]);
	const taskDue = new Map<string, string>();
	for (const t of input.tasks) {
		if (t.resolved || t.status === 'done' || !t.dueDate) continue;
		for (const id of t.controlIds) {
			const known = taskDue.get(id);
			if (!known || t.dueDate < known) taskDue.set(id, t.dueDate);
		}
	}
	const parts: RequestPart[] = reportType === 'type1' ? ['design'] : ['design', 'operation'];
	const rows: RequestRow[] = [];
	for (const id of e.scope.applicableControlIds) {
		const ctl = e.controlsById.get(id);
		const state = e.statesById.get(id);
		if (!ctl || state?.status === 'not_applicable') continue;
		const due = state?.dueDate ?? taskDue.get(id) ?? null;
		const dueSource = state?.dueDate ? 'control' : due ? 'task' : null;
		for (const part of parts) {
			const items = (evidenceOf.get(id) ?? [])
				.filter((ev) => USES[part].includes(ev.reportType))
				.sort(byNewest);
			const f = freshness(ctl, part, items, today, windowStart);
			const listed = part === 'design' ? ctl.evidenceTypeI : ctl.evidenceTypeII;
			for (const expected of listed.length > 0 ? listed : [GENERIC_LINE[part]])
				rows.push({
					controlId: id,
					title: ctl.title,
					key: ctl.key,
					ownerName: state?.ownerName.trim() ?? '',
					department: state?.ownerDepartment ?? ctl.department,
					part,
					expected,
					evidenceTitles: items.map((i) => i.title),
					newestCollected:
						items.map((i) => i.collectedAt).find((d): d is string => d !== null) ?? null,
					status: f.status,
					reason: f.reason,
					dueDate: due,
					dueSource
				});
		}
	}
	return rows;
}

export interface RequestGroup {
	/** The department, or the owner's name ('' for rows nobody owns). */
	key: string;
	label: string;
	rows: RequestRow[];
	counts: Record<RequestStatus, number>;
}

export const NO_OWNER = 'No owner';

function group(
	rows: readonly RequestRow[],
	keyOf: (r: RequestRow) => string
): Map<string, RequestRow[]> {
	const out = new Map<string, RequestRow[]>();
	for (const r of rows) out.set(keyOf(r), [...(out.get(keyOf(r)) ?? []), r]);
	return out;
}

function toGroup(key: string, label: string, rows: RequestRow[]): RequestGroup {
	const counts: Record<RequestStatus, number> = { on_file: 0, stale: 0, missing: 0 };
	for (const r of rows) counts[r.status] += 1;
	return { key, label, rows, counts };
}

/** Rows by department, in the app's department order; rows keep their order within a group. */
export function groupByDepartment(rows: readonly RequestRow[]): RequestGroup[] {
	const groups = group(rows, (r) => r.department);
	const order = (d: string) => {
		const i = (DEPARTMENTS as readonly string[]).indexOf(d);
		return i === -1 ? DEPARTMENTS.length : i;
	};
	return [...groups.entries()]
		.sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b, 'en'))
		.map(([k, rs]) => toGroup(k, k, rs));
}

/**
 * Rows by owner name (as typed, compared ignoring case and surrounding spaces), alphabetically,
 * with the rows nobody owns last under "No owner".
 */
export function groupByOwner(rows: readonly RequestRow[]): RequestGroup[] {
	const groups = group(rows, (r) => r.ownerName.trim().toLocaleLowerCase('en'));
	return [...groups.entries()]
		.sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')))
		.map(([k, rs]) => toGroup(k, k === '' ? NO_OWNER : (rs[0]?.ownerName.trim() ?? k), rs));
}
