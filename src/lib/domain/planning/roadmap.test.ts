import { describe, expect, it } from 'vitest';
import { task } from '../../testing/planning';
import {
	capacityFromAnswers,
	compareTarget,
	DEFAULT_MILESTONES,
	describeCapacitySource,
	effectivePlan,
	roadmap,
	spanInWords,
	targetDate
} from './roadmap';
import type { ScheduleOptions } from './schedule';
import { capacityFor } from './what-if';
import type { PlanSettings } from '../types';

const PLAN: PlanSettings = { startDate: null, capacityPerWeek: 1, departmentCapacity: {} };

describe('capacity from the scoping answers', () => {
	it('turns people × weekly hours each into person-days a week', () => {
		// 2 × 15 h = 30 h = 3.75 days of 8 hours.
		expect(capacityFromAnswers({ compliance_people: 2, compliance_hours: 15 })).toEqual({
			perWeek: 3.75,
			people: 2,
			hoursEach: 15
		});
		expect(capacityFromAnswers(new Map([['compliance_people', 3]]))?.perWeek).toBe(3);
		expect(capacityFromAnswers({})).toBeNull();
	});

	it('refuses answers that cannot make a capacity', () => {
		expect(capacityFromAnswers({ compliance_people: 0, compliance_hours: 15 })).toBeNull();
		expect(capacityFromAnswers({ compliance_people: 2, compliance_hours: 200 })).toBeNull();
		expect(capacityFromAnswers({ compliance_people: 2, compliance_hours: 0 })).toBeNull();
	});

	it('follows scoping until the user sets a capacity, and says where it comes from', () => {
		const answers = { compliance_people: 2, compliance_hours: 15 };
		const a = effectivePlan(PLAN, answers);
		expect(a.settings.capacityPerWeek).toBe(3.75);
		expect(describeCapacitySource(a.source, a.settings.capacityPerWeek)).toBe(
			'from scoping: 2 people × 15 h = 3.75 person-days a week'
		);
		const manual = effectivePlan(
			{ ...PLAN, capacityPerWeek: 2, capacitySource: 'manual' },
			answers
		);
		expect(manual.settings.capacityPerWeek).toBe(2);
		expect(manual.source.kind).toBe('manual');
		// Stored before the source was recorded: a value other than the old default is the user's.
		expect(effectivePlan({ ...PLAN, capacityPerWeek: 2.5 }, answers).source.kind).toBe('manual');
		expect(effectivePlan(PLAN, {}).source.kind).toBe('default');
		expect(effectivePlan(PLAN, {}).settings.capacityPerWeek).toBe(1);
	});
});

describe('roadmap', () => {
	it('lays out a Type II road: window after remediation, fieldwork, report', () => {
		const r = roadmap({
			start: '2027-01-04',
			remediationStart: '2027-01-18',
			remediationEnd: '2027-03-31',
			openTasks: 12,
			reportType: 'type2',
			observationMonths: 6,
			weeks: DEFAULT_MILESTONES.type2
		});
		expect(r.observationStart).toBe('2027-03-31');
		expect(r.observationEnd).toBe('2027-09-30');
		// 3 weeks of fieldwork from 30 Sep, then 4 weeks of writing.
		expect(r.fieldworkStart).toBe('2027-09-30');
		expect(r.reportDate).toBe('2027-11-18');
		expect(r.milestones.find((m) => m.id === 'window')?.basis).toMatch(/6 months/);
	});

	it('waits for the auditor to be engaged before a Type I point-in-time date', () => {
		const r = roadmap({
			start: '2027-01-04',
			remediationStart: '2027-01-04',
			remediationEnd: '2027-01-20',
			openTasks: 3,
			reportType: 'type1',
			observationMonths: 6,
			weeks: { auditorWeeks: 8, readinessWeeks: 0, fieldworkWeeks: 1, reportWeeks: 2 }
		});
		expect(r.asOf).toBe('2027-03-01');
		expect(r.reportDate).toBe('2027-03-22');
	});
});

describe('target against projection', () => {
	it('says how much is spare or how late, in words', () => {
		expect(compareTarget('2027-06-30', '2027-05-26')).toEqual({
			kind: 'on_track',
			spareDays: 35,
			text: 'On track for the target of 30 Jun 2027, 5 weeks to spare.'
		});
		expect(compareTarget('2027-06-30', '2027-09-30')).toMatchObject({
			kind: 'late',
			lateDays: 92,
			text: '3 months late for the target of 30 Jun 2027 at this capacity.'
		});
		expect(compareTarget(null, '2027-01-01')).toEqual({ kind: 'none' });
		expect(spanInWords(1)).toBe('1 day');
		expect(targetDate({ target_date: '2027-02-30' })).toBeNull();
	});

	it('finds the least capacity that brings the report in by a date', () => {
		const tasks = Array.from({ length: 10 }, (_, i) => task({ id: `t${i}`, effortDays: 10 }));
		const opts: ScheduleOptions = {
			today: '2027-01-04',
			reportType: 'type1',
			observationMonths: 6,
			milestones: { auditorWeeks: 0, readinessWeeks: 0, fieldworkWeeks: 0, reportWeeks: 0 }
		};
		// 100 person-days at c a week end on day ceil(700 / c) - 1; 2027-03-01 is day 56, so the
		// least c (in tenths) with ceil(700 / c) <= 57 is the answer.
		let least = 1;
		while (Math.ceil(7000 / least) > 57) least += 1;
		const r = capacityFor('2027-03-01', tasks, { ...PLAN, capacityPerWeek: 1 }, opts);
		expect(r.kind).toBe('needs');
		if (r.kind !== 'needs') return;
		expect(r.capacity).toBe(least / 10);
		expect(r.schedule.earliestReportDate <= '2027-03-01').toBe(true);
		// A little less is not enough.
		const less = capacityFor('2027-02-27', tasks, { ...PLAN, capacityPerWeek: 1 }, opts);
		expect(less.kind === 'needs' && less.capacity > least / 10).toBe(true);
		expect(capacityFor('2030-01-01', tasks, { ...PLAN, capacityPerWeek: 1 }, opts).kind).toBe(
			'already'
		);
		expect(capacityFor('2026-12-01', tasks, PLAN, opts)).toMatchObject({ kind: 'invalid' });
		// A Type II window of 6 months cannot fit before April.
		const t2 = capacityFor('2027-04-01', tasks, PLAN, { ...opts, reportType: 'type2' });
		expect(t2).toMatchObject({ kind: 'unreachable', earliest: '2027-07-04' });
	});
});
