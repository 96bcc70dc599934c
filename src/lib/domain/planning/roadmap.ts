/**
 * The road from today to a report in hand, beyond the remediation tasks: choosing an auditor, the
 * readiness review, remediation, for Type II the observation window, the auditor's fieldwork and
 * the report's issue date. Also where the weekly capacity comes from (the scoping answers unless
 * the user set it) and how the projection compares with the target date. Pure; the rules are
 * explained for users in docs/planning.md.
 */
import type { AnswerValue } from '$lib/catalog/types';
import { addDays, addMonths } from '../dates';
import type { MilestoneWeeks, PlanSettings, ReportType } from '../types';

/** Hours in a person-day: eight hours of one person's time. */
export const HOURS_PER_DAY = 8;
/** Weekly hours one person can plausibly give; more is a typing slip. */
export const MAX_HOURS_PER_PERSON = 60;
/** More than this is a typing slip (a company of several hundred people full time). */
export const MAX_CAPACITY_PER_WEEK = 1000;
/** The capacity an assessment starts with when neither the user nor scoping set one. */
export const DEFAULT_CAPACITY = 1;

/**
 * Default milestone durations in weeks, and why (docs/planning.md):
 * - auditor: asking two or three firms for proposals, comparing them and signing an engagement
 *   letter usually takes one to two months; it runs alongside the work from the start;
 * - readiness: finishing this self-assessment and agreeing scope and owners before remediation;
 * - fieldwork: the auditor's testing, shorter for a point in time than for a window;
 * - report: the auditor writing, reviewing and issuing the report after fieldwork.
 */
export const DEFAULT_MILESTONES: Record<ReportType, MilestoneWeeks> = {
	type1: { auditorWeeks: 6, readinessWeeks: 2, fieldworkWeeks: 2, reportWeeks: 4 },
	type2: { auditorWeeks: 6, readinessWeeks: 2, fieldworkWeeks: 3, reportWeeks: 4 }
};
/** Longest a single milestone may be set to, in weeks. */
export const MAX_MILESTONE_WEEKS = 52;

export function milestoneWeeks(plan: PlanSettings, type: ReportType): MilestoneWeeks {
	return { ...DEFAULT_MILESTONES[type], ...(plan.milestones ?? {}) };
}

export type CapacitySource =
	{ kind: 'scoping'; people: number; hoursEach: number } | { kind: 'manual' } | { kind: 'default' };

type Answers = ReadonlyMap<string, AnswerValue> | Readonly<Record<string, AnswerValue | undefined>>;

function answer(answers: Answers, id: string): AnswerValue | undefined {
	return answers instanceof Map ? answers.get(id) : (answers as Record<string, AnswerValue>)[id];
}

/**
 * People × weekly hours each from the scoping answers, in person-days a week; null when neither
 * was answered or the answers cannot make a capacity (0 people, 0 hours, absurd hours).
 */
export function capacityFromAnswers(
	answers: Answers
): { perWeek: number; people: number; hoursEach: number } | null {
	const p = answer(answers, 'compliance_people');
	const h = answer(answers, 'compliance_hours');
	if (p === undefined && h === undefined) return null;
	const people = typeof p === 'number' ? p : 1;
	const hoursEach = typeof h === 'number' ? h : HOURS_PER_DAY;
	if (!(people > 0) || !(hoursEach > 0) || hoursEach > MAX_HOURS_PER_PERSON) return null;
	return {
		perWeek: Math.round((people * hoursEach * 100) / HOURS_PER_DAY) / 100,
		people,
		hoursEach
	};
}

/**
 * The plan settings the projection uses, and where the capacity comes from. The user's own
 * capacity wins; otherwise the scoping answers set it. Data from before the source was recorded
 * counts as the user's own when it differs from the old default of 1 person-day a week.
 */
export function effectivePlan(
	plan: PlanSettings,
	answers: Answers
): { settings: PlanSettings; source: CapacitySource } {
	const manual =
		plan.capacitySource === 'manual' ||
		(plan.capacitySource === undefined && plan.capacityPerWeek !== DEFAULT_CAPACITY);
	if (manual) return { settings: plan, source: { kind: 'manual' } };
	const fromAnswers = capacityFromAnswers(answers);
	if (!fromAnswers) return { settings: plan, source: { kind: 'default' } };
	return {
		settings: { ...plan, capacityPerWeek: fromAnswers.perWeek },
		source: { kind: 'scoping', people: fromAnswers.people, hoursEach: fromAnswers.hoursEach }
	};
}

/** "from scoping: 2 people × 15 h = 3.75 person-days a week" and the like. */
export function describeCapacitySource(source: CapacitySource, perWeek: number): string {
	const pd = `${perWeek} person-day${perWeek === 1 ? '' : 's'} a week`;
	if (source.kind === 'scoping')
		return `from scoping: ${source.people} ${source.people === 1 ? 'person' : 'people'} × ${source.hoursEach} h = ${pd}`;
	if (source.kind === 'manual') return `set on this page: ${pd}`;
	return `the starting assumption of ${pd}; answer the two capacity questions in scoping or set it here`;
}

export type MilestoneId =
	'auditor' | 'readiness' | 'remediation' | 'window' | 'as_of' | 'fieldwork' | 'report';

export interface Milestone {
	id: MilestoneId;
	label: string;
	start: string;
	/** The last day; the same as start for a single date. */
	end: string;
	/** What the duration rests on. */
	basis: string;
}

export interface RoadmapInput {
	/** The day the work starts (the plan's start, or today). */
	start: string;
	/** The day remediation ends: the last open task's projected end (start when none is open). */
	remediationEnd: string;
	/** The day remediation begins, after the readiness review. */
	remediationStart: string;
	openTasks: number;
	reportType: ReportType;
	observationMonths: number;
	weeks: MilestoneWeeks;
	/**
	 * Type II: when the verdict says the window can start (ready to start the window), or when it
	 * began (history already covers a window). Null when the verdict does not yet allow it.
	 */
	verdictWindowStart?: string | null;
}

export interface Roadmap {
	milestones: Milestone[];
	/** Type I: the date the audit looks at. Null for Type II. */
	asOf: string | null;
	observationStart: string | null;
	observationEnd: string | null;
	fieldworkStart: string;
	reportDate: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Lays the milestones out after remediation; every date follows from the inputs. */
export function roadmap(input: RoadmapInput): Roadmap {
	const w = input.weeks;
	const auditorEnd = addDays(input.start, w.auditorWeeks * 7);
	const milestones: Milestone[] = [
		{
			id: 'auditor',
			label: 'Choose the auditor',
			start: input.start,
			end: auditorEnd,
			basis: `${plural(w.auditorWeeks, 'week')} to ask firms for proposals and sign an engagement letter, alongside the work`
		},
		{
			id: 'readiness',
			label: 'Readiness review',
			start: input.start,
			end: input.remediationStart,
			basis: `${plural(w.readinessWeeks, 'week')} to finish this assessment and agree scope and owners`
		},
		{
			id: 'remediation',
			label: 'Remediation',
			start: input.remediationStart,
			end: input.remediationEnd,
			basis: 'the open tasks at the team’s weekly capacity'
		}
	];
	let asOf: string | null = null;
	let observationStart: string | null = null;
	let observationEnd: string | null = null;
	let testedUntil: string;
	if (input.reportType === 'type2') {
		// The window opens once remediation is done, and never before the verdict allows it. With
		// nothing left to do, the verdict's own date stands, even one in the past.
		const verdict = input.verdictWindowStart ?? null;
		if (input.openTasks === 0) observationStart = verdict ?? input.remediationEnd;
		else
			observationStart = verdict && verdict > input.remediationEnd ? verdict : input.remediationEnd;
		observationEnd = addMonths(observationStart, input.observationMonths);
		milestones.push({
			id: 'window',
			label: 'Observation window',
			start: observationStart,
			end: observationEnd,
			basis: `${input.observationMonths} months, opening when remediation is done and the verdict reads “Ready to start the observation window”`
		});
		testedUntil = observationEnd;
	} else {
		asOf = input.remediationEnd > auditorEnd ? input.remediationEnd : auditorEnd;
		milestones.push({
			id: 'as_of',
			label: 'Point-in-time date',
			start: asOf,
			end: asOf,
			basis: 'the day remediation is done, once the auditor is engaged'
		});
		testedUntil = asOf;
	}
	const fieldworkStart = testedUntil > auditorEnd ? testedUntil : auditorEnd;
	const fieldworkEnd = addDays(fieldworkStart, w.fieldworkWeeks * 7);
	const reportDate = addDays(fieldworkEnd, w.reportWeeks * 7);
	milestones.push(
		{
			id: 'fieldwork',
			label: 'Auditor’s fieldwork',
			start: fieldworkStart,
			end: fieldworkEnd,
			basis: `${plural(w.fieldworkWeeks, 'week')} of testing by the auditor`
		},
		{
			id: 'report',
			label: 'Report issued',
			start: reportDate,
			end: reportDate,
			basis: `${plural(w.reportWeeks, 'week')} for the auditor to write and issue the report`
		}
	);
	return { milestones, asOf, observationStart, observationEnd, fieldworkStart, reportDate };
}

export { compareTarget, spanInWords, targetDate, type TargetCheck } from './target';
