/** Which controls the interview walks, and what each answer does (pure). */
import type { Control, Criterion } from '$lib/catalog/types';
import type { ControlState, ControlStatus } from '$lib/domain/types';

export type InterviewAnswer = 'yes' | 'partly' | 'no' | 'na' | 'skip';

/** The status each answer sets; Not applicable also needs a rationale, Skip changes nothing. */
export const ANSWER_STATUS: Record<Exclude<InterviewAnswer, 'skip'>, ControlStatus> = {
	yes: 'implemented',
	partly: 'in_progress',
	no: 'not_started',
	na: 'not_applicable'
};

export const ANSWER_KEYS: Record<string, InterviewAnswer> = {
	y: 'yes',
	p: 'partly',
	n: 'no',
	a: 'na',
	s: 'skip'
};

/** 'all', 'dept:HR', 'series:CC6' */
export type InterviewFilter = string;

export function filterLabel(filter: InterviewFilter): string {
	if (filter.startsWith('dept:')) return `${filter.slice(5)} only`;
	if (filter.startsWith('series:')) return `Series ${filter.slice(7)} only`;
	return 'All applicable controls';
}

/** The controls to walk through, in catalog order. */
export function interviewControls(
	applicable: readonly Control[],
	states: ReadonlyMap<string, ControlState>,
	criteria: ReadonlyMap<string, Criterion>,
	filter: InterviewFilter
): Control[] {
	if (filter.startsWith('dept:')) {
		const dept = filter.slice(5);
		return applicable.filter((c) => (states.get(c.id)?.ownerDepartment ?? c.department) === dept);
	}
	if (filter.startsWith('series:')) {
		const series = filter.slice(7);
		return applicable.filter((c) => criteria.get(c.criteria[0] ?? '')?.series === series);
	}
	return [...applicable];
}

/** The answer that matches a stored status, to highlight it when a question is revisited. */
export function answerFor(status: ControlStatus | undefined): InterviewAnswer | null {
	if (status === 'implemented') return 'yes';
	if (status === 'in_progress') return 'partly';
	if (status === 'not_applicable') return 'na';
	if (status === 'not_started') return 'no';
	return null;
}
