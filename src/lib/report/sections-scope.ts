/**
 * What the report covers and why: the scoping answers, the categories they bring into or leave
 * out of scope, the controls left out with their reasons, and progress since a snapshot.
 */
import { naReview, type NaReview } from '$lib/domain/controls/na-review';
import type { ScopingAnswers } from '$lib/catalog/types';
import { askedQuestions } from '$lib/domain/scoring/conditions';
import { formatDate } from '$lib/domain/dates';
import { formatScore } from '$lib/domain/format';
import { LEVEL_LABEL } from '$lib/domain/scoring/levels';
import type { Comparison } from '$lib/domain/snapshots/comparison';
import type { ReportContext } from './input';
import { cell, type Block, type Cell, type Section } from './model';
import { answerText, plural, scoreTone } from './text';

const CATEGORY_STATUS_LABEL = {
	required: 'In scope',
	included: 'Included by choice',
	suggested: 'Suggested, left out',
	out: 'Not in scope'
} as const;

/** Said after the reason, in the same cell, so text extraction keeps the reason whole. */
const NA_REVIEW_NOTE: Record<NaReview, string> = {
	none: '',
	needs_reason: 'Review: the reason is shorter than a sentence.',
	needs_review: 'Review: not reviewed yet.',
	reviewed: 'Review: accepted.'
};

/** Scoping answers, categories with reasons, and controls left out with reasons. */
export function scopeSection(ctx: ReportContext): Section {
	const e = ctx.evaluation;
	const stored: Record<string, ScopingAnswers[string]> = {};
	for (const a of ctx.answers) stored[a.questionId] = a.value;
	const questions = askedQuestions(ctx.catalog.scopingQuestions, stored);
	const titles = new Map(ctx.catalog.controls.map((c) => [c.id, c.title]));
	const excluded = e.scope.controls.filter((c) => !c.applicable);
	const userNa = e.scope.applicableControlIds
		.map((id) => e.statesById.get(id))
		.filter((s) => s?.status === 'not_applicable');
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text: `${plural(e.scope.applicableControlIds.length, 'control')} apply across ${plural(e.scope.inScopeCategories.length, 'category', 'categories')} and ${plural(e.scope.criteria.length, 'criterion', 'criteria')}; ${plural(excluded.length, 'control is', 'controls are')} left out by the scoping answers.`
		},
		{ kind: 'heading', text: 'Categories' },
		{
			kind: 'table',
			columns: [
				{ header: 'Category', width: 1.6 },
				{ header: 'Decision', width: 1.6 },
				{ header: 'Why', width: 6 }
			],
			rows: e.scope.categories.map((c) => [
				cell(c.title, undefined, true),
				cell(CATEGORY_STATUS_LABEL[c.status], c.inScope ? 'ok' : 'muted', true),
				cell(c.reasons.join(' '))
			]),
			empty: ''
		},
		{ kind: 'heading', text: 'Scoping answers' },
		{
			kind: 'table',
			columns: [
				{ header: 'Question', width: 5 },
				{ header: 'Answer', width: 3 }
			],
			rows: questions.map((q) => [
				cell(q.text),
				cell(answerText(q, stored[q.id]), stored[q.id] === undefined ? 'muted' : undefined)
			]),
			empty: 'No scoping questions.'
		},
		{ kind: 'heading', text: 'Controls left out by scoping' },
		{
			kind: 'table',
			columns: [
				{ header: 'Control', width: 1.2 },
				{ header: 'Title', width: 3.5 },
				{ header: 'Why it does not apply', width: 4.5 }
			],
			rows: excluded.map((x) => [
				cell(x.controlId, undefined, true),
				cell(titles.get(x.controlId) ?? x.controlId),
				cell(x.reason ?? '')
			]),
			empty: 'Every control in the catalog applies.'
		},
		{ kind: 'heading', text: 'Controls marked not applicable' },
		{
			kind: 'table',
			columns: [
				{ header: 'Control', width: 1.2 },
				{ header: 'Title', width: 3.5 },
				{ header: 'Rationale given', width: 4.5 }
			],
			rows: userNa.map((s) => {
				const ctl = e.controlsById.get(s?.controlId ?? '');
				const review = ctl ? naReview(ctl, s) : 'none';
				const reason = s?.naRationale.trim() ?? '';
				const note = NA_REVIEW_NOTE[review];
				return [
					cell(s?.controlId ?? '', undefined, true),
					cell(titles.get(s?.controlId ?? '') ?? ''),
					cell(
						[reason || 'No rationale recorded', note].filter(Boolean).join(' '),
						!reason
							? 'bad'
							: review === 'needs_reason' || review === 'needs_review'
								? 'warn'
								: undefined
					)
				];
			}),
			empty: 'No applicable control was marked not applicable.'
		}
	];
	return { id: 'scope', title: 'Scope', newPage: true, blocks };
}

function delta(bp: number | null): string {
	if (bp === null) return '—';
	const pts = (Math.round(bp) / 100).toFixed(1);
	return bp > 0 ? `+${pts} points` : bp < 0 ? `${pts} points` : 'No change';
}

/** Progress since an earlier snapshot: overall and category scores, gaps and tasks. */
export function progressSection(ctx: ReportContext, c: Comparison): Section {
	const t = ctx.type;
	const o = c.overall[t];
	const rows: Cell[][] = c.byCategory[t].map((x) => [
		cell(x.title),
		cell(x.beforeState === 'out_of_scope' ? 'Not in scope' : formatScore(x.before)),
		cell(
			x.afterState === 'out_of_scope' ? 'Not in scope' : formatScore(x.after),
			scoreTone(x.after),
			true
		),
		cell(
			delta(x.delta),
			x.delta === null ? 'muted' : x.delta > 0 ? 'ok' : x.delta < 0 ? 'bad' : undefined
		)
	]);
	const blocks: Block[] = [
		{
			kind: 'facts',
			rows: [
				['Compared with', `${c.before.label} (${formatDate(c.before.date)})`],
				[
					'Overall readiness',
					`${formatScore(o.before)} (${LEVEL_LABEL[o.levelBefore]}) to ${formatScore(o.after)} (${LEVEL_LABEL[o.levelAfter]}), ${delta(o.delta)}`
				],
				['Gaps closed', String(c.gapsClosed.length)],
				['New gaps', String(c.gapsOpened.length)],
				['Tasks completed', String(c.tasksCompleted.length)]
			]
		},
		{
			kind: 'table',
			columns: [
				{ header: 'Category', width: 3 },
				{ header: 'Before', width: 1.4, align: 'right' },
				{ header: 'Now', width: 1.4, align: 'right' },
				{ header: 'Change', width: 1.6, align: 'right' }
			],
			rows,
			empty: 'No category to compare.'
		}
	];
	if (c.catalogNote) blocks.push({ kind: 'paragraph', muted: true, text: c.catalogNote });
	return { id: 'progress', title: `Progress since ${c.before.label}`, newPage: false, blocks };
}
