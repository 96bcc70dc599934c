/**
 * The target date against the projected report date, in words. Kept apart from the roadmap so the
 * home list can show it without loading the planning code.
 */
import type { AnswerValue } from '$lib/catalog/types';
import { daysBetween, formatDate, isValidDate } from '../dates';

type Answers = ReadonlyMap<string, AnswerValue> | Readonly<Record<string, AnswerValue | undefined>>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A span of days in words: '5 weeks', '3 months', '1 day'. */
export function spanInWords(daysCount: number): string {
	const d = Math.abs(daysCount);
	if (d < 14) return plural(d, 'day');
	if (d < 63) return plural(Math.round(d / 7), 'week');
	return plural(Math.round(d / 30.44), 'month');
}

export type TargetCheck =
	| { kind: 'none' }
	| { kind: 'on_track'; spareDays: number; text: string }
	| { kind: 'late'; lateDays: number; text: string };

/** The projected report date against the target. */
export function compareTarget(target: string | null, reportDate: string): TargetCheck {
	if (!target || !isValidDate(target)) return { kind: 'none' };
	const spare = daysBetween(reportDate, target);
	if (spare >= 0)
		return {
			kind: 'on_track',
			spareDays: spare,
			text:
				spare === 0
					? `On track for the target of ${formatDate(target)}, with no time to spare.`
					: `On track for the target of ${formatDate(target)}, ${spanInWords(spare)} to spare.`
		};
	return {
		kind: 'late',
		lateDays: -spare,
		text: `${spanInWords(-spare)} late for the target of ${formatDate(target)} at this capacity.`
	};
}

/** The scoping target date, when answered with a real date. */
export function targetDate(answers: Answers): string | null {
	const v =
		answers instanceof Map
			? answers.get('target_date')
			: (answers as Record<string, AnswerValue | undefined>)['target_date'];
	return typeof v === 'string' && isValidDate(v) ? v : null;
}
