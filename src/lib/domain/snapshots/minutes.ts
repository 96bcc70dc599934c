/**
 * Workshop minutes (pure): what changed between a snapshot taken at a workshop and a later state,
 * in the terms a consultant writes up afterwards: controls answered for the first time, other
 * status changes, evidence recorded, tasks added and completed, owners assigned, policies
 * approved, and the score for the chosen report type. Built on compareSnapshots' comparison.
 */
import type { Catalog } from '$lib/catalog';
import type { Comparison, OverallChange, StatusChange, TaskCompletion } from './comparison';
import type { ComparisonSide } from './snapshots';
import type { ControlStatus, PolicyStatus, ReportType, TaskStatus } from '../types';

export interface AnsweredControl {
	controlId: string;
	title: string;
	status: ControlStatus;
	ownerName: string;
}

export interface EvidenceAdded {
	controlId: string;
	controlTitle: string;
	title: string;
	location: string;
}

export interface TaskAdded {
	title: string;
	ownerName: string;
	dueDate: string | null;
	status: TaskStatus;
}

export interface OwnerAssigned {
	kind: 'control' | 'task';
	/** Control id, or '' for a task. */
	id: string;
	title: string;
	/** '' when there was no owner before. */
	from: string;
	to: string;
}

export interface PolicyChange {
	policyId: string;
	title: string;
	from: PolicyStatus;
	to: PolicyStatus;
}

export interface Minutes {
	before: Comparison['before'];
	after: Comparison['after'];
	reportType: ReportType;
	overall: OverallChange;
	answered: AnsweredControl[];
	/** Status changes of controls that had an answer already. */
	statusChanges: StatusChange[];
	evidenceAdded: EvidenceAdded[];
	tasksAdded: TaskAdded[];
	tasksCompleted: TaskCompletion[];
	ownersAssigned: OwnerAssigned[];
	policiesChanged: PolicyChange[];
	gapsClosed: number;
	gapsOpened: number;
	catalogNote: string | null;
}

/** True when nothing a consultant would write up changed. */
export function minutesEmpty(m: Minutes): boolean {
	return (
		m.answered.length +
			m.statusChanges.length +
			m.evidenceAdded.length +
			m.tasksAdded.length +
			m.tasksCompleted.length +
			m.ownersAssigned.length +
			m.policiesChanged.length ===
		0
	);
}

export function workshopMinutes(
	catalog: Catalog,
	comparison: Comparison,
	before: ComparisonSide,
	after: ComparisonSide
): Minutes {
	const controlTitle = (id: string) => catalog.controls.find((c) => c.id === id)?.title ?? id;
	const ownerAfter = new Map(after.data.controls.map((c) => [c.controlId, c.ownerName.trim()]));
	const answered = comparison.statusChanges
		.filter((s) => s.from === 'not_assessed')
		.map((s) => ({
			controlId: s.controlId,
			title: s.title,
			status: s.to,
			ownerName: ownerAfter.get(s.controlId) ?? ''
		}));
	const statusChanges = comparison.statusChanges.filter((s) => s.from !== 'not_assessed');

	const hadEvidence = new Set(before.data.evidence.map((e) => e.id));
	const evidenceAdded = after.data.evidence
		.filter((e) => !hadEvidence.has(e.id))
		.map((e) => ({
			controlId: e.controlId,
			controlTitle: controlTitle(e.controlId),
			title: e.title,
			location: e.location
		}))
		.sort((x, y) => x.controlId.localeCompare(y.controlId));

	const tasksBefore = new Map(before.data.tasks.map((t) => [t.id, t]));
	const tasksAdded = after.data.tasks
		.filter((t) => !tasksBefore.has(t.id) && !t.resolved)
		.map((t) => ({
			title: t.title,
			ownerName: t.ownerName.trim(),
			dueDate: t.dueDate,
			status: t.status
		}));

	const ownersBefore = new Map(before.data.controls.map((c) => [c.controlId, c.ownerName.trim()]));
	const ownersAssigned: OwnerAssigned[] = [];
	for (const c of after.data.controls) {
		const to = c.ownerName.trim();
		const from = ownersBefore.get(c.controlId) ?? '';
		if (to && to !== from)
			ownersAssigned.push({
				kind: 'control',
				id: c.controlId,
				title: controlTitle(c.controlId),
				from,
				to
			});
	}
	ownersAssigned.sort((x, y) => x.id.localeCompare(y.id));
	for (const t of after.data.tasks) {
		const was = tasksBefore.get(t.id);
		const to = t.ownerName.trim();
		if (was && to && to !== was.ownerName.trim())
			ownersAssigned.push({ kind: 'task', id: '', title: t.title, from: was.ownerName.trim(), to });
	}

	const policyBefore = new Map(before.data.policies.map((p) => [p.policyId, p.status]));
	const policiesChanged = after.data.policies
		.map((p) => ({
			policyId: p.policyId,
			title: catalog.policies.find((x) => x.id === p.policyId)?.title ?? p.policyId,
			from: policyBefore.get(p.policyId) ?? ('missing' as PolicyStatus),
			to: p.status
		}))
		.filter((p) => p.from !== p.to);

	return {
		before: comparison.before,
		after: comparison.after,
		reportType: comparison.reportType,
		overall: comparison.overall[comparison.reportType],
		answered,
		statusChanges,
		evidenceAdded,
		tasksAdded,
		tasksCompleted: comparison.tasksCompleted,
		ownersAssigned,
		policiesChanged,
		gapsClosed: comparison.gapsClosed.length,
		gapsOpened: comparison.gapsOpened.length,
		catalogNote: comparison.catalogNote
	};
}
