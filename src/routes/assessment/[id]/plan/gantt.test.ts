import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '$lib/domain/dates';
import { task, TODAY } from '$lib/testing/planning';
import { schedulePlan } from '$lib/domain/planning/schedule';
import { DEFAULT_MILESTONES } from '$lib/domain/planning/roadmap';
import type { MilestoneWeeks, RemediationTask, ReportType } from '$lib/domain/types';
import {
	COMPACT_LABEL_CHARS,
	GANTT_LABEL_CHARS,
	ganttView,
	shortLabel,
	withoutVerb,
	type ScheduledPlan
} from './gantt';

/** Only the report's writing around the tasks, unless the defaults are asked for. */
const BARE = { auditorWeeks: 0, readinessWeeks: 0, fieldworkWeeks: 0, reportWeeks: 4 };

function plan(
	tasks: RemediationTask[],
	reportType: ReportType,
	capacity = 5,
	milestones: MilestoneWeeks = BARE
): ScheduledPlan {
	const s = schedulePlan(
		tasks,
		{ capacityPerWeek: capacity, startDate: null, departmentCapacity: {} },
		{ today: TODAY, reportType, observationMonths: 6, milestones }
	);
	if (!s.ok) throw new Error(s.message);
	return s;
}

const many = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		task({ id: `t${String(i).padStart(3, '0')}`, title: `Task ${i}`, effortDays: 1 })
	);
const titles = (tasks: RemediationTask[]) => {
	const byId = new Map(tasks.map((t) => [t.id, t.title]));
	return (id: string) => byId.get(id) ?? id;
};

describe('shortLabel', () => {
	it('keeps short labels and cuts long ones with an ellipsis', () => {
		expect(shortLabel('Implement:  SSO ')).toBe('Implement: SSO');
		const cut = shortLabel('x'.repeat(50));
		expect([...cut]).toHaveLength(GANTT_LABEL_CHARS);
		expect(cut.endsWith('…')).toBe(true);
	});

	it('never splits an emoji or accented letter', () => {
		const cut = shortLabel('🔐'.repeat(40), 5);
		expect(cut).toBe('🔐🔐🔐🔐…');
	});
});

describe('withoutVerb', () => {
	it('drops a short verb before a colon and keeps other titles', () => {
		expect(withoutVerb('Implement: Single sign-on')).toBe('Single sign-on');
		expect(withoutVerb('Write and approve: Access Control Policy')).toBe('Access Control Policy');
		expect(withoutVerb('Call the auditor')).toBe('Call the auditor');
		expect(withoutVerb('Note:')).toBe('Note:');
	});
});

describe('ganttView', () => {
	it('draws a Type II plan: tasks, observation window, writing time and two markers', () => {
		const tasks = many(3);
		const s = plan(tasks, 'type2');
		const g = ganttView({
			schedule: s,
			titleOf: titles(tasks),
			reportType: 'type2',
			observationMonths: 6
		});
		expect(g.spec.origin).toBe(s.startDate);
		expect(g.spec.rows.map((r) => r.label)).toEqual([
			'Task 0',
			'Task 1',
			'Task 2',
			'Observation window (6 months)',
			'Auditor writes the report'
		]);
		const ready = daysBetween(s.startDate, s.auditReadyDate);
		const report = daysBetween(s.startDate, s.earliestReportDate);
		expect(g.spec.markers).toEqual([
			{ label: 'Audit-ready', day: ready, color: 'ok' },
			{ label: 'Report', day: report, color: 'planned' }
		]);
		expect(g.spec.rows.at(-2)).toMatchObject({ start: ready });
		expect(g.spec.rows.at(-1)).toMatchObject({ end: report });
		expect(g.summary).toContain('3 open tasks;');
		expect(g.table.rows).toHaveLength(5);
	});

	it('draws the auditor, the readiness review and fieldwork around the tasks', () => {
		const tasks = many(2);
		const s = plan(tasks, 'type2', 5, DEFAULT_MILESTONES.type2);
		const g = ganttView({
			schedule: s,
			titleOf: titles(tasks),
			reportType: 'type2',
			observationMonths: 6
		});
		expect(g.spec.rows.map((r) => r.label)).toEqual([
			'Choose the auditor',
			'Readiness review',
			'Task 0',
			'Task 1',
			'Observation window (6 months)',
			'Auditor’s fieldwork',
			'Auditor writes the report'
		]);
		// Two weeks of readiness review: the first task starts on day 14.
		expect(g.spec.rows[1]).toMatchObject({ start: 0, end: 13 });
		expect(g.spec.rows[2]?.start).toBe(14);
		expect(g.table.rows[0]?.[0]).toBe('Choose the auditor');
	});

	it('draws a Type I plan with no observation window', () => {
		const tasks = many(2);
		const s = plan(tasks, 'type1');
		const g = ganttView({
			schedule: s,
			titleOf: titles(tasks),
			reportType: 'type1',
			observationMonths: 6
		});
		expect(g.spec.rows.map((r) => r.label)).toEqual([
			'Task 0',
			'Task 1',
			'Auditor writes the report'
		]);
		expect(g.spec.rows.at(-1)?.start).toBe(daysBetween(s.startDate, s.auditReadyDate));
	});

	it('draws the first 30 tasks in working order and says how many there are', () => {
		const tasks = many(45);
		const s = plan(tasks, 'type2');
		const g = ganttView({
			schedule: s,
			titleOf: titles(tasks),
			reportType: 'type2',
			observationMonths: 6
		});
		expect(g.shown).toBe(30);
		expect(g.total).toBe(45);
		expect(g.spec.rows.slice(0, 30).map((r) => r.label)).toEqual(
			s.tasks.slice(0, 30).map((t) => titles(tasks)(t.taskId))
		);
		expect(g.summary).toContain('45 open tasks, the first 30 drawn');
	});

	it('labels the report marker only when it is far enough from the audit-ready one', () => {
		const short = many(1);
		const near = ganttView({
			schedule: plan(short, 'type1', 5),
			titleOf: titles(short),
			reportType: 'type1',
			observationMonths: 6
		});
		// One day of work then 4 weeks of report writing: far apart on a 29-day chart.
		expect(near.spec.markers.map((m) => m.label)).toEqual(['Audit-ready', 'Report']);
		const long = many(60);
		const far = ganttView({
			schedule: plan(long, 'type1', 0.5),
			titleOf: titles(long),
			reportType: 'type1',
			observationMonths: 6
		});
		// Two years of work, then 4 weeks: the labels would overlap.
		expect(far.spec.markers.map((m) => m.label)).toEqual(['Audit-ready', '']);
		expect(far.spec.markers[1]?.day).toBe(far.spec.rows.at(-1)?.end);
	});

	it('uses short labels without the verb on a narrow screen, full titles in the table', () => {
		const tasks = [task({ id: 'a', title: 'Implement: Dependency scanning with deadlines' })];
		const g = ganttView({
			schedule: plan(tasks, 'type2'),
			titleOf: titles(tasks),
			reportType: 'type2',
			observationMonths: 6,
			compact: true
		});
		expect(g.spec.rows.map((r) => r.label)).toEqual([
			'Dependency scan…',
			'Observation',
			'Report writing'
		]);
		expect([...(g.spec.rows[0]?.label ?? '')]).toHaveLength(COMPACT_LABEL_CHARS);
		expect(g.table.rows[0]?.[0]).toBe('Implement: Dependency scanning with deadlines');
		expect(g.table.rows[1]?.[0]).toBe('Observation window (6 months)');
	});

	it('colours a task projected to finish after its due date', () => {
		const tasks = [task({ id: 'late', effortDays: 10, dueDate: TODAY })];
		const s = plan(tasks, 'type1');
		const g = ganttView({
			schedule: s,
			titleOf: titles(tasks),
			reportType: 'type1',
			observationMonths: 3
		});
		expect(g.spec.rows[0]?.color).toBe('bad');
		expect(g.table.rows[0]?.[2]).toContain('after its due date');
	});

	it('keeps every bar between day 0 and the report date, each ending on or after its start', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 60 }),
				fc.constantFrom<ReportType>('type1', 'type2'),
				fc.integer({ min: 1, max: 20 }),
				(efforts, reportType, capacity) => {
					const tasks = efforts.map((e, i) =>
						task({ id: `t${i}`, title: `T${i}`, effortDays: e / 2 })
					);
					const s = plan(tasks, reportType, capacity);
					const g = ganttView({
						schedule: s,
						titleOf: titles(tasks),
						reportType,
						observationMonths: 12
					});
					const report = daysBetween(s.startDate, s.earliestReportDate);
					expect(g.spec.rows).toHaveLength(
						Math.min(30, tasks.length) + (reportType === 'type2' ? 2 : 1)
					);
					for (const r of g.spec.rows) {
						expect(r.start).toBeGreaterThanOrEqual(0);
						expect(r.end).toBeGreaterThanOrEqual(r.start);
						expect(r.end).toBeLessThanOrEqual(report);
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});
