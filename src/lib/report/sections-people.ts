/**
 * The people records in the reports, as counts and rates only: no name, email or date of a
 * person reaches either PDF. The full gap report gets a section (the roster's size, completion
 * and on-time rates per control, overdue checks by kind, the last access review and what it
 * found, the Type II samples drawn); the investor summary one paragraph of rates.
 */
import { formatDate } from '$lib/domain/dates';
import { formatScore } from '$lib/domain/format';
import {
	CHECK_KIND_LABEL,
	CHECK_KINDS,
	openChecks,
	type ControlPeopleImpact
} from '$lib/domain/people';
import type { PeopleProcess } from '$lib/domain/people/sampling';
import type { ReportContext } from './input';
import { cell, type Block, type Cell, type Section } from './model';
import { plural } from './text';

const PROCESS_LABEL: Record<PeopleProcess, string> = {
	hires: 'Hires',
	leavers: 'Leavers',
	training_completions: 'Training completions',
	access_changes: 'Access changes'
};

const rate = (bp: number | null) => (bp === null ? 'none due yet' : formatScore(bp));

/** What the people figures rest on, in one sentence. */
function basis(ctx: ReportContext): string {
	const v = ctx.evaluation.people;
	if (!v)
		return 'No roster is recorded: the people controls (training, background checks, onboarding and offboarding, access reviews) are judged from the checklist answers alone, without the per-person records an auditor samples.';
	return `${plural(v.rosterSize, 'person', 'people')} on the roster, ${v.inScope} in scope, with the checks recorded as of ${formatDate(ctx.today)}. Rates count the people whose deadline has passed; late checks count against Type II when their deadline fell inside the observation window (${formatDate(v.window.start)} to ${formatDate(v.window.end)}).`;
}

function controlRows(ctx: ReportContext, rows: readonly ControlPeopleImpact[]): Cell[][] {
	return rows.map((c) => [
		cell(`${c.controlId} ${ctx.evaluation.controlsById.get(c.controlId)?.title ?? ''}`.trim()),
		cell(String(c.checked)),
		cell(rate(c.completionBp)),
		cell(rate(c.onTimeBp)),
		cell(String(c.overdue), c.overdue > 0 ? 'bad' : undefined),
		cell(String(c.gaps), c.gaps > 0 ? 'bad' : 'ok')
	]);
}

/** The full gap report's people section. */
export function peopleSection(ctx: ReportContext): Section {
	const v = ctx.evaluation.people;
	const blocks: Block[] = [{ kind: 'callout', text: basis(ctx), tone: v ? 'info' : 'warn' }];
	if (v) {
		blocks.push(
			{ kind: 'heading', text: 'Checks by control' },
			{
				kind: 'table',
				columns: [
					{ header: 'Control', width: 40 },
					{ header: 'People', width: 10, align: 'right' },
					{ header: 'Completed', width: 13, align: 'right' },
					{ header: 'On time', width: 13, align: 'right' },
					{ header: 'Overdue', width: 12, align: 'right' },
					{ header: 'Exceptions', width: 12, align: 'right' }
				],
				rows: controlRows(ctx, v.controls[ctx.type]),
				empty: 'No people check applies to a control in scope.'
			}
		);
		const open = openChecks(ctx.people, ctx.personChecks, ctx.today).filter(
			(c) => c.state === 'overdue'
		);
		const byKind = CHECK_KINDS.map((k) => [k, open.filter((c) => c.kind === k).length] as const);
		blocks.push({
			kind: 'paragraph',
			text:
				open.length === 0
					? 'No check is overdue.'
					: `Overdue checks: ${byKind
							.filter(([, n]) => n > 0)
							.map(([k, n]) => `${CHECK_KIND_LABEL[k].toLowerCase()} ${n}`)
							.join(', ')}. Each kind is a task in the remediation plan.`
		});
		const a = v.access;
		blocks.push(
			{ kind: 'heading', text: 'Access reviews' },
			{
				kind: 'paragraph',
				text:
					a.lastCompletedAt === null
						? `No access review has been completed${ctx.accessReviews.length > 0 ? ` (${plural(ctx.accessReviews.length, 'review')} still open)` : ''}: the access-review control (IAM-07) has no recorded performance from this page.`
						: `Last completed access review: ${formatDate(a.lastCompletedAt)} (${plural(a.systemsReviewed, 'system')} reviewed). In each system's latest completed review: ${plural(a.leaverAccounts, "leaver's account", "leavers' accounts")} still listed, ${plural(a.unknownAccounts, 'account')} matching nobody on the roster, ${plural(a.sharedAccounts, 'shared account')}.`
			}
		);
	}
	if (ctx.peopleSamples.length > 0)
		blocks.push(
			{ kind: 'heading', text: 'Type II samples drawn' },
			{
				kind: 'table',
				columns: [
					{ header: 'Population', width: 24 },
					{ header: 'Window', width: 30 },
					{ header: 'Sample', width: 18, align: 'right' },
					{ header: 'Seed', width: 28 }
				],
				rows: [...ctx.peopleSamples]
					.sort((x, y) => y.drawnAt.localeCompare(x.drawnAt))
					.map((s) => [
						cell(PROCESS_LABEL[s.process]),
						cell(`${formatDate(s.window.start)} to ${formatDate(s.window.end)}`),
						cell(`${s.size} of ${s.populationSize}`),
						cell(s.seed)
					]),
				empty: ''
			},
			{
				kind: 'paragraph',
				text: 'Sample sizes follow the usual sizes by population and frequency as a starting point; the auditor decides the final sample, and the seed lets anyone redraw the same one.',
				muted: true
			}
		);
	return { id: 'people', title: 'People and access', newPage: true, blocks };
}

/** The investor summary's paragraph: rates only. */
export function peopleSummarySection(ctx: ReportContext): Section {
	const v = ctx.evaluation.people;
	if (!v)
		return {
			id: 'people',
			title: 'People and access',
			newPage: false,
			blocks: [{ kind: 'paragraph', text: basis(ctx) }]
		};
	const rows = v.controls[ctx.type];
	const training = rows.find((c) => c.controlId === 'HR-04');
	const removal = rows.find((c) => c.controlId === 'IAM-05');
	const parts = [
		`${plural(v.inScope, 'person', 'people')} in scope`,
		training ? `security training completed on time for ${rate(training.onTimeBp)}` : '',
		removal ? `leavers' access removed on time for ${rate(removal.onTimeBp)}` : '',
		v.access.lastCompletedAt
			? `last access review completed on ${formatDate(v.access.lastCompletedAt)}`
			: 'no access review completed yet'
	].filter((p) => p !== '');
	return {
		id: 'people',
		title: 'People and access',
		newPage: false,
		blocks: [
			{ kind: 'paragraph', text: `${parts.join('; ')}.` },
			{ kind: 'paragraph', text: basis(ctx), muted: true }
		]
	};
}
