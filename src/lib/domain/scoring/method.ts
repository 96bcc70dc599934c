/**
 * The scoring method in words, built from the scoring module's own constants: the in-app "How
 * these scores are calculated" and the PDF's method section both render this, so neither can
 * drift from the code. docs/scoring.md says the same at length, with worked examples.
 */
import { NA_REASON_MIN_WORDS } from '../controls/na-review';
import { formatScore } from '../format';
import { LEVEL_RULES } from './readiness';
import {
	CAP_NO_EVIDENCE,
	CAP_OVERDUE,
	CAP_POLICY,
	CAP_SHORT_HISTORY,
	KEY_WEIGHT,
	MAX_AGE_DAYS,
	STATUS_CREDIT
} from './scoring';

export interface MethodPart {
	heading: string;
	items: string[];
}

export const METHOD_INTRO =
	'Scores are worked out on the device from what was entered. They are a self-assessment, not an audit opinion.';

export function scoringMethod(): MethodPart[] {
	const age = Object.entries(MAX_AGE_DAYS)
		.map(([f, d]) => `${f} ${d} days`)
		.join(', ');
	const f = formatScore;
	return [
		{
			heading: 'Credit per control',
			items: [
				`Not assessed ${f(STATUS_CREDIT.not_assessed)}: a control nobody has answered yet scores nothing but is not a gap; it is counted apart in the coverage ("N of M applicable controls assessed").`,
				`Not started ${f(STATUS_CREDIT.not_started)}, Planned ${f(STATUS_CREDIT.planned)}, In progress ${f(STATUS_CREDIT.in_progress)}, Implemented ${f(STATUS_CREDIT.implemented)}.`,
				`An implemented control without evidence for the report type gets at most ${f(CAP_NO_EVIDENCE)}.`,
				`A recurring control not performed within its interval gets at most ${f(CAP_OVERDUE)}: for Type II also when no performance is recorded, for Type I when the last one recorded has gone stale. Intervals allowed between two performances: ${age}.`,
				`For Type II, an implemented control that has not operated for the whole observation window (no “in place since” date, one inside the window, or for recurring work dated performances that leave a stretch of the window longer than its interval) gets at most ${f(CAP_SHORT_HISTORY)}: history is never assumed. The same cap applies when none of its Type II evidence is dated inside the window.`,
				`Periodic activities inside a continuous control (such as the monthly report of accounts without a second factor inside “MFA enforced”) are scored like recurring controls once the control is implemented: each has its own dated performances, interval and gaps.`,
				`A control whose governing policy is missing or a draft gets at most ${f(CAP_POLICY)}.`,
				`Controls marked not applicable are left out of every score, with their reason listed in the report. On a key control, or one the catalog gives no standard reason, the reason must be at least a sentence (${NA_REASON_MIN_WORDS} words) and reviewed; until then the control counts at ${f(0)} and blocks Audit-ready.`
			]
		},
		{
			heading: 'From controls to the overall score',
			items: [
				`A criterion’s score is the average of its applicable controls’ credit; key controls (the ones whose failure undermines a criterion) count ${KEY_WEIGHT} times. The vendor programme counts as an item in the criteria it supports. A criterion with no applicable control is “Not covered”, never 100%.`,
				'Series, category and overall scores are the plain average of their criteria, so every criterion counts equally.'
			]
		},
		{
			heading: 'Readiness levels',
			items: [
				`No level is given until ${f(LEVEL_RULES.coverageForLevel)} of the applicable controls are assessed: the level then reads “Not rated yet”.`,
				`Audit-ready: nothing blocks it. Every applicable control assessed, every in-scope criterion at ${f(LEVEL_RULES.auditReadyCriterion)} or more and none Not covered, every key control at full credit for the report type, every policy governing an applicable control approved, at least one vendor recorded, the risk register reviewed in the last 365 days (CC3.1–CC3.4, CC9.1), every high or critical residual risk linked to an implemented control, no Not applicable reason waiting for review, and, once a roster or an access review is entered on the People page, no overdue onboarding or offboarding check, for Type II no check done after a deadline inside the observation window, and no leaver's account left in a completed access review. The Overview and the PDF list each blocker.`,
				'Ready to start the observation window (Type II only): everything Audit-ready needs is in place except operating history; the Overview gives the date the window can start and the date it would end.',
				`Nearly ready: overall at ${f(LEVEL_RULES.nearlyReadyOverall)} or more, no criterion below ${f(LEVEL_RULES.nearlyReadyCriterion)}.`,
				`Developing: overall at ${f(LEVEL_RULES.developingOverall)} or more.`,
				'Not ready: anything below.'
			]
		}
	];
}
