/**
 * Valibot schemas for the people records (roster, checks, access reviews, samples), same
 * conventions as schema-records.ts. The type check at the end fails the build when a record type
 * and its schema disagree.
 */
import * as v from 'valibot';
import { LIMITS } from '$lib/domain/limits';
import {
	CHECK_KINDS,
	EMPLOYMENT_TYPES,
	MAX_ACCOUNTS,
	MAX_PEOPLE,
	PEOPLE_PROCESSES,
	ROSTER_TEXT_MAX
} from '$lib/domain/people';
import type {
	AccessReviewRecord,
	PeopleSampleRecord,
	PersonCheckRecord,
	PersonRecord
} from '$lib/domain/types';
import {
	bool,
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

const MAX_CHECKS = 20 * MAX_PEOPLE;
const MAX_REVIEWS = 5000;
const MAX_SAMPLES = 5000;
const ACCOUNT_MAX = 320;

export const personSchema = record({
	id: id(),
	assessmentId: id(),
	name: text(ROSTER_TEXT_MAX.name),
	email: orNull(text(ROSTER_TEXT_MAX.email)),
	role: text(ROSTER_TEXT_MAX.role),
	department: text(ROSTER_TEXT_MAX.department),
	manager: text(ROSTER_TEXT_MAX.manager),
	startDate: date(),
	endDate: orNull(date()),
	employmentType: oneOf(EMPLOYMENT_TYPES),
	inScope: bool(),
	companyDevice: bool(),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

export const personCheckSchema = record({
	id: id(),
	assessmentId: id(),
	personId: id(),
	kind: oneOf(CHECK_KINDS),
	date: orNull(date()),
	note: text(LIMITS.note),
	updatedAt: timestamp()
});

const account = record({
	account: text(ACCOUNT_MAX),
	email: v.optional(orNull(text(ACCOUNT_MAX))),
	displayName: v.optional(orNull(text(ROSTER_TEXT_MAX.name)))
});

export const accessReviewSchema = record({
	id: id(),
	assessmentId: id(),
	systemName: text(LIMITS.title),
	reviewDate: date(),
	reviewer: text(LIMITS.personName),
	completedAt: orNull(date()),
	accounts: list(account, MAX_ACCOUNTS),
	decisions: list(
		record({
			account: text(ACCOUNT_MAX),
			decision: oneOf(['keep', 'change', 'remove'] as const),
			note: text(LIMITS.rationale)
		}),
		MAX_ACCOUNTS
	),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

export const peopleSampleSchema = record({
	id: id(),
	assessmentId: id(),
	process: oneOf(PEOPLE_PROCESSES),
	window: record({ start: date(), end: date() }),
	seed: text(200),
	populationSize: num(0, MAX_CHECKS, true),
	size: num(0, MAX_CHECKS, true),
	items: list(
		record({
			key: text(300),
			personId: id(),
			date: date(),
			kind: v.optional(oneOf(CHECK_KINDS))
		}),
		MAX_CHECKS
	),
	drawnAt: timestamp()
});

/** The people lists of one assessment's content, spread into `assessmentDataSchema`. */
export const peopleListEntries = {
	people: list(personSchema, MAX_PEOPLE),
	personChecks: list(personCheckSchema, MAX_CHECKS),
	accessReviews: list(accessReviewSchema, MAX_REVIEWS),
	peopleSamples: list(peopleSampleSchema, MAX_SAMPLES)
};

/** Compile-time guard: a field added to one of these records fails here until the schema knows it. */
export type PeopleSchemaMatchesTypes = AllTrue<
	[
		Matches<typeof personSchema, PersonRecord>,
		Matches<typeof personCheckSchema, PersonCheckRecord>,
		Matches<typeof accessReviewSchema, AccessReviewRecord>,
		Matches<typeof peopleSampleSchema, PeopleSampleRecord>
	]
>;
