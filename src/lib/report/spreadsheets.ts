/**
 * Spreadsheet exports offered on the Report page: the controls register and the remediation
 * plan, as CSV through the shared writer (UTF-8 with a byte-order mark, formulas neutralised).
 * The row builders feed the XLSX versions too, so both files have the same columns. The vendor
 * export is `vendorsToCsv` in $lib/files/vendor-csv-export. Pure.
 */
import type { Evaluation } from '$lib/domain/scoring/evaluate';
import { formatScore } from '$lib/domain/format';
import { gapTextsOf } from '$lib/domain/scoring/evaluate';
import { PRIORITY_LABEL } from '$lib/domain/scoring/priority';
import type { ScheduledTask } from '$lib/domain/planning/schedule';
import {
	CONTROL_STATUS_LABEL,
	type EvidenceItem,
	type PlanGap,
	type ReportType,
	type TaskStatus
} from '$lib/domain/types';
import { exportColumns, toCsv, type CsvColumn, type ExportOptions } from '$lib/files/csv';
import type { PlanProjection } from './plan';

export interface ControlRow {
	id: string;
	e: Evaluation;
	evidence: readonly EvidenceItem[];
	type: ReportType;
}

const EVIDENCE_FOR: Record<EvidenceItem['reportType'], string> = {
	type1: 'Type I',
	type2: 'Type II',
	both: 'Type I and II'
};

/** Columns of the controls export, in order. */
export const CONTROL_CSV_COLUMNS: readonly CsvColumn<ControlRow>[] = [
	{ header: 'Control', value: (r) => r.id },
	{ header: 'Title', value: (r) => r.e.controlsById.get(r.id)?.title },
	{ header: 'Key control', value: (r) => r.e.controlsById.get(r.id)?.key ?? false },
	{
		header: 'Status',
		value: (r) => CONTROL_STATUS_LABEL[r.e.statesById.get(r.id)?.status ?? 'not_assessed']
	},
	{ header: 'Owner', value: (r) => r.e.statesById.get(r.id)?.ownerName },
	{
		header: 'Department',
		value: (r) =>
			r.e.statesById.get(r.id)?.ownerDepartment ?? r.e.controlsById.get(r.id)?.department
	},
	{ header: 'Due date', value: (r) => r.e.statesById.get(r.id)?.dueDate },
	{ header: 'Last performed', value: (r) => r.e.statesById.get(r.id)?.lastPerformed },
	{ header: 'Frequency', value: (r) => r.e.controlsById.get(r.id)?.frequency },
	{ header: 'In place since', value: (r) => r.e.statesById.get(r.id)?.inPlaceSince ?? null },
	{
		header: 'Periodic activities (last done)',
		value: (r) => {
			const dates = r.e.statesById.get(r.id)?.activityDates ?? {};
			return (r.e.controlsById.get(r.id)?.activities ?? [])
				.map(
					(a) =>
						`${a.title} (${a.frequency}): ${[...(dates[a.id] ?? [])].sort().at(-1) ?? 'not recorded'}`
				)
				.join('; ');
		}
	},
	{ header: 'Criteria', value: (r) => r.e.controlsById.get(r.id)?.criteria.join(', ') },
	{ header: 'Evidence items', value: (r) => r.evidence.length },
	{
		header: 'Evidence',
		value: (r) =>
			r.evidence
				.map(
					(ev) =>
						`${ev.title} (${EVIDENCE_FOR[ev.reportType]})${ev.location.trim() ? `: ${ev.location.trim()}` : ''}`
				)
				.join('; ')
	},
	{
		header: 'Evidence collected',
		value: (r) =>
			r.evidence
				.map((ev) => ev.collectedAt)
				.filter((d): d is string => d !== null)
				.sort()
				.join('; ')
	},
	{ header: 'Type I credit', value: (r) => credit(r, 'type1') },
	{ header: 'Type II credit', value: (r) => credit(r, 'type2') },
	{
		header: 'Gaps',
		value: (r) => gapTextsOf(r.e, r.id, r.type).join('; ')
	},
	{ header: 'Not applicable rationale', value: (r) => r.e.statesById.get(r.id)?.naRationale },
	{ header: 'Notes', value: (r) => r.e.statesById.get(r.id)?.notes, internal: true }
];

function credit(r: ControlRow, type: ReportType): string {
	const s = r.e.score.byId.get(r.id);
	return s ? formatScore(s.credit[type]) : 'Not scored';
}

/** Rows of the controls export: every control that applies after scoping, in catalog order. */
export function controlRows(
	e: Evaluation,
	evidence: readonly EvidenceItem[],
	type: ReportType
): ControlRow[] {
	const byControl = new Map<string, EvidenceItem[]>();
	for (const ev of evidence)
		byControl.set(ev.controlId, [...(byControl.get(ev.controlId) ?? []), ev]);
	return e.scope.applicableControlIds.map((id) => ({
		id,
		e,
		evidence: byControl.get(id) ?? [],
		type
	}));
}

/** Every control that applies after scoping, in catalog order, with its state and evidence. */
export function controlsToCsv(
	e: Evaluation,
	evidence: readonly EvidenceItem[],
	type: ReportType,
	opts: ExportOptions = {}
): string {
	return toCsv(exportColumns(CONTROL_CSV_COLUMNS, opts), controlRows(e, evidence, type));
}

const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
	todo: 'To do',
	doing: 'Doing',
	done: 'Done'
};

export interface PlanRow {
	task: PlanProjection['tasks'][number];
	gap: PlanGap | undefined;
	scheduled: ScheduledTask | undefined;
}

/** Columns of the remediation plan export, in order. */
export const PLAN_CSV_COLUMNS: readonly CsvColumn<PlanRow>[] = [
	{ header: 'Task', value: (r) => r.task.title },
	{
		header: 'Status',
		value: (r) => (r.task.resolved ? 'Resolved' : TASK_STATUS_LABEL[r.task.status])
	},
	{ header: 'Priority', value: (r) => (r.gap ? PRIORITY_LABEL[r.gap.priority] : '') },
	{ header: 'Why', value: (r) => r.gap?.priorityReason },
	{ header: 'Owner', value: (r) => r.task.ownerName },
	{ header: 'Department', value: (r) => r.task.ownerDepartment },
	{ header: 'Effort (person-days)', value: (r) => r.task.effortDays },
	{ header: 'Controls', value: (r) => r.task.controlIds.join(', ') },
	{ header: 'Criteria', value: (r) => r.gap?.criteria.join(', ') },
	{ header: 'Start date', value: (r) => r.task.startDate },
	{ header: 'Due date', value: (r) => r.task.dueDate },
	{ header: 'Projected start', value: (r) => r.scheduled?.start },
	{ header: 'Projected finish', value: (r) => r.scheduled?.end },
	{ header: 'Projected late', value: (r) => (r.scheduled ? r.scheduled.late : '') },
	{ header: 'Notes', value: (r) => r.task.notes, internal: true }
];

/**
 * The remediation plan: open tasks in the order they are worked on, then done and resolved ones
 * by title. With no saved plan, the tasks projected from the gaps.
 */
export function planToCsv(
	plan: PlanProjection,
	gaps: readonly PlanGap[],
	opts: ExportOptions = {}
): string {
	return toCsv(exportColumns(PLAN_CSV_COLUMNS, opts), planRows(plan, gaps));
}

/** Rows of the remediation plan export, in the order `planToCsv` writes them. */
export function planRows(plan: PlanProjection, gaps: readonly PlanGap[]): PlanRow[] {
	const gapByKey = new Map(gaps.map((g) => [g.gapKey, g]));
	const order = plan.schedule?.ok ? plan.schedule.tasks : [];
	const scheduled = new Map(order.map((s, i) => [s.taskId, { s, i }]));
	return [...plan.tasks]
		.sort((a, b) => {
			const ia = scheduled.get(a.id)?.i ?? Infinity;
			const ib = scheduled.get(b.id)?.i ?? Infinity;
			return ia !== ib ? ia - ib : a.title.localeCompare(b.title, 'en');
		})
		.map((task) => ({
			task,
			gap: task.gapKey === null ? undefined : gapByKey.get(task.gapKey),
			scheduled: scheduled.get(task.id)?.s
		}));
}
