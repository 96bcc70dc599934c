/**
 * The investor summary's story in plain words, generated from the data: where the company is,
 * what is done, what is left, by when and at what cost, what blocks an Audit-ready verdict and
 * what moved since the last snapshot. Each SOC 2 term is explained once, in the glossary section.
 */
import { descriptionSummary, summaryLine } from '$lib/domain/description/status';
import { formatDate } from '$lib/domain/dates';
import { formatScore, plural } from '$lib/domain/format';
import { moneyRange } from '$lib/domain/planning/budget';
import type { CapacitySource } from '$lib/domain/planning/roadmap';
import { treatedSummary } from '$lib/domain/risks/register';
import { LEVEL_RULES, coverageShare } from '$lib/domain/scoring/readiness';
import { LEVEL_LABEL } from '$lib/domain/scoring/levels';
import { deltaText } from '$lib/domain/snapshots/wording';
import type { ReportContext } from './input';
import type { Block, Section } from './model';
import { statusLookup } from './sections-risks';

/** Blockers named in the story; the rest are counted. */
const STORY_BLOCKERS = 3;

/** The criterion score a strength starts at: the Audit-ready bar for a criterion. */
const STRONG_BP = LEVEL_RULES.auditReadyCriterion;

function typeWords(ctx: ReportContext): string {
	return ctx.type === 'type2'
		? `a SOC 2 Type II report, which looks at how its controls worked over a ${ctx.assessment.observationMonths}-month observation window`
		: 'a SOC 2 Type I report, which looks at how its controls are designed on one date';
}

/** Where the company stands, in one paragraph. */
export function whereWeAre(ctx: ReportContext): string {
	const b = ctx.breakdown;
	const cov = ctx.evaluation.score.coverage;
	const company = ctx.assessment.companyName.trim() || 'The company';
	const criteria = ctx.evaluation.scope.criteria.length;
	const level =
		b.level === 'not_rated'
			? 'too few controls are assessed yet to give a readiness level'
			: `that is the level “${LEVEL_LABEL[b.level]}”`;
	return `${company} is preparing for ${typeWords(ctx)}. Its readiness score today is ${formatScore(b.overall)} and ${level}. The score covers the ${plural(criteria, 'criterion', 'criteria')} in scope and rests on ${cov.assessed} of ${cov.applicable} applicable controls assessed (${formatScore(coverageShare(cov))}); a control not yet assessed counts as zero.`;
}

/** What is done, as a list: not only the strongest criteria. */
export function doneSoFar(ctx: ReportContext): string[] {
	const e = ctx.evaluation;
	const controls = e.score.controls;
	const implemented = controls.filter(
		(c) => e.statesById.get(c.controlId)?.status === 'implemented'
	);
	const key = controls.filter((c) => c.key);
	const keyDone = implemented.filter((c) => c.key).length;
	const policies = e.applicablePolicies;
	const approved = policies.filter((id) => {
		const s = e.policyStatus.get(id);
		return s === 'approved' || s === 'published';
	}).length;
	const strong = Object.values(ctx.breakdown.byCriterion).filter(
		(v) => v !== null && v >= STRONG_BP
	).length;
	const risks = treatedSummary(ctx.risks, statusLookup(ctx));
	return [
		`${implemented.length} of ${plural(e.score.coverage.applicable, 'applicable control')} in place, ${keyDone} of the ${key.length} key ones.`,
		`${plural(ctx.evidence.length, 'evidence item')} recorded for the auditor.`,
		`${approved} of ${plural(policies.length, 'policy', 'policies')} approved by management.`,
		risks.total === 0
			? 'No risks recorded in the risk register yet.'
			: `Risk register: ${risks.text}.`,
		`System description: ${summaryLine(descriptionSummary(ctx.description)).replace(/^./, (c) => c.toLowerCase())}.`,
		`${strong} of ${plural(Object.keys(ctx.breakdown.byCriterion).length, 'criterion', 'criteria')} at ${formatScore(STRONG_BP)} or more.`
	];
}

function capacityWords(c: { perWeek: number; source: CapacitySource }): string {
	const pace = `At ${plural(c.perWeek, 'person-day')} of work a week`;
	if (c.source.kind === 'scoping')
		return `${pace} (${plural(c.source.people, 'person', 'people')} giving ${plural(c.source.hoursEach, 'hour')} each)`;
	if (c.source.kind === 'default') return `${pace} (an assumption: the team has not said)`;
	return pace;
}

/** What is left and by when, at what cost: the plan's figures in words. */
export function whatIsLeft(ctx: ReportContext): string {
	const s = ctx.plan.schedule;
	const t = ctx.plan.timeline;
	const parts: string[] = [];
	if (!s) parts.push('No remediation work is open.');
	else if (!s.ok) parts.push(`No dates can be projected yet: ${s.message}`);
	else {
		parts.push(
			`Still open: ${plural(s.openTasks, 'remediation task')} of about ${plural(s.openEffortDays, 'person-day')} in all.`
		);
		parts.push(
			`${t ? `${capacityWords(t.capacity)}, ` : ''}the plan projects audit-ready by ${formatDate(s.auditReadyDate)} and a first report in hand around ${formatDate(s.earliestReportDate)}.`
		);
		if (t?.target) parts.push(`The target for the report is ${formatDate(t.target)}.`);
		if (t && t.targetCheck.kind !== 'none') parts.push(t.targetCheck.text);
	}
	const b = ctx.plan.budget;
	if (b.totalOneOff.high > 0)
		parts.push(
			`The estimated cost to the first report is ${moneyRange(b.totalOneOff, b.currency)}${b.totalYearly.high > 0 ? `, then ${moneyRange(b.totalYearly, b.currency)} each year` : ''}, on the assumptions listed in the full report.`
		);
	return parts.join(' ');
}

/** What stands between today and Audit-ready, the first few named. */
export function whatBlocks(ctx: ReportContext): string {
	const blockers = ctx.breakdown.blockers;
	if (blockers.length === 0)
		return 'Nothing in the data blocks an Audit-ready verdict for this report type; an auditor still tests every control.';
	const named = blockers.slice(0, STORY_BLOCKERS).map((x) => x.text.replace(/\.$/, ''));
	const more = blockers.length - named.length;
	return `Before an Audit-ready verdict: ${named.join('; ')}${more > 0 ? `; and ${plural(more, 'more item')}` : ''}.`;
}

/** Progress since the compared snapshot, when there is one. */
export function sinceSnapshot(ctx: ReportContext): string | null {
	const c = ctx.comparison;
	if (!c) return null;
	const o = c.overall[ctx.type];
	return `Since the snapshot “${c.before.label}” of ${formatDate(c.before.date.slice(0, 10))}, readiness moved ${deltaText(o)} (${formatScore(o.before)} to ${formatScore(o.after)}): ${plural(c.gapsClosed.length, 'control')} had gaps closed, ${c.gapsOpened.length} gained new ones, and ${plural(c.tasksCompleted.length, 'task')} ${c.tasksCompleted.length === 1 ? 'was' : 'were'} completed.`;
}

export function storySection(ctx: ReportContext): Section {
	const blocks: Block[] = [
		{ kind: 'paragraph', text: whereWeAre(ctx) },
		{ kind: 'heading', text: 'Done so far' },
		{ kind: 'bullets', items: doneSoFar(ctx) },
		{ kind: 'heading', text: 'What is left, by when and at what cost' },
		{ kind: 'paragraph', text: whatIsLeft(ctx) },
		{ kind: 'paragraph', text: whatBlocks(ctx) }
	];
	const since = sinceSnapshot(ctx);
	if (since) blocks.push({ kind: 'heading', text: 'Progress' }, { kind: 'paragraph', text: since });
	return { id: 'story', title: 'The story in plain words', newPage: false, blocks };
}

/** The SOC 2 words the summary uses, each explained once. */
export const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
	[
		'SOC 2',
		'A report by an independent CPA firm on how a service company protects the systems and data its customers rely on.'
	],
	[
		'Type I and Type II',
		'A Type I report checks that controls are designed well on one date; a Type II report also checks that they worked throughout a period, usually 3 to 12 months.'
	],
	[
		'Observation window',
		'The period a Type II report covers; the controls must run, and leave records, for all of it.'
	],
	[
		'Trust Services Criteria',
		'The 61 requirements SOC 2 is measured against, grouped into Security (always in scope) and the optional Availability, Processing Integrity, Confidentiality and Privacy.'
	],
	[
		'Control',
		'A safeguard the company runs, such as multi-factor sign-in or a quarterly access review; key controls are the ones an auditor looks at first.'
	],
	[
		'Evidence',
		'The records that show a control exists and ran: settings, tickets, logs, sign-offs.'
	],
	[
		'Readiness score',
		'How much of what the criteria in scope ask for is in place, computed on this device from the answers and evidence recorded; it is not an audit result.'
	],
	[
		'Audit-ready',
		`The level at which nothing recorded stands in the way of the audit: every criterion in scope at ${formatScore(LEVEL_RULES.auditReadyCriterion)} or more and no blocking gap left, such as a key control without evidence or a policy not approved.`
	],
	[
		'Gap',
		'Something a control still lacks before an auditor would accept it: a status, evidence, a policy, a record.'
	]
];

export function glossarySection(): Section {
	return {
		id: 'glossary',
		title: 'Terms used',
		newPage: false,
		blocks: [{ kind: 'facts', rows: GLOSSARY.map(([term, meaning]) => [term, meaning]) }]
	};
}
