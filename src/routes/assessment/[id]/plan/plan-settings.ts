/**
 * The Timeline tab's capacity form (pure): the team's weekly capacity, optional limits per
 * department and the start date, read from text fields and checked. A capacity of zero or less is
 * refused with a message, so the projection never runs towards an endless date.
 */
import { isValidDate } from '$lib/domain/dates';
import {
	DEPARTMENTS,
	type Department,
	type MilestoneWeeks,
	type PlanSettings
} from '$lib/domain/types';
import { parseDecimal } from './task-form';

import { MAX_CAPACITY_PER_WEEK, MAX_MILESTONE_WEEKS } from '$lib/domain/planning/roadmap';
export { MAX_CAPACITY_PER_WEEK };

export interface SettingsForm {
	capacity: string;
	startDate: string;
	/** Blank means no limit for that department. */
	departments: Record<Department, string>;
}

export interface SettingsErrors {
	capacity?: string;
	startDate?: string;
	departments?: Partial<Record<Department, string>>;
}

/** The form filled from stored settings. */
export function settingsToForm(plan: PlanSettings): SettingsForm {
	const departments = Object.fromEntries(
		DEPARTMENTS.map((d) => {
			const c = plan.departmentCapacity[d];
			return [d, c === undefined ? '' : String(c)];
		})
	) as Record<Department, string>;
	return {
		capacity: String(plan.capacityPerWeek),
		startDate: plan.startDate ?? '',
		departments
	};
}

function capacityError(value: number, blank: boolean): string | undefined {
	if (blank) return "Enter the team's capacity in person-days a week, such as 2.5.";
	if (Number.isNaN(value)) return 'Enter the capacity as a number of person-days, such as 2.5.';
	if (value <= 0)
		return 'The capacity must be more than 0 person-days a week: with nobody working on the plan it would never finish, so no date could be projected.';
	if (value > MAX_CAPACITY_PER_WEEK)
		return `Enter at most ${MAX_CAPACITY_PER_WEEK} person-days a week.`;
	return undefined;
}

function departmentError(value: number): string | undefined {
	if (Number.isNaN(value))
		return 'Enter a number of person-days a week, or leave it empty for no limit.';
	if (value < 0) return 'Enter 0 or more person-days a week, or leave it empty for no limit.';
	if (value > MAX_CAPACITY_PER_WEEK)
		return `Enter at most ${MAX_CAPACITY_PER_WEEK} person-days a week.`;
	return undefined;
}

export interface ReadSettings {
	/** The settings to store, or null while any field is wrong. */
	settings: PlanSettings | null;
	errors: SettingsErrors;
}

/** Reads and checks the form. Nothing is stored unless every field is right. */
export function readSettingsForm(form: SettingsForm): ReadSettings {
	const errors: SettingsErrors = {};
	const capacity = parseDecimal(form.capacity);
	const capErr = capacityError(capacity, form.capacity.trim() === '');
	if (capErr) errors.capacity = capErr;
	const start = form.startDate.trim();
	if (start !== '' && !isValidDate(start))
		errors.startDate = 'Enter a real date between 1900 and 2199, such as 2027-03-15.';
	const departmentCapacity: Partial<Record<Department, number>> = {};
	const deptErrors: Partial<Record<Department, string>> = {};
	for (const d of DEPARTMENTS) {
		const text = form.departments[d].trim();
		if (text === '') continue;
		const value = parseDecimal(text);
		const err = departmentError(value);
		if (err) deptErrors[d] = err;
		else departmentCapacity[d] = value;
	}
	if (Object.keys(deptErrors).length > 0) errors.departments = deptErrors;
	const ok = !errors.capacity && !errors.startDate && !errors.departments;
	return {
		settings: ok
			? { capacityPerWeek: capacity, startDate: start === '' ? null : start, departmentCapacity }
			: null,
		errors
	};
}

/** True when two settings would give the same projection (so saving them is not a change). */
export function sameSettings(a: PlanSettings, b: PlanSettings): boolean {
	return (
		a.capacityPerWeek === b.capacityPerWeek &&
		a.startDate === b.startDate &&
		DEPARTMENTS.every((d) => a.departmentCapacity[d] === b.departmentCapacity[d])
	);
}

/** The milestone fields as typed, in whole weeks. */
export type MilestoneForm = Record<keyof MilestoneWeeks, string>;

export function milestonesToForm(weeks: MilestoneWeeks): MilestoneForm {
	return {
		auditorWeeks: String(weeks.auditorWeeks),
		readinessWeeks: String(weeks.readinessWeeks),
		fieldworkWeeks: String(weeks.fieldworkWeeks),
		reportWeeks: String(weeks.reportWeeks)
	};
}

/** Reads the milestone durations: whole weeks from 0 to 52, each. Null while any is wrong. */
export function readMilestoneForm(form: MilestoneForm): {
	weeks: MilestoneWeeks | null;
	errors: Partial<Record<keyof MilestoneWeeks, string>>;
} {
	const errors: Partial<Record<keyof MilestoneWeeks, string>> = {};
	const weeks: Partial<MilestoneWeeks> = {};
	for (const key of Object.keys(form) as (keyof MilestoneWeeks)[]) {
		const text = form[key].trim();
		const n = Number(text);
		if (text === '' || !Number.isInteger(n))
			errors[key] = 'Enter a whole number of weeks, such as 4 (0 to skip the step).';
		else if (n < 0 || n > MAX_MILESTONE_WEEKS)
			errors[key] = `Enter 0 to ${MAX_MILESTONE_WEEKS} weeks.`;
		else weeks[key] = n;
	}
	return {
		weeks: Object.keys(errors).length === 0 ? (weeks as MilestoneWeeks) : null,
		errors
	};
}
