/**
 * The Timeline's Gantt chart as a ChartSpec (pure): choosing the auditor and the readiness review,
 * one bar per open task in the order they are worked on (the first GANTT_ROW_LIMIT), then the
 * observation window, fieldwork and the auditor's writing time, with markers on the audit-ready
 * and report dates. Also the same rows as a table, for
 * screen readers.
 */
import type { GanttSpec } from '$lib/charts/spec';
import { daysBetween, formatDate } from '$lib/domain/dates';
import type { ScheduleResult } from '$lib/domain/planning/schedule';
import type { ObservationMonths, ReportType } from '$lib/domain/types';

/** More bars than this no longer fit a readable chart; the table below lists every task. */
export const GANTT_ROW_LIMIT = 30;
/** Longest task label on the chart's axis; the full title is in the tables. */
export const GANTT_LABEL_CHARS = 34;
/** On a phone the axis has room for far less. */
export const COMPACT_LABEL_CHARS = 16;
/**
 * Marker labels are drawn side by side at the top of the chart; closer than this share of the
 * timeline, the report's label would print over the audit-ready one, so it is left off (the
 * "Auditor writes the report" bar ends on that line anyway).
 */
const MARKER_GAP = { wide: 0.18, compact: 0.45 };

export type ScheduledPlan = Extract<ScheduleResult, { ok: true }>;

export interface GanttInput {
	schedule: ScheduledPlan;
	/** Title of a task by id. */
	titleOf: (taskId: string) => string;
	reportType: ReportType;
	observationMonths: ObservationMonths;
	limit?: number;
	/** Short labels for a narrow screen: the verb before the colon is dropped. */
	compact?: boolean;
}

export interface GanttView {
	spec: GanttSpec;
	/** Open tasks drawn, and open tasks in all. */
	shown: number;
	total: number;
	/** One sentence for screen readers. */
	summary: string;
	table: { columns: string[]; rows: string[][] };
}

/** Shortens a label to `max` characters, ending with an ellipsis when cut. */
export function shortLabel(text: string, max = GANTT_LABEL_CHARS): string {
	const t = text.replace(/\s+/g, ' ').trim();
	const chars = [...t];
	return chars.length <= max
		? t
		: `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}

/** 'Implement: Single sign-on' -> 'Single sign-on', for labels where every character counts. */
export function withoutVerb(title: string): string {
	const m = /^[^:]{1,30}:\s+(.+)$/.exec(title.trim());
	return m?.[1] ?? title;
}

/** Builds the chart, its summary and its table from a successful schedule. */
export function ganttView(input: GanttInput): GanttView {
	const { schedule: s, reportType } = input;
	const limit = Math.max(0, input.limit ?? GANTT_ROW_LIMIT);
	const origin = s.startDate;
	const day = (date: string) => daysBetween(origin, date);
	const shown = s.tasks.slice(0, limit);
	const compact = input.compact ?? false;
	const label = (title: string) =>
		compact ? shortLabel(withoutVerb(title), COMPACT_LABEL_CHARS) : shortLabel(title);
	const rows: GanttSpec['rows'] = shown.map((t) => ({
		label: label(input.titleOf(t.taskId)),
		start: day(t.start),
		end: day(t.end),
		color: t.late ? 'bad' : 'accent'
	}));
	const tableRows = shown.map((t) => [
		input.titleOf(t.taskId),
		formatDate(t.start),
		formatDate(t.end) + (t.late ? ' (after its due date)' : '')
	]);
	// The steps around remediation, from the roadmap: the auditor and readiness review before
	// the tasks, the window, fieldwork and the auditor's writing after them.
	const step = (id: string) => s.milestones.find((m) => m.id === id);
	const before: GanttSpec['rows'] = [];
	const beforeRows: string[][] = [];
	for (const id of ['auditor', 'readiness'] as const) {
		const m = step(id);
		if (!m || m.start === m.end) continue;
		before.push({ label: m.label, start: day(m.start), end: day(m.end) - 1, color: 'planned' });
		beforeRows.push([m.label, formatDate(m.start), formatDate(m.end)]);
	}
	rows.unshift(...before);
	tableRows.unshift(...beforeRows);
	const win = step('window');
	if (reportType === 'type2' && win) {
		const name = `Observation window (${input.observationMonths} months)`;
		rows.push({
			label: compact ? 'Observation' : name,
			start: day(win.start),
			end: day(win.end),
			color: 'info'
		});
		tableRows.push([name, formatDate(win.start), formatDate(win.end)]);
	}
	const fieldwork = step('fieldwork');
	if (fieldwork && fieldwork.start !== fieldwork.end) {
		rows.push({
			label: compact ? 'Fieldwork' : fieldwork.label,
			start: day(fieldwork.start),
			end: day(fieldwork.end),
			color: 'planned'
		});
		tableRows.push([fieldwork.label, formatDate(fieldwork.start), formatDate(fieldwork.end)]);
	}
	const writeFrom = fieldwork?.end ?? s.observationEnd ?? s.auditReadyDate;
	const writing = 'Auditor writes the report';
	rows.push({
		label: compact ? 'Report writing' : writing,
		start: day(writeFrom),
		end: day(s.earliestReportDate),
		color: 'planned'
	});
	tableRows.push([writing, formatDate(writeFrom), formatDate(s.earliestReportDate)]);

	const ready = day(s.auditReadyDate);
	const report = day(s.earliestReportDate);
	const apart = (report - ready) / Math.max(1, report) >= MARKER_GAP[compact ? 'compact' : 'wide'];
	const more = s.tasks.length > shown.length ? `, the first ${shown.length} drawn` : '';
	const summary = `${s.tasks.length} open task${s.tasks.length === 1 ? '' : 's'}${more}; audit-ready on ${formatDate(s.auditReadyDate)}; report in hand by ${formatDate(s.earliestReportDate)}.`;
	return {
		spec: {
			kind: 'gantt',
			origin,
			rows,
			markers: [
				{ label: 'Audit-ready', day: ready, color: 'ok' },
				{ label: apart ? 'Report' : '', day: report, color: 'planned' }
			]
		},
		shown: shown.length,
		total: s.tasks.length,
		summary,
		table: { columns: ['Task or stage', 'Starts', 'Ends'], rows: tableRows }
	};
}
