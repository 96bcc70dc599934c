/**
 * The report's summary sections, shared by the investor summary and the full gap report: the
 * headline score and dates, scores by category, strengths, the most important gaps, progress
 * since a snapshot, and the caveat.
 */
import { moneyRange } from '$lib/domain/planning/budget';
import { LEVEL_RULES, coverageShare } from '$lib/domain/scoring/readiness';
import { categoryBars } from '$lib/charts/datasets';
import { formatDate } from '$lib/domain/dates';
import { formatScore } from '$lib/domain/format';
import { gapTextsOf } from '$lib/domain/scoring/evaluate';
import { LEVEL_LABEL } from '$lib/domain/scoring/levels';
import { PRIORITY_LABEL } from '$lib/domain/scoring/priority';
import { REPORT_TYPE_LABEL } from '$lib/domain/types';
import type { ReportContext } from './input';
import { descriptionFact } from './sections-description';
import { cell, type Block, type Cell, type Section } from './model';
import { LEVEL_TONE, ownerText, plural, scoreTone } from './text';

/** Printed on the cover and at the end: what this report is and is not. */
export function caveat(company: string): string {
	return `This is a self-assessment of SOC 2 readiness, prepared from information ${company ? `entered by or for ${company}` : 'entered in the app'}. It is not an audit, an attestation or an auditor’s opinion, and it does not mean a SOC 2 report has been or will be issued. Only an independent CPA firm can examine the controls and issue a SOC 2 report.`;
}

/** Blockers listed before the rest are summed up: the full report, and the shorter summary. */
const MAX_BLOCKERS = { full: 15, investor: 5 } as const;

/** Strengths start at this score (80%, the audit-ready threshold for a criterion). */
export const STRENGTH_BP = 8000;

/** True when nothing has been recorded: every control not started, no evidence. */
export function nothingRecorded(ctx: ReportContext): boolean {
	return (
		ctx.evidence.length === 0 &&
		ctx.evaluation.score.controls.every(
			(c) =>
				(ctx.evaluation.statesById.get(c.controlId)?.status ?? 'not_assessed') === 'not_assessed'
		)
	);
}

function dateFacts(ctx: ReportContext): { facts: Array<[string, string]>; notes: Block[] } {
	const s = ctx.plan.schedule;
	if (!s) return { facts: [], notes: [] };
	if (!s.ok)
		return {
			facts: [],
			notes: [{ kind: 'callout', tone: 'warn', text: `No dates: ${s.message}` }]
		};
	const facts: Array<[string, string]> = [
		['Open remediation work', `${plural(s.openTasks, 'task')}, ${s.openEffortDays} person-days`],
		['Projected audit-ready date', formatDate(s.auditReadyDate)]
	];
	if (s.earliestAuditDate)
		facts.push(['Earliest audit date (Type I)', formatDate(s.earliestAuditDate)]);
	if (s.observationStart && s.observationEnd)
		facts.push([
			'Observation window (Type II)',
			`${formatDate(s.observationStart)} to ${formatDate(s.observationEnd)}`
		]);
	const t = ctx.plan.timeline;
	facts.push([
		'Earliest report in hand',
		formatDate(s.earliestReportDate) +
			(t?.spread
				? ` (range ${formatDate(t.spread.low)} to ${formatDate(t.spread.high)}, from the effort range)`
				: '')
	]);
	if (t?.target) facts.push(['Target for the report', formatDate(t.target)]);
	if (t) facts.push(['Capacity the dates rest on', t.capacity.text]);
	const b = ctx.plan.budget;
	if (b.totalOneOff.high > 0)
		facts.push(['Budget to the first report', moneyRange(b.totalOneOff, b.currency)]);
	if (b.totalYearly.high > 0)
		facts.push(['Budget each year after', moneyRange(b.totalYearly, b.currency)]);
	const notes: Block[] = [];
	if (t && t.targetCheck.kind !== 'none')
		notes.push({
			kind: 'callout',
			tone: t.targetCheck.kind === 'late' ? 'warn' : 'info',
			text: t.targetCheck.text
		});
	if (b.missing.length > 0 && (b.totalOneOff.high > 0 || b.totalYearly.high > 0))
		notes.push({
			kind: 'paragraph',
			muted: true,
			text: `The budget is an estimate on stated assumptions (see the full report); not priced: ${b.missing.join('; ')}.`
		});
	if (ctx.plan.source === 'gaps')
		notes.push({
			kind: 'paragraph',
			muted: true,
			text: `No remediation plan has been saved yet, so these dates are projected from the open gaps at ${plural(t?.capacity.perWeek ?? ctx.assessment.plan.capacityPerWeek, 'person-day')} of work a week.`
		});
	return { facts, notes };
}

/** Headline score, level, what is in scope, projected dates and scores by category. */
export function glanceSection(ctx: ReportContext): Section {
	const b = ctx.breakdown;
	const e = ctx.evaluation;
	const blocks: Block[] = [];
	const scoped = ctx.answers.length > 1 || !!ctx.progress.scopeDone;
	if (nothingRecorded(ctx))
		blocks.push({
			kind: 'callout',
			tone: 'warn',
			text: 'Nothing has been recorded in this assessment yet: no applicable control has been assessed and no evidence is attached, so every score below is 0%. Record the status of each control, then export the report again.'
		});
	if (!scoped)
		blocks.push({
			kind: 'callout',
			tone: 'info',
			text: 'The scoping questions have not been answered, so every Security control is counted and no other category is in scope.'
		});
	blocks.push({
		kind: 'score',
		label: `Overall readiness, ${REPORT_TYPE_LABEL[ctx.type]}`,
		value: formatScore(b.overall),
		level: LEVEL_LABEL[b.level],
		tone: scoreTone(b.overall),
		levelTone: LEVEL_TONE[b.level]
	});
	const cov = e.score.coverage;
	blocks.push({
		kind: 'paragraph',
		text: `Coverage: ${cov.assessed} of ${cov.applicable} applicable controls assessed (${formatScore(coverageShare(cov))}). Controls not assessed count as 0 in every score.`
	});
	if (b.level === 'not_rated')
		blocks.push({
			kind: 'callout',
			tone: 'warn',
			text: `No readiness level yet: only ${cov.assessed} of ${cov.applicable} applicable controls have been assessed, and a level is given once ${formatScore(LEVEL_RULES.coverageForLevel)} are. The score above rests on too few answers to judge readiness.`
		});
	// Not rated: the callout above already gives the reason, in the same words as the coverage.
	else blocks.push({ kind: 'bullets', items: [...b.levelReasons] });
	if (b.blockers.length > 0) {
		const max = MAX_BLOCKERS[ctx.variant];
		const items = b.blockers.slice(0, max).map((x) => x.text);
		if (b.blockers.length > max)
			items.push(`And ${b.blockers.length - max} more, listed in the app's Overview.`);
		blocks.push({ kind: 'heading', text: 'What blocks Audit-ready' });
		blocks.push({ kind: 'bullets', items });
	}
	const implemented = e.score.controls.filter(
		(c) => e.statesById.get(c.controlId)?.status === 'implemented'
	).length;
	const dates = dateFacts(ctx);
	blocks.push({
		kind: 'facts',
		rows: [
			[
				'Categories in scope',
				e.scope.categories
					.filter((c) => c.inScope)
					.map((c) => c.title)
					.join(', ')
			],
			['Criteria in scope', String(e.scope.criteria.length)],
			['Controls assessed', `${cov.assessed} of ${cov.applicable}`],
			['Implemented', String(implemented)],
			['Criteria not covered', b.notCovered.length ? b.notCovered.join(', ') : 'None'],
			descriptionFact(ctx),
			...dates.facts
		]
	});
	blocks.push(...dates.notes);
	const cats = ctx.catalog.categories.filter((c) => c.id in b.byCategory);
	blocks.push({ kind: 'heading', text: 'Readiness by category' });
	blocks.push({
		kind: 'chart',
		title: 'Readiness by category',
		spec: categoryBars(b, ctx.catalog.categories),
		heightMm: 14 + cats.length * 11,
		summary: cats.map((c) => `${c.title} ${formatScore(b.byCategory[c.id])}`).join(', ')
	});
	blocks.push({
		kind: 'table',
		columns: [
			{ header: 'Category', width: 3 },
			{ header: 'Readiness', width: 1, align: 'right' }
		],
		rows: cats.map((c) => [
			cell(c.title),
			cell(formatScore(b.byCategory[c.id]), scoreTone(b.byCategory[c.id]), true)
		]),
		empty: 'No category is in scope.'
	});
	return { id: 'glance', title: 'Readiness at a glance', newPage: ctx.variant === 'full', blocks };
}

/** Categories and criteria at 80% or more. */
export function strengthsSection(ctx: ReportContext): Section {
	const b = ctx.breakdown;
	const cats = ctx.catalog.categories.filter((c) => (b.byCategory[c.id] ?? -1) >= STRENGTH_BP);
	const crits = ctx.evaluation.scope.criteria.filter(
		(id) => (b.byCriterion[id] ?? -1) >= STRENGTH_BP
	);
	const blocks: Block[] = [];
	if (cats.length === 0 && crits.length === 0) {
		blocks.push({
			kind: 'paragraph',
			text: `No category or criterion has reached ${formatScore(STRENGTH_BP)} yet.`
		});
	} else {
		blocks.push({
			kind: 'paragraph',
			text: `Areas at ${formatScore(STRENGTH_BP)} or more: ${plural(cats.length, 'category', 'categories')} and ${plural(crits.length, 'criterion', 'criteria')} of ${ctx.evaluation.scope.criteria.length}.`
		});
		blocks.push({
			kind: 'table',
			columns: [
				{ header: 'Area', width: 1 },
				{ header: 'Title', width: 4 },
				{ header: 'Readiness', width: 1.3, align: 'right' }
			],
			rows: [
				...cats.map((c) => [
					cell('Category'),
					cell(c.title),
					cell(formatScore(b.byCategory[c.id]), 'ok', true)
				]),
				...crits.map((id) => [
					cell(id),
					cell(ctx.criteriaById.get(id)?.title ?? id),
					cell(formatScore(b.byCriterion[id]), 'ok', true)
				])
			],
			empty: ''
		});
	}
	return { id: 'strengths', title: 'Strengths', newPage: false, blocks };
}

/** Due date and projected finish of the task that closes a control's gap. */
export function gapWhen(
	ctx: ReportContext,
	gapKeys: readonly string[],
	fallbackDue: string | null
): string {
	const task = gapKeys.map((k) => ctx.taskByGap.get(k)).find((t) => t !== undefined);
	const due = task?.dueDate ?? fallbackDue;
	const planned = task ? ctx.scheduled.get(task.id)?.end : undefined;
	const parts: string[] = [];
	if (due) parts.push(`Due ${formatDate(due)}`);
	if (planned) parts.push(`planned ${formatDate(planned)}`);
	const text = parts.join(', ');
	return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'No date';
}

/** The gaps ranked as on the Overview, with owners and dates. */
export function topGapsSection(ctx: ReportContext, limit: number): Section {
	const gaps = ctx.evaluation.gaps[ctx.type];
	const shown = gaps.slice(0, limit);
	const rows: Cell[][] = shown.map((g, i) => {
		const ctl = ctx.evaluation.controlsById.get(g.controlId);
		const st = ctx.evaluation.statesById.get(g.controlId);
		const keys = ['control', 'evidence', 'recurring'].map((k) => `${k}:${g.controlId}`);
		return [
			cell(String(i + 1)),
			cell(`${g.controlId} ${ctl?.title ?? ''}`.trim()),
			cell(gapTextsOf(ctx.evaluation, g.controlId, ctx.type).join('; ')),
			cell(
				PRIORITY_LABEL[g.priority.priority],
				g.priority.priority === 'high'
					? 'bad'
					: g.priority.priority === 'medium'
						? 'warn'
						: 'muted',
				true
			),
			cell(ownerText(st?.ownerName ?? '', st?.ownerDepartment ?? ctl?.department)),
			cell(gapWhen(ctx, keys, st?.dueDate ?? null))
		];
	});
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text:
				gaps.length > shown.length
					? `The ${shown.length} most important of ${plural(gaps.length, 'control gap')} for ${REPORT_TYPE_LABEL[ctx.type]}, ranked by whether the control is key, how many criteria it supports and how far it is from done.`
					: `${plural(gaps.length, 'control gap')} for ${REPORT_TYPE_LABEL[ctx.type]}, ranked by whether the control is key, how many criteria it supports and how far it is from done.`
		},
		{
			kind: 'table',
			columns: [
				{ header: '#', width: 0.45, align: 'right' },
				{ header: 'Control', width: 4 },
				{ header: 'What is missing', width: 2.2 },
				{ header: 'Priority', width: 1.2 },
				{ header: 'Owner', width: 2.2 },
				{ header: 'When', width: 2 }
			],
			rows,
			empty: `No gaps for ${REPORT_TYPE_LABEL[ctx.type]}: every applicable control has full credit.`
		}
	];
	return { id: 'top-gaps', title: 'Most important gaps', newPage: true, blocks };
}

/** The caveat, at the end of every report. */
export function aboutSection(ctx: ReportContext): Section {
	return {
		id: 'about',
		title: 'About this report',
		newPage: false,
		blocks: [
			{ kind: 'callout', tone: 'info', text: caveat(ctx.assessment.companyName) },
			{
				kind: 'paragraph',
				muted: true,
				text: `Prepared on ${formatDate(ctx.today)} with catalog version ${ctx.catalog.version}. The criteria follow the 2017 Trust Services Criteria; the controls, guidance and scoring are the app’s own.`
			}
		]
	};
}
