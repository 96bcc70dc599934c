/**
 * Valibot schemas for the work records added with the risk register, the system description and
 * policy texts (same conventions as schema-records.ts: strict objects, generous limits). The type
 * checks at the end fail the build when a record type and its schema disagree.
 */
import { LIMITS } from '$lib/domain/limits';
import {
	DEPARTMENTS,
	type DescriptionSection,
	type PolicyText,
	type Risk,
	type RiskReview
} from '$lib/domain/types';
import {
	catalogId,
	date,
	id,
	list,
	num,
	oneOf,
	orNull,
	record,
	text,
	timestamp,
	type AllTrue,
	type Matches
} from './schema-fields';

const MAX_ROWS = 5000;
const MAX_HISTORY = 1000;

const rating = record({ likelihood: num(1, 5, true), impact: num(1, 5, true) });

export const riskSchema = record({
	id: id(),
	assessmentId: id(),
	starterId: orNull(catalogId()),
	title: text(LIMITS.title),
	description: text(LIMITS.note),
	category: oneOf([
		'security',
		'availability',
		'confidentiality',
		'processing_integrity',
		'privacy',
		'fraud',
		'change',
		'vendor',
		'operational',
		'compliance'
	]),
	fraud: orNull(
		record({
			pressures: text(LIMITS.note),
			opportunities: text(LIMITS.note),
			rationalisation: text(LIMITS.note)
		})
	),
	ownerName: text(LIMITS.personName),
	ownerDepartment: orNull(oneOf(DEPARTMENTS)),
	inherent: rating,
	residual: rating,
	treatment: oneOf(['mitigate', 'accept', 'transfer', 'avoid']),
	treatmentRationale: text(LIMITS.note),
	controlIds: list(catalogId(), MAX_ROWS),
	reviewedAt: orNull(date()),
	nextReview: orNull(date()),
	history: list(
		record({ at: timestamp(), by: text(LIMITS.personName), change: text(LIMITS.rationale) }),
		MAX_HISTORY
	),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

export const riskReviewSchema = record({
	id: id(),
	assessmentId: id(),
	reviewedAt: date(),
	reviewer: text(LIMITS.personName),
	note: text(LIMITS.note),
	riskCount: num(0, MAX_ROWS, true),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

export const descriptionSectionSchema = record({
	assessmentId: id(),
	sectionId: catalogId(),
	text: text(LIMITS.section),
	items: list(
		record({
			id: id(),
			name: text(LIMITS.title),
			method: orNull(oneOf(['carve_out', 'inclusive'])),
			detail: text(LIMITS.note)
		}),
		MAX_ROWS
	),
	status: oneOf(['draft', 'reviewed']),
	reviewedBy: text(LIMITS.personName),
	reviewedAt: orNull(date()),
	updatedAt: timestamp()
});

const section = text(LIMITS.section);

export const policyTextSchema = record({
	id: id(),
	assessmentId: id(),
	policyId: catalogId(),
	version: num(1, 10_000, true),
	body: record({
		purpose: section,
		scope: section,
		roles: section,
		requirements: section,
		exceptions: section,
		review: section
	}),
	changeNote: text(LIMITS.rationale),
	approvedBy: text(LIMITS.personName),
	approvedAt: orNull(date()),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

/** The work lists of one assessment's content, spread into `assessmentDataSchema`. */
export const workListEntries = {
	risks: list(riskSchema, MAX_ROWS),
	riskReviews: list(riskReviewSchema, MAX_ROWS),
	description: list(descriptionSectionSchema, MAX_ROWS),
	policyTexts: list(policyTextSchema, MAX_ROWS)
};

/** Compile-time guard: a field added to one of these records fails here until the schema knows it. */
export type WorkSchemaMatchesTypes = AllTrue<
	[
		Matches<typeof riskSchema, Risk>,
		Matches<typeof riskReviewSchema, RiskReview>,
		Matches<typeof descriptionSectionSchema, DescriptionSection>,
		Matches<typeof policyTextSchema, PolicyText>
	]
>;
