/** Which controls the interview walks, and what each answer does (pure). */
import type { Control, Criterion } from '$lib/catalog/types';
import type { ControlChange } from '$lib/domain/controls/validation';
import { homeCriterion } from '$lib/domain/scoring/applicable-controls';
import type { ControlState, ControlStatus } from '$lib/domain/types';

export type InterviewAnswer = 'yes' | 'partly' | 'planned' | 'no' | 'na' | 'skip';

/** The status each answer sets; Not applicable also needs a rationale, Skip changes nothing. */
export const ANSWER_STATUS: Record<Exclude<InterviewAnswer, 'skip'>, ControlStatus> = {
	yes: 'implemented',
	partly: 'in_progress',
	planned: 'planned',
	no: 'not_started',
	na: 'not_applicable'
};

/**
 * What an answer changes on the control: its status, and for Not applicable the rationale typed
 * (trimmed). Other answers keep the rationale already recorded.
 */
export function answerChange(
	answer: Exclude<InterviewAnswer, 'skip'>,
	naDraft: string | null
): ControlChange {
	const status = ANSWER_STATUS[answer];
	return answer === 'na' ? { status, naRationale: (naDraft ?? '').trim() } : { status };
}

export const ANSWER_LABEL: Record<InterviewAnswer, string> = {
	yes: 'Yes',
	partly: 'Partly',
	planned: 'Planned',
	no: 'No',
	na: 'Not applicable',
	skip: 'Skip'
};

export const ANSWER_KEYS: Record<string, InterviewAnswer> = {
	y: 'yes',
	p: 'partly',
	l: 'planned',
	n: 'no',
	a: 'na',
	s: 'skip'
};

/** 'all', 'unanswered', 'key', 'dept:HR', 'series:CC6' */
export type InterviewFilter = string;

export function filterLabel(filter: InterviewFilter): string {
	if (filter.startsWith('dept:')) return `${filter.slice(5)} only`;
	if (filter.startsWith('series:')) return `Series ${filter.slice(7)} only`;
	if (filter === 'unanswered') return 'Not assessed yet';
	if (filter === 'key') return 'Key controls only';
	return 'All applicable controls';
}

/** The controls to walk through, in catalog order. */
export function interviewControls(
	applicable: readonly Control[],
	states: ReadonlyMap<string, ControlState>,
	criteria: ReadonlyMap<string, Criterion>,
	filter: InterviewFilter,
	inScope?: ReadonlySet<string>
): Control[] {
	if (filter === 'unanswered')
		return applicable.filter(
			(c) => (states.get(c.id)?.status ?? 'not_assessed') === 'not_assessed'
		);
	if (filter === 'key') return applicable.filter((c) => c.key);
	if (filter.startsWith('dept:')) {
		const dept = filter.slice(5);
		return applicable.filter((c) => (states.get(c.id)?.ownerDepartment ?? c.department) === dept);
	}
	if (filter.startsWith('series:')) {
		const series = filter.slice(7);
		return applicable.filter((c) => criteria.get(homeCriterion(c, inScope))?.series === series);
	}
	return [...applicable];
}

/**
 * The series a user can narrow the interview to: the series of each applicable control's home
 * criterion, once each, in the catalog's order of criteria (CC1, CC2, … CC9, then A1, C1, PI1, P1…),
 * not the order controls happen to come in.
 */
export function interviewSeries(
	applicable: readonly Pick<Control, 'criteria'>[],
	criteria: ReadonlyMap<string, Pick<Criterion, 'series'>>,
	inScope?: ReadonlySet<string>
): string[] {
	const found = new Set(
		applicable.map((c) => criteria.get(homeCriterion(c, inScope))?.series ?? '')
	);
	const order = [...new Set([...criteria.values()].map((c) => c.series))];
	return order.filter((s) => found.has(s));
}

/** The answer that matches a stored status, to highlight it when a question is revisited. */
export function answerFor(status: ControlStatus | undefined): InterviewAnswer | null {
	if (status === 'implemented') return 'yes';
	if (status === 'in_progress') return 'partly';
	if (status === 'planned') return 'planned';
	if (status === 'not_applicable') return 'na';
	if (status === 'not_started') return 'no';
	return null;
}
