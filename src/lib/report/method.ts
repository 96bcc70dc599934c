/**
 * The scoring method as report blocks, worded like the app's ScoringMethod component and built
 * from the scoring module's own constants, so the PDF cannot drift from the code.
 */
import { formatScore } from '$lib/domain/format';
import {
	CAP_NO_EVIDENCE,
	CAP_OVERDUE,
	CAP_POLICY,
	KEY_WEIGHT,
	LEVEL_RULES,
	MAX_AGE_DAYS,
	STATUS_CREDIT
} from '$lib/domain/scoring/scoring';
import type { Block } from './model';

/** How scores are calculated, in words a founder can repeat. */
export function scoringMethodBlocks(): Block[] {
	const age = Object.entries(MAX_AGE_DAYS)
		.map(([f, d]) => `${f} ${d} days`)
		.join(', ');
	return [
		{
			kind: 'paragraph',
			text: 'Scores are worked out on the device from what was entered. They are a self-assessment, not an audit opinion.'
		},
		{ kind: 'heading', text: 'Credit per control' },
		{
			kind: 'bullets',
			items: [
				`Not started ${formatScore(STATUS_CREDIT.not_started)}, Planned ${formatScore(STATUS_CREDIT.planned)}, In progress ${formatScore(STATUS_CREDIT.in_progress)}, Implemented ${formatScore(STATUS_CREDIT.implemented)}.`,
				`An implemented control without evidence for the report type gets at most ${formatScore(CAP_NO_EVIDENCE)}.`,
				`For Type II, a recurring control not performed within its interval (or never recorded) gets at most ${formatScore(CAP_OVERDUE)}. Intervals allowed between two performances: ${age}.`,
				`A control whose governing policy is missing or a draft gets at most ${formatScore(CAP_POLICY)}.`,
				'Controls marked not applicable are left out of every score; their rationale is listed in this report.'
			]
		},
		{ kind: 'heading', text: 'From controls to the overall score' },
		{
			kind: 'bullets',
			items: [
				`A criterion’s score is the average of its applicable controls’ credit; key controls count ${KEY_WEIGHT} times. The vendor programme counts as an item in the criteria it supports. A criterion with no applicable control is “Not covered”, never 100%.`,
				'Series, category and overall scores are the plain average of their criteria, so every criterion counts equally.'
			]
		},
		{ kind: 'heading', text: 'Readiness levels' },
		{
			kind: 'bullets',
			items: [
				`Audit-ready: every in-scope criterion at ${formatScore(LEVEL_RULES.auditReadyCriterion)} or more, none Not covered, and every key control at full credit.`,
				`Nearly ready: overall at ${formatScore(LEVEL_RULES.nearlyReadyOverall)} or more, no criterion below ${formatScore(LEVEL_RULES.nearlyReadyCriterion)}.`,
				`Developing: overall at ${formatScore(LEVEL_RULES.developingOverall)} or more.`,
				'Not ready: anything below.'
			]
		}
	];
}
