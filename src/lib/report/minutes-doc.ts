/**
 * Workshop minutes as a document (pure): one model that the Markdown, DOCX and PDF writers all
 * render, so the email text and the printed minutes say the same thing. Every value is text.
 */
import { formatDate } from '$lib/domain/dates';
import { LEVEL_LABEL } from '$lib/domain/scoring/levels';
import type { Minutes } from '$lib/domain/snapshots/minutes';
import { minutesEmpty } from '$lib/domain/snapshots/minutes';
import { deltaText, sideValue } from '$lib/domain/snapshots/wording';
import { CONTROL_STATUS_LABEL, REPORT_TYPE_LABEL, type TaskStatus } from '$lib/domain/types';
import type { DocBlock, DocModel } from '$lib/files/doc-model';
import { POLICY_STATUS_LABEL } from './sections-records';

const TASK_STATUS: Record<TaskStatus, string> = {
	todo: 'to do',
	doing: 'in progress',
	done: 'done'
};

const day = (iso: string) => formatDate(iso.slice(0, 10));

function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

function section(title: string, items: readonly string[], none: string): DocBlock[] {
	return [
		{ kind: 'heading', level: 2, text: `${title} (${items.length})` },
		items.length ? { kind: 'bullets', items } : { kind: 'paragraph', text: none }
	];
}

/** The sentence that opens the minutes: the score, its level and what moved. */
export function minutesSummary(m: Minutes): string {
	const o = m.overall;
	const type = REPORT_TYPE_LABEL[m.reportType];
	const level =
		o.levelBefore === o.levelAfter
			? LEVEL_LABEL[o.levelAfter]
			: `${LEVEL_LABEL[o.levelBefore]} → ${LEVEL_LABEL[o.levelAfter]}`;
	const moved = [
		count(m.answered.length, 'control answered', 'controls answered'),
		count(m.evidenceAdded.length, 'evidence item recorded', 'evidence items recorded'),
		count(m.tasksAdded.length, 'new task'),
		count(m.tasksCompleted.length, 'task completed', 'tasks completed'),
		count(m.gapsClosed, 'control with a gap closed', 'controls with gaps closed')
	].join(', ');
	return `${type} readiness: ${sideValue(o.before, o.beforeState)} → ${sideValue(o.after, o.afterState)} (${deltaText(o)}; ${level}). Since the snapshot: ${moved}.`;
}

export function minutesDocument(m: Minutes, company: string, preparedOn: string): DocModel {
	const name = company.trim() || 'Unnamed company';
	const blocks: DocBlock[] = [
		{ kind: 'heading', level: 1, text: `Workshop minutes: ${name}` },
		{
			kind: 'paragraph',
			text: `What changed from “${m.before.label}” (${day(m.before.date)}) to “${m.after.label}” (${day(m.after.date)}). Prepared ${day(preparedOn)} on this device from the assessment's own records.`
		},
		{ kind: 'note', text: minutesSummary(m) }
	];
	if (m.catalogNote) blocks.push({ kind: 'note', text: m.catalogNote });
	if (minutesEmpty(m))
		blocks.push({
			kind: 'paragraph',
			text: 'No control, evidence, task, owner or policy changed between these two points.'
		});
	blocks.push(
		...section(
			'Controls answered',
			m.answered.map(
				(a) =>
					`${a.controlId} ${a.title}: ${CONTROL_STATUS_LABEL[a.status]}${a.ownerName ? ` (owner ${a.ownerName})` : ''}`
			),
			'No control was answered for the first time.'
		),
		...section(
			'Other status changes',
			m.statusChanges.map(
				(s) =>
					`${s.controlId} ${s.title}: ${CONTROL_STATUS_LABEL[s.from]} → ${CONTROL_STATUS_LABEL[s.to]}`
			),
			'No other control changed status.'
		),
		...section(
			'Evidence recorded',
			m.evidenceAdded.map(
				(e) => `${e.controlId} ${e.controlTitle}: ${e.title}${e.location ? ` (${e.location})` : ''}`
			),
			'No evidence was recorded.'
		),
		...section(
			'New tasks',
			m.tasksAdded.map(
				(t) =>
					`${t.title}: ${t.ownerName || 'no owner yet'}, ${t.dueDate ? `due ${day(t.dueDate)}` : 'no due date'}, ${TASK_STATUS[t.status]}`
			),
			'No task was added.'
		),
		...section(
			'Tasks completed',
			m.tasksCompleted.map((t) => t.title),
			'No task was completed.'
		),
		...section(
			'Owners assigned',
			m.ownersAssigned.map(
				(o) =>
					`${o.kind === 'control' ? `${o.id} ${o.title}` : `Task: ${o.title}`}: ${o.from ? `${o.from} → ` : ''}${o.to}`
			),
			'No owner was assigned.'
		),
		...section(
			'Policies',
			m.policiesChanged.map(
				(p) => `${p.title}: ${POLICY_STATUS_LABEL[p.from]} → ${POLICY_STATUS_LABEL[p.to]}`
			),
			'No policy changed status.'
		)
	);
	return {
		title: `Workshop minutes — ${name}`,
		footer: `${name} · workshop minutes · ${day(m.after.date)}`,
		blocks
	};
}
