/**
 * The full report's detail sections: every criterion's score, every gap with its recommended
 * remediation, and the remediation timeline.
 */
import { moneyRange } from '$lib/domain/planning/budget';
import { daysBetween, formatDate } from '$lib/domain/dates';
import { formatScore } from '$lib/domain/format';
import { PRIORITY_LABEL } from '$lib/domain/scoring/priority';
import { REPORT_TYPE_LABEL, type PlanGap } from '$lib/domain/types';
import type { GanttSpec } from '$lib/charts/spec';
import type { ReportContext } from './input';
import { cell, type Block, type Cell, type ChartKeyItem, type Section } from './model';
import { gapWhen } from './sections-summary';
import { ownerText, plural, scoreTone, shorten } from './text';

/** The timeline chart shows the first tasks in work order; the table lists them all. */
export const TIMELINE_CHART_ROWS = 25;

/** Every in-scope criterion with its score for the report type. */
export function criteriaSection(ctx: ReportContext): Section {
	const b = ctx.breakdown;
	const series = new Map(ctx.catalog.series.map((s) => [s.id, s.title]));
	const rows: Cell[][] = ctx.evaluation.scope.criteria.map((id) => {
		const c = ctx.criteriaById.get(id);
		const v = b.byCriterion[id];
		return [
			cell(id, undefined, true),
			cell(c?.title ?? id),
			cell(c ? (series.get(c.series) ?? c.series) : ''),
			cell(formatScore(v), scoreTone(v), true)
		];
	});
	return {
		id: 'criteria',
		title: 'Scores by criterion',
		newPage: true,
		blocks: [
			{
				kind: 'paragraph',
				text: `${plural(rows.length, 'criterion', 'criteria')} in scope, scored for ${REPORT_TYPE_LABEL[ctx.type]}. “Not covered” means no applicable control supports the criterion; it counts as a gap, never as 100%.`
			},
			{
				kind: 'table',
				columns: [
					{ header: 'Criterion', width: 1.1 },
					{ header: 'What it asks', width: 5 },
					{ header: 'Series', width: 2.2 },
					{ header: 'Readiness', width: 1.4, align: 'right' }
				],
				rows,
				empty: 'No criterion is in scope.'
			}
		]
	};
}

/** What to do about a gap: the control's guidance, evidence to collect, or the policy's purpose. */
export function remediation(ctx: ReportContext, gap: PlanGap): string {
	const [kind, id = ''] = gap.gapKey.split(/:(.*)/s);
	const ctl = ctx.evaluation.controlsById.get(gap.controlIds[0] ?? '');
	if (kind === 'control' && ctl) return shorten(ctl.guidance);
	if (kind === 'evidence' && ctl) {
		const list = ctx.type === 'type1' ? ctl.evidenceTypeI : ctl.evidenceTypeII;
		return shorten(`Collect and file: ${list.slice(0, 2).join('; ')}.`);
	}
	if (kind === 'recurring' && ctl)
		return `Perform the ${ctl.frequency} activity and record the date it was done, so the control shows it runs on schedule.`;
	if (kind === 'policy') {
		const policy = ctx.catalog.policies.find((p) => p.id === id);
		if (policy) return shorten(policy.purpose);
	}
	return shorten(`${gap.title}. ${gap.priorityReason}.`);
}

/** Every gap the plan tracks (controls, evidence, schedules, policies, vendors) with what to do. */
export function allGapsSection(ctx: ReportContext): Section {
	const rows: Cell[][] = ctx.planGaps.map((g) => {
		const task = ctx.taskByGap.get(g.gapKey);
		return [
			cell(g.title, undefined, true),
			cell(
				PRIORITY_LABEL[g.priority],
				g.priority === 'high' ? 'bad' : g.priority === 'medium' ? 'warn' : 'muted',
				true
			),
			cell(ownerText(task?.ownerName ?? g.ownerName, task?.ownerDepartment ?? g.ownerDepartment)),
			cell(gapWhen(ctx, [g.gapKey], g.dueDate)),
			cell(remediation(ctx, g))
		];
	});
	return {
		id: 'all-gaps',
		title: 'Every gap and how to close it',
		newPage: true,
		blocks: [
			{
				kind: 'paragraph',
				text: `${plural(rows.length, 'gap')} to close, most urgent first. The recommended remediation is a short form of the control’s guidance; the app holds the full text and the evidence an auditor expects.`
			},
			{
				kind: 'table',
				columns: [
					{ header: 'Gap', width: 3 },
					{ header: 'Priority', width: 1.1 },
					{ header: 'Owner', width: 1.8 },
					{ header: 'When', width: 1.8 },
					{ header: 'Recommended remediation', width: 5.5 }
				],
				rows,
				empty: 'No gaps: every applicable control, policy and vendor review is complete.'
			}
		]
	};
}

/**
 * The projected work as a Gantt chart: the first tasks in work order, then one bar for the rest,
 * so the chart always reaches the audit-ready date and its marker.
 */
export function timelineSpec(ctx: ReportContext): GanttSpec | null {
	const s = ctx.plan.schedule;
	if (!s?.ok || s.tasks.length === 0) return null;
	const titles = new Map(ctx.plan.tasks.map((t) => [t.id, t.title]));
	const origin = s.startDate;
	const day = (date: string) => daysBetween(origin, date);
	const many = s.tasks.length > TIMELINE_CHART_ROWS;
	const shown = many ? s.tasks.slice(0, TIMELINE_CHART_ROWS - 1) : s.tasks;
	const rows: GanttSpec['rows'] = shown.map((t) => ({
		label: titles.get(t.taskId) ?? t.taskId,
		start: day(t.start),
		end: day(t.end) + 1,
		color: t.late ? 'bad' : 'accent'
	}));
	const rest = s.tasks.slice(shown.length);
	if (rest.length > 0)
		rows.push({
			label: `The other ${rest.length} tasks`,
			start: Math.min(...rest.map((t) => day(t.start))),
			end: Math.max(...rest.map((t) => day(t.end))) + 1,
			color: rest.some((t) => t.late) ? 'bad' : 'muted'
		});
	return {
		kind: 'gantt',
		origin,
		rows,
		markers: [{ label: 'Audit-ready', day: day(s.auditReadyDate) + 1, color: 'ok' }]
	};
}

/** What the timeline's colours and marker mean: only the ones the chart shows. */
export function timelineKey(spec: GanttSpec): ChartKeyItem[] {
	const used = new Set(spec.rows.map((r) => r.color));
	const bars: ChartKeyItem[] = [
		{ label: 'Done by its due date, or has none', color: 'accent', mark: 'bar' },
		{ label: 'Projected to finish after its due date', color: 'bad', mark: 'bar' },
		{ label: 'Remaining tasks together, none late', color: 'muted', mark: 'bar' }
	];
	return [
		...bars.filter((k) => used.has(k.color)),
		...spec.markers
			.filter((m) => m.label)
			.map((m): ChartKeyItem => ({
				label: `${m.label} date (projected)`,
				color: m.color,
				mark: 'line'
			}))
	];
}

/** The remediation timeline: projected dates, a chart and the task table. */
export function timelineSection(ctx: ReportContext): Section {
	const s = ctx.plan.schedule;
	const blocks: Block[] = [];
	if (!s) blocks.push({ kind: 'paragraph', text: 'The plan could not be projected.' });
	else if (!s.ok) blocks.push({ kind: 'callout', tone: 'warn', text: s.message });
	else {
		blocks.push({ kind: 'bullets', items: [...s.explanation, ...s.warnings] });
		const t = ctx.plan.timeline;
		if (t && t.targetCheck.kind !== 'none')
			blocks.push({
				kind: 'callout',
				tone: t.targetCheck.kind === 'late' ? 'warn' : 'info',
				text: t.targetCheck.text
			});
		if (ctx.plan.source === 'gaps')
			blocks.push({
				kind: 'paragraph',
				muted: true,
				text: 'No remediation plan has been saved yet: the tasks below are generated from the open gaps as the Plan page would create them.'
			});
		const spec = timelineSpec(ctx);
		if (spec)
			blocks.push({
				kind: 'chart',
				title: 'Remediation timeline',
				spec,
				heightMm: Math.min(150, 20 + spec.rows.length * 4.4),
				key: timelineKey(spec),
				summary: `${plural(s.tasks.length, 'open task')} from ${formatDate(s.startDate)} to ${formatDate(s.auditReadyDate)}${s.tasks.length > TIMELINE_CHART_ROWS ? `; the chart shows the first ${TIMELINE_CHART_ROWS - 1} and one bar for the rest` : ''}.`
			});
		const titles = new Map(ctx.plan.tasks.map((t) => [t.id, t]));
		blocks.push({
			kind: 'table',
			columns: [
				{ header: 'Task', width: 4.5 },
				{ header: 'Owner', width: 2 },
				{ header: 'Start', width: 1.4 },
				{ header: 'Finish', width: 1.4 },
				{ header: 'Due', width: 1.4 }
			],
			rows: s.tasks.map((st) => {
				const t = titles.get(st.taskId);
				return [
					cell(t?.title ?? st.taskId),
					cell(ownerText(t?.ownerName ?? '', t?.ownerDepartment)),
					cell(formatDate(st.start)),
					cell(formatDate(st.end), st.late ? 'bad' : undefined, st.late),
					cell(formatDate(t?.dueDate ?? null))
				];
			}),
			empty: `No open work: audit-ready from ${formatDate(s.startDate)}.`
		});
		// The whole road to the report, after the remediation tasks.
		blocks.push({
			kind: 'table',
			columns: [
				{ header: 'Step', width: 2.4 },
				{ header: 'Dates', width: 3 },
				{ header: 'Rests on', width: 5 }
			],
			rows: s.milestones.map((m) => [
				cell(m.label),
				cell(
					m.start === m.end ? formatDate(m.start) : `${formatDate(m.start)} to ${formatDate(m.end)}`
				),
				cell(m.basis)
			]),
			empty: ''
		});
	}
	const b = ctx.plan.budget;
	for (const [title, lines, total] of [
		['Budget to the first report', b.oneOff, b.totalOneOff],
		['Budget each year after', b.yearly, b.totalYearly]
	] as const) {
		blocks.push({ kind: 'heading', text: title });
		blocks.push({
			kind: 'table',
			columns: [
				{ header: 'Item', width: 3 },
				{ header: 'Amount', width: 3.2 },
				{ header: 'Rests on', width: 5 }
			],
			rows: [
				...lines.map((l) => [
					cell(l.label),
					cell(l.amount ? moneyRange(l.amount, b.currency) : 'Not priced'),
					cell(l.basis)
				]),
				[
					cell('Total', undefined, true),
					cell(moneyRange(total, b.currency), undefined, true),
					cell('')
				]
			],
			empty: ''
		});
	}
	return { id: 'timeline', title: 'Remediation timeline', newPage: true, blocks };
}
