/**
 * The Type II window the people populations are counted over: by default the trailing
 * observation window (ending today), and what is wrong or worth knowing about one the user set.
 * Pure: `today` is passed in.
 */
import { addMonths, daysBetween, isValidDate } from '../dates';
import type { ObservationWindow } from './sampling';

/** Longest window accepted: a SOC 2 Type II period is 3 to 12 months; twice that is a typo. */
export const MAX_WINDOW_MONTHS = 24;
/** Shorter than this is allowed but unusual for a Type II report. */
export const MIN_USUAL_WINDOW_MONTHS = 3;

/** The trailing window of `months` months ending today, both ends included. */
export function defaultWindow(today: string, months: number): ObservationWindow {
	return { start: addMonths(today, -months), end: today };
}

export interface WindowCheck {
	/** Why no population can be counted (a missing or reversed date, a window far too long). */
	error: string | null;
	/** Things to know that do not stop the draw (an end after today, a very short window). */
	warnings: string[];
}

/** Checks a window the user typed against `today`. */
export function checkWindow(window: ObservationWindow, today: string): WindowCheck {
	const warnings: string[] = [];
	if (!isValidDate(window.start)) return { error: 'Enter the first day of the window.', warnings };
	if (!isValidDate(window.end)) return { error: 'Enter the last day of the window.', warnings };
	if (window.start >= window.end)
		return { error: 'The window must start before it ends.', warnings };
	if (window.start < addMonths(window.end, -MAX_WINDOW_MONTHS))
		return {
			error: `The window is longer than ${MAX_WINDOW_MONTHS} months. A Type II period is usually 3 to 12 months: check the dates.`,
			warnings
		};
	if (window.end > today) {
		const days = daysBetween(today, window.end);
		warnings.push(
			`The window ends after today: people who join or leave in the ${days} day${days === 1 ? '' : 's'} still to come are not on the roster yet, so the populations are incomplete. Draw again once the window has closed.`
		);
	}
	if (window.start > today)
		warnings.push('The window has not started yet: every population is empty until it does.');
	else if (window.start > addMonths(window.end, -MIN_USUAL_WINDOW_MONTHS))
		warnings.push(
			`The window is shorter than ${MIN_USUAL_WINDOW_MONTHS} months, shorter than a Type II period usually is.`
		);
	return { error: null, warnings };
}
