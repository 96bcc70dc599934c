/**
 * Reads of the rows an assessment owns, for live queries. Writes live in each table's module.
 */
import type {
	ControlState,
	EvidenceItem,
	PolicyState,
	RemediationTask,
	ScopingAnswer,
	Snapshot,
	Vendor
} from '$lib/domain/types';
import { db } from '../db';

export const listAnswers = (assessmentId: string): Promise<ScopingAnswer[]> =>
	db().scopingAnswers.where('assessmentId').equals(assessmentId).toArray();

export const listControlStates = (assessmentId: string): Promise<ControlState[]> =>
	db().controlStates.where('assessmentId').equals(assessmentId).toArray();

export const listEvidence = (assessmentId: string): Promise<EvidenceItem[]> =>
	db().evidence.where('assessmentId').equals(assessmentId).toArray();

export const listPolicyStates = (assessmentId: string): Promise<PolicyState[]> =>
	db().policyStates.where('assessmentId').equals(assessmentId).toArray();

export const listTasks = (assessmentId: string): Promise<RemediationTask[]> =>
	db().tasks.where('assessmentId').equals(assessmentId).toArray();

export const listVendors = (assessmentId: string): Promise<Vendor[]> =>
	db().vendors.where('assessmentId').equals(assessmentId).toArray();

/** Snapshots without their (large) data, newest first. */
export async function listSnapshots(assessmentId: string): Promise<Snapshot[]> {
	const rows = await db().snapshots.where('assessmentId').equals(assessmentId).toArray();
	return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
