import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../dates';
import { task } from '../../testing/planning';
import { DEFAULT_MILESTONES } from './roadmap';
import { schedulePlan, type ScheduleOptions } from './schedule';
import { DEPARTMENTS, type PlanSettings, type RemediationTask } from '../types';

const MONDAY = '2027-01-04';
// Only the report's writing around remediation, so these tests are about the tasks; the
// milestones have their own tests below and in roadmap.test.ts.
const BARE = { auditorWeeks: 0, readinessWeeks: 0, fieldworkWeeks: 0, reportWeeks: 4 };
const OPTS: ScheduleOptions = {
	today: MONDAY,
	reportType: 'type1',
	observationMonths: 6,
	milestones: BARE
};

function settings(extra: Partial<PlanSettings> = {}): PlanSettings {
	return { startDate: null, capacityPerWeek: 5, departmentCapacity: {}, ...extra };
}

function ok(result: ReturnType<typeof schedulePlan>) {
	if (!result.ok) throw new Error(`expected a schedule, got: ${result.message}`);
	return result;
}

const datesOf = (r: ReturnType<typeof ok>) =>
	Object.fromEntries(r.tasks.map((t) => [t.taskId, [t.start, t.end]]));

describe('schedulePlan', () => {
	it('fills the weekly capacity in order and explains the dates for Type I', () => {
		const r = ok(
			schedulePlan(
				[
					task({ id: 'a', title: 'A', effortDays: 5 }),
					task({ id: 'b', title: 'B', effortDays: 2.5 })
				],
				settings(),
				OPTS
			)
		);
		expect(datesOf(r)).toEqual({
			a: ['2027-01-04', '2027-01-10'],
			b: ['2027-01-11', '2027-01-14']
		});
		expect(r).toMatchObject({
			openTasks: 2,
			openEffortDays: 7.5,
			auditReadyDate: '2027-01-14',
			earliestAuditDate: '2027-01-14',
			observationStart: null,
			observationEnd: null,
			earliestReportDate: '2027-02-11',
			warnings: []
		});
		expect(r.explanation).toEqual([
			'2 open tasks, 7.5 person-days of work at 5 person-days a week: audit-ready on 14 Jan 2027.',
			'The Type I audit can look at your controls as of 14 Jan 2027; after 0 weeks of fieldwork and 4 weeks for the auditor to write it, the Type I report can be in hand by 11 Feb 2027.'
		]);
	});

	it('adds the observation window and the report weeks for Type II', () => {
		// 49 person-days at 1 a week end 49 weeks after the start, on 2027-12-12.
		const r = ok(
			schedulePlan([task({ effortDays: 49 })], settings({ capacityPerWeek: 1 }), {
				...OPTS,
				reportType: 'type2',
				observationMonths: 6
			})
		);
		expect(r.auditReadyDate).toBe('2027-12-12');
		expect(r).toMatchObject({
			earliestAuditDate: null,
			observationStart: '2027-12-12',
			observationEnd: '2028-06-12',
			earliestReportDate: addDays('2028-06-12', 4 * 7)
		});
		expect(r.explanation[1]).toBe(
			'The 6-month observation window runs from 12 Dec 2027 to 12 Jun 2028; after 0 weeks of fieldwork and 4 weeks for the auditor to write it, the Type II report can be in hand by 10 Jul 2028.'
		);
	});

	it('puts the readiness review before remediation and the auditor’s steps after it', () => {
		const type1 = ok(
			schedulePlan([task({ effortDays: 5 })], settings(), {
				...OPTS,
				milestones: DEFAULT_MILESTONES.type1
			})
		);
		// Two weeks of readiness review, then one week of work.
		expect(type1.remediationStart).toBe('2027-01-18');
		expect(type1.auditReadyDate).toBe('2027-01-24');
		// The auditor takes 6 weeks to engage (to 15 Feb), so the point-in-time date waits for it;
		// then 2 weeks of fieldwork and 4 of writing.
		expect(type1.earliestAuditDate).toBe('2027-02-15');
		expect(type1.earliestReportDate).toBe(addDays('2027-02-15', 6 * 7));
		expect(type1.milestones.map((m) => m.id)).toEqual([
			'auditor',
			'readiness',
			'remediation',
			'as_of',
			'fieldwork',
			'report'
		]);
		expect(type1.explanation).toContain(
			'After a 2-week readiness review, remediation starts on 18 Jan 2027.'
		);
		const type2 = ok(
			schedulePlan([task({ effortDays: 5 })], settings(), {
				...OPTS,
				reportType: 'type2',
				milestones: DEFAULT_MILESTONES.type2
			})
		);
		expect(type2).toMatchObject({
			observationStart: '2027-01-24',
			observationEnd: '2027-07-24',
			earliestReportDate: addDays('2027-07-24', 7 * 7)
		});
	});

	it('opens a Type II window on the verdict’s date when nothing is left to do', () => {
		const done = [task({ status: 'done' })];
		const opts: ScheduleOptions = { ...OPTS, reportType: 'type2', milestones: BARE };
		const r = ok(schedulePlan(done, settings(), { ...opts, verdictWindowStart: '2026-12-20' }));
		expect(r.observationStart).toBe('2026-12-20');
		expect(r.observationEnd).toBe('2027-06-20');
		// Open work: the window waits for it, whatever the verdict's date.
		const open = ok(
			schedulePlan([task({ effortDays: 5 })], settings(), {
				...opts,
				verdictWindowStart: '2026-12-20'
			})
		);
		expect(open.observationStart).toBe('2027-01-10');
	});

	it('orders by priority points with the stage bonus, then due date, then title; custom tasks count as medium', () => {
		const tasks = [
			task({ id: 'zeta', title: 'Zeta' }),
			task({ id: 'low', title: 'Low', gapKey: 'control:L' }),
			task({ id: 'beta', title: 'Beta' }),
			task({ id: 'alpha', title: 'Alpha', dueDate: '2027-06-01' }),
			task({ id: 'high', title: 'High', gapKey: 'control:H' }),
			task({ id: 'policy', title: 'Policy', gapKey: 'policy:P' })
		];
		const r = ok(
			schedulePlan(tasks, settings(), {
				...OPTS,
				gaps: [
					{ gapKey: 'control:H', priority: 'high', priorityPoints: 7 },
					{ gapKey: 'control:L', priority: 'low', priorityPoints: 1 },
					{ gapKey: 'policy:P', priority: 'high', priorityPoints: Number.NaN }
				]
			})
		);
		// The policy is foundation work: 5 (high) + 4 comes before the control's 7 + 0.
		expect(r.tasks.map((t) => t.taskId)).toEqual([
			'policy',
			'high',
			'alpha',
			'beta',
			'zeta',
			'low'
		]);
	});

	it('counts done and resolved tasks as finished', () => {
		const r = ok(
			schedulePlan(
				[
					task({ id: 'done', status: 'done', effortDays: 50 }),
					task({ id: 'gone', resolved: true, effortDays: 50 }),
					task({ id: 'open', effortDays: 5, status: 'doing' })
				],
				settings(),
				OPTS
			)
		);
		expect(r.tasks.map((t) => t.taskId)).toEqual(['open']);
		expect(r.auditReadyDate).toBe('2027-01-10');
	});

	it('is audit-ready today with nothing open', () => {
		const r = ok(schedulePlan([task({ status: 'done' })], settings(), OPTS));
		expect(r.auditReadyDate).toBe(MONDAY);
		expect(r.explanation[0]).toBe('No open tasks: audit-ready now, on 4 Jan 2027.');
	});

	it('applies department caps on top of the overall capacity', () => {
		const r = ok(
			schedulePlan(
				[
					task({ id: 'eng', title: 'A', ownerDepartment: 'Engineering', effortDays: 2 }),
					task({ id: 'it', title: 'B', ownerDepartment: 'IT & Security', effortDays: 4 })
				],
				settings({ departmentCapacity: { Engineering: 1 } }),
				OPTS
			)
		);
		// Engineering gets 1 day a week; IT & Security uses the rest of week one.
		expect(datesOf(r)).toEqual({
			eng: ['2027-01-04', '2027-01-12'],
			it: ['2027-01-05', '2027-01-10']
		});
		expect(r.explanation).toContain('Department limits, in person-days a week: Engineering 1.');
	});

	it('warns about open tasks without a department and schedules them on the overall capacity', () => {
		const r = ok(
			schedulePlan(
				[
					task({ id: 'x', ownerDepartment: null }),
					task({ id: 'y', ownerDepartment: null }),
					task({ id: 'z' })
				],
				settings({ departmentCapacity: { Engineering: 1 } }),
				OPTS
			)
		);
		expect(r.tasks).toHaveLength(3);
		expect(r.warnings).toContain(
			'2 open tasks have no owner department, so only the overall capacity limits them. Assign a department to plan them properly.'
		);
	});

	it('delays a task until its own start date, and starts the plan on a later start date', () => {
		const r = ok(
			schedulePlan(
				[task({ id: 'later', startDate: '2027-01-20' }), task({ id: 'now', title: 'Z' })],
				settings(),
				OPTS
			)
		);
		expect(datesOf(r).later?.[0]).toBe('2027-01-20');
		expect(datesOf(r).now?.[0]).toBe(MONDAY);
		const s = ok(
			schedulePlan([task({ effortDays: 5 })], settings({ startDate: '2027-02-01' }), OPTS)
		);
		expect(s.startDate).toBe('2027-02-01');
		expect(s.explanation[0]).toBe('Work starts on 1 Feb 2027.');
		expect(s.auditReadyDate).toBe('2027-02-07');
		const past = ok(schedulePlan([task()], settings({ startDate: '2026-06-01' }), OPTS));
		expect(past.startDate).toBe(MONDAY);
	});

	it('warns about tasks projected past their due date and marks them late', () => {
		const r = ok(schedulePlan([task({ effortDays: 10, dueDate: '2027-01-08' })], settings(), OPTS));
		expect(r.tasks[0]?.late).toBe(true);
		expect(r.warnings).toContain('1 task is projected to finish after its due date.');
	});

	it('refuses a capacity that can never finish the work, with a clear message', () => {
		for (const capacityPerWeek of [0, -2, Number.NaN]) {
			const r = schedulePlan([task()], settings({ capacityPerWeek }), OPTS);
			expect(r).toEqual({
				ok: false,
				message: 'Set the team capacity to more than 0 person-days a week to project dates.'
			});
		}
		const dept = schedulePlan([task()], settings({ departmentCapacity: { Engineering: 0 } }), OPTS);
		expect(dept.ok).toBe(false);
		if (!dept.ok) expect(dept.message).toMatch(/^Engineering has open tasks but a capacity of 0/);
		const unused = schedulePlan([task()], settings({ departmentCapacity: { HR: 0 } }), OPTS);
		expect(unused.ok).toBe(true);
	});

	it('projects work just under 10 years away to the exact day', () => {
		const r = ok(schedulePlan([task({ effortDays: 500 })], settings({ capacityPerWeek: 1 }), OPTS));
		expect(r.auditReadyDate).toBe(addDays(MONDAY, 3499));
	});

	it('stops with a message beyond 10 years instead of a date centuries away', () => {
		const big = schedulePlan([task({ effortDays: 365 })], settings({ capacityPerWeek: 0.5 }), OPTS);
		expect(big).toEqual({ ok: false, message: expect.stringMatching(/more than 10 years/) });
		const capped = schedulePlan(
			[task({ effortDays: 300 })],
			settings({ departmentCapacity: { Engineering: 0.1 } }),
			OPTS
		);
		expect(capped).toEqual({ ok: false, message: expect.stringMatching(/more than 10 years/) });
	});

	it('ends exactly when the capacity has absorbed all the work', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 30 }),
				// At least 1 person-day a week keeps 300 days of work within the 10-year limit.
				fc.integer({ min: 2, max: 20 }),
				(halfDays, halfCap) => {
					const tasks = halfDays.map((h, i) =>
						task({ id: `t${i}`, title: `T${i}`, effortDays: h / 2 })
					);
					const r = ok(schedulePlan(tasks, settings({ capacityPerWeek: halfCap / 2 }), OPTS));
					const total = halfDays.reduce((a, b) => a + b, 0);
					expect(r.auditReadyDate).toBe(addDays(MONDAY, Math.ceil((total * 7) / halfCap) - 1));
					let previous = MONDAY;
					for (const t of r.tasks) {
						expect(t.start <= t.end).toBe(true);
						expect(t.start >= previous).toBe(true);
						expect(t.end <= r.auditReadyDate).toBe(true);
						previous = t.start;
					}
				}
			)
		);
	});

	it('never finishes earlier with a department cap than without', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...DEPARTMENTS), fc.integer({ min: 1, max: 10 })), {
					minLength: 1,
					maxLength: 20
				}),
				fc.integer({ min: 1, max: 4 }),
				(specs, capEng) => {
					const tasks = specs.map(([d, e], i) =>
						task({ id: `t${i}`, ownerDepartment: d, effortDays: e })
					);
					const free = ok(schedulePlan(tasks, settings(), OPTS));
					const capped = ok(
						schedulePlan(tasks, settings({ departmentCapacity: { Engineering: capEng } }), OPTS)
					);
					expect(capped.auditReadyDate >= free.auditReadyDate).toBe(true);
					expect(capped.auditReadyDate <= addMonths(MONDAY, 120)).toBe(true);
				}
			)
		);
	});

	it('schedules 1,000 tasks', () => {
		const tasks: RemediationTask[] = Array.from({ length: 1000 }, (_, i) =>
			task({
				id: `t${i}`,
				title: `Task ${i}`,
				effortDays: 0.5 + (i % 7),
				ownerDepartment: i % 10 === 0 ? null : (DEPARTMENTS[i % DEPARTMENTS.length] ?? null),
				dueDate: i % 3 === 0 ? addDays(MONDAY, i) : null
			})
		);
		const plan = settings({ capacityPerWeek: 40, departmentCapacity: { Engineering: 10, HR: 3 } });
		// How fast is measured in `npm run bench`; here, that all of them are placed.
		const r = schedulePlan(tasks, plan, OPTS);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.tasks).toHaveLength(1000);
	});
});
