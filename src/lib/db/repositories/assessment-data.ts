/**
 * Whole assessments read and copied: for snapshots, templates and Duplicate. Apart from the
 * assessments list so the home page loads the copying code only when Duplicate is used.
 */
import type { AssessmentAggregate } from '$lib/domain/assessments/aggregate';
import { copyAssessment } from '$lib/domain/assessments/copy';
import { db } from '../db';
import { write } from '../write';
import { addAggregate, AGGREGATE_TABLES } from './aggregate';
import { readAggregate } from './aggregate-read';

/** Reads an assessment with its activity and content (no snapshots), in one read transaction. */
export async function readAssessmentData(id: string): Promise<AssessmentAggregate | undefined> {
	const d = db();
	return d.transaction('r', [...AGGREGATE_TABLES], () =>
		readAggregate(d, id, { snapshots: false })
	);
}

/**
 * Copies an assessment with all its rows under a new id. `newId` makes ids for copied rows that
 * have their own (evidence, tasks, vendors); snapshots are not copied.
 */
export function duplicateAssessment(
	id: string,
	copy: { id: string; companyName: string },
	newId: () => string
): Promise<string> {
	const d = db();
	return write(AGGREGATE_TABLES, async (ts) => {
		const source = await readAggregate(d, id, { snapshots: false });
		if (!source) throw new Error('This assessment no longer exists.');
		const assessment = {
			...source.assessment,
			id: copy.id,
			companyName: copy.companyName,
			createdAt: ts,
			updatedAt: ts,
			deletedAt: null
		};
		await addAggregate(d, copyAssessment(source, { assessment, snapshots: false, now: ts }, newId));
		return copy.id;
	});
}
