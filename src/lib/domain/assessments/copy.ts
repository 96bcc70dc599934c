/**
 * Copies of an assessment: Duplicate on the home list and "Keep both" when importing a backup.
 * Every row moves to the new owner; rows with ids of their own get fresh ones, and task gap keys
 * that name one of the copied rows ('vendor-review:<vendorId>') follow it, as do the person ids
 * that checks and samples point to. Pure: ids come from
 * `newId`, in the order the rows are listed.
 */
import { buildContent, type AnyContentRow, type AssessmentAggregate } from './aggregate';
import type { Assessment, AssessmentContent, FrozenAssessment, Snapshot } from '../types';

/** The content moved to `owner`, with a map from each old own-id to its new one. */
function moveContent(
	data: AssessmentContent,
	owner: string,
	newId: () => string
): { content: AssessmentContent; ids: Map<string, string> } {
	const ids = new Map<string, string>();
	const content = buildContent((t) =>
		data[t.field].map((row) => {
			const moved = { ...row, assessmentId: owner };
			if (!t.ownIds || !('id' in row)) return moved;
			const next = newId();
			ids.set(row.id, next);
			return { ...moved, id: next };
		})
	);
	content.tasks = content.tasks.map((task) => {
		const colon = task.gapKey?.indexOf(':') ?? -1;
		const target = colon >= 0 ? ids.get(task.gapKey?.slice(colon + 1) ?? '') : undefined;
		return task.gapKey !== null && target !== undefined
			? { ...task, gapKey: `${task.gapKey.slice(0, colon + 1)}${target}` }
			: task;
	});
	const person = (id: string) => ids.get(id) ?? id;
	content.personChecks = content.personChecks.map((c) => ({ ...c, personId: person(c.personId) }));
	content.peopleSamples = content.peopleSamples.map((s) => ({
		...s,
		items: s.items.map((item) => ({
			...item,
			personId: person(item.personId),
			key: item.key.split('|').map(person).join('|')
		}))
	}));
	return { content, ids };
}

/** A frozen copy moved to a new owner id (its own row ids are history: kept). */
function moveFrozen(data: FrozenAssessment, owner: string): FrozenAssessment {
	return {
		...buildContent((t) => {
			const rows: readonly AnyContentRow[] = data[t.field];
			return rows.map((r) => ({ ...r, assessmentId: owner }));
		}),
		assessment: { ...data.assessment, id: owner }
	};
}

export interface CopyOptions {
	/** The copy's own row (new id, name and times): the rest of the copy follows it. */
	assessment: Assessment;
	/** Keep the snapshots too (an imported copy does; Duplicate starts the history afresh). */
	snapshots: boolean;
	/** When the copy was made: its last-edited time. */
	now: string;
}

/** A separate copy of an assessment and everything it owns under `options.assessment.id`. */
export function copyAssessment(
	source: AssessmentAggregate,
	options: CopyOptions,
	newId: () => string
): AssessmentAggregate {
	const owner = options.assessment.id;
	const { content } = moveContent(source, owner, newId);
	const snapshots: Snapshot[] = options.snapshots
		? source.snapshots.map((s) => ({
				...s,
				id: newId(),
				assessmentId: owner,
				data: moveFrozen(s.data, owner)
			}))
		: [];
	return {
		assessment: options.assessment,
		activity: {
			...source.activity,
			assessmentId: owner,
			editedAt: options.now,
			updatedAt: options.now
		},
		...content,
		snapshots
	};
}
