/**
 * Valibot schemas for every stored record, field by field, with strict objects (an unknown field
 * is refused). Limits come from domain/limits.ts; numeric ranges are generous on purpose: they
 * exist to refuse nonsense, never data the app itself wrote. The type checks at the end fail the
 * build when a record type gains or loses a field the schema does not know.
 */
import * as v from 'valibot';
import { CATEGORIES } from '$lib/catalog/series';
import { LIMITS } from '$lib/domain/limits';
import { RECORD_NAME_MAX } from '$lib/domain/record-names';
import {
	CONTROL_STATUSES,
	DEPARTMENTS,
	REPORT_TYPES,
	type AssessmentRecord,
	type FrozenAssessment,
	type ControlState,
	type EvidenceItem,
	type PolicyState,
	type RemediationTask,
	type ScopingAnswer,
	type Snapshot,
	type Template,
	type Vendor
} from '$lib/domain/types';
import {
	bool,
	catalogId,
	catalogVersion,
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
import { workListEntries } from './schema-work';
import { peopleListEntries } from './schema-people';

/** Duplicating appends " (copy 12)" to a full-length name, so stored names may run longer. */
export const COMPANY_NAME_MAX = LIMITS.companyName + 20;
/** Most rows one assessment holds in one table (the catalog has about 200 controls). */
const MAX_ROWS = 5000;
const SHORT = 200;

const categoryIds = CATEGORIES.map((c) => c.id);
const department = orNull(oneOf(DEPARTMENTS));
const categoryList = list(oneOf(categoryIds), categoryIds.length);

const answerValue = v.union(
	[v.string(), v.array(text(SHORT)), v.number(), v.boolean()],
	'expected text, a list of texts, a number, or true or false'
);
const answerValueChecked = v.pipe(
	answerValue,
	v.check(
		(a) =>
			(typeof a !== 'string' || a.length <= SHORT) &&
			(!Array.isArray(a) || a.length <= SHORT) &&
			(typeof a !== 'number' || Number.isFinite(a)),
		`expected a short answer (at most ${SHORT} characters or items)`
	)
);

const LEVELS = [
	'not_rated',
	'not_ready',
	'developing',
	'nearly_ready',
	'window_ready',
	'audit_ready'
] as const;

const summary = record({
	type1: orNull(num(0, 10_000, true)),
	type2: orNull(num(0, 10_000, true)),
	level1: oneOf(LEVELS),
	level2: oneOf(LEVELS),
	applicableControls: num(0, MAX_ROWS, true),
	assessedControls: v.optional(num(0, MAX_ROWS, true)),
	implementedControls: num(0, MAX_ROWS, true),
	reportDate: v.optional(orNull(date())),
	targetDate: v.optional(orNull(date())),
	// A summary derived but not yet stored carries an empty time.
	computedAt: v.union([timestamp(), v.literal('')], 'expected a date and time')
});

export const assessmentSchema = record({
	id: id(),
	companyName: text(COMPANY_NAME_MAX),
	assessor: text(LIMITS.personName),
	reportType: oneOf(REPORT_TYPES),
	observationMonths: oneOf([3, 6, 12]),
	catalogVersion: catalogVersion(),
	createdAt: timestamp(),
	updatedAt: timestamp(),
	deletedAt: orNull(timestamp()),
	includedCategories: categoryList,
	declinedCategories: categoryList,
	progress: record({
		scopeQuestionId: v.optional(catalogId()),
		scopeDone: v.optional(bool()),
		interviewControlId: v.optional(catalogId()),
		interviewFilter: v.optional(text(SHORT)),
		dismissedSuggestions: v.optional(list(text(SHORT), SHORT))
	}),
	plan: record({
		startDate: orNull(date()),
		capacityPerWeek: num(0, 10_000),
		departmentCapacity: v.record(oneOf(DEPARTMENTS), num(0, 10_000), 'expected an object'),
		capacitySource: v.optional(oneOf(['scoping', 'manual'] as const)),
		milestones: v.optional(
			record({
				auditorWeeks: v.optional(num(0, 52)),
				readinessWeeks: v.optional(num(0, 52)),
				fieldworkWeeks: v.optional(num(0, 52)),
				reportWeeks: v.optional(num(0, 52))
			})
		),
		budget: v.optional(
			record({
				currency: text(12),
				dayRate: orNull(num(0, 1_000_000)),
				auditorQuote: orNull(num(0, 100_000_000)),
				costs: list(
					record({
						id: id(),
						label: text(LIMITS.title),
						oneOff: num(0, 100_000_000),
						yearly: num(0, 100_000_000)
					}),
					200
				)
			})
		)
	}),
	summary: orNull(summary)
});

export const answerSchema = record({
	assessmentId: id(),
	questionId: catalogId(),
	value: answerValueChecked,
	updatedAt: timestamp()
});

export const controlSchema = record({
	assessmentId: id(),
	controlId: catalogId(),
	status: oneOf(CONTROL_STATUSES),
	ownerName: text(LIMITS.personName),
	ownerDepartment: department,
	notes: text(LIMITS.note),
	dueDate: orNull(date()),
	lastPerformed: orNull(date()),
	naRationale: text(LIMITS.rationale),
	naReviewedAt: v.optional(orNull(timestamp())),
	inPlaceSince: v.optional(orNull(date())),
	occurrences: v.optional(list(date(), 500)),
	activityDates: v.optional(
		v.pipe(
			v.record(catalogId(), list(date(), 500), 'expected an object'),
			v.check((r) => Object.keys(r).length <= 20, 'expected at most 20 activities')
		)
	),
	updatedAt: timestamp()
});

export const evidenceSchema = record({
	id: id(),
	assessmentId: id(),
	controlId: catalogId(),
	title: text(LIMITS.title),
	location: text(LIMITS.location),
	collectedAt: orNull(date()),
	reportType: oneOf(['type1', 'type2', 'both']),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

export const taskSchema = record({
	id: id(),
	assessmentId: id(),
	gapKey: orNull(text(SHORT)),
	title: text(LIMITS.title),
	controlIds: list(catalogId(), MAX_ROWS),
	ownerName: text(LIMITS.personName),
	ownerDepartment: department,
	effortDays: num(0, 10_000),
	startDate: orNull(date()),
	dueDate: orNull(date()),
	status: oneOf(['todo', 'doing', 'done']),
	notes: text(LIMITS.note),
	edited: list(text(60), 50),
	resolved: bool(),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

export const policySchema = record({
	assessmentId: id(),
	policyId: catalogId(),
	status: oneOf(['missing', 'draft', 'approved', 'published']),
	ownerName: text(LIMITS.personName),
	// Stored as a date by the policy screen; older rows may hold a full timestamp.
	approvedAt: orNull(v.union([date(), timestamp()], 'expected a date (YYYY-MM-DD)')),
	nextReview: orNull(date()),
	updatedAt: timestamp()
});

const soc2 = record({
	type: oneOf(REPORT_TYPES),
	periodStart: orNull(date()),
	periodEnd: orNull(date()),
	opinion: orNull(oneOf(['unqualified', 'qualified', 'adverse', 'disclaimer'])),
	opinionNotes: text(LIMITS.note),
	bridgeLetterDate: orNull(date()),
	subserviceOrgs: text(LIMITS.note),
	cuecsReviewed: bool(),
	cuecs: list(
		record({ description: text(LIMITS.rationale), controlId: orNull(catalogId()) }),
		MAX_ROWS
	)
});

export const vendorSchema = record({
	id: id(),
	assessmentId: id(),
	name: text(COMPANY_NAME_MAX),
	service: text(LIMITS.title),
	ownerName: text(LIMITS.personName),
	dataAccess: oneOf(['none', 'internal', 'confidential', 'customer_personal']),
	systemAccess: oneOf(['none', 'read', 'write', 'admin']),
	dependency: oneOf(['low', 'medium', 'high']),
	tierOverride: orNull(oneOf(['low', 'medium', 'high', 'critical'])),
	tierOverrideReason: text(LIMITS.rationale),
	contractStart: orNull(date()),
	renewalDate: orNull(date()),
	lastReviewedAt: orNull(date()),
	assurance: record({
		questionnaireReceived: orNull(date()),
		soc2: orNull(soc2),
		iso27001Expiry: orNull(date()),
		pentestSummaryDate: orNull(date())
	}),
	safeguards: record({
		securityRequirements: bool(),
		breachNotificationHours: orNull(num(0, 100_000)),
		rightToAudit: bool(),
		serviceLevels: bool(),
		dataProcessingAgreement: bool(),
		dataReturnDeletion: bool(),
		subprocessorNotice: bool()
	}),
	notes: text(LIMITS.note),
	createdAt: timestamp(),
	updatedAt: timestamp()
});

export const assessmentDataSchema = record({
	assessment: assessmentSchema,
	answers: list(answerSchema, MAX_ROWS),
	controls: list(controlSchema, MAX_ROWS),
	evidence: list(evidenceSchema, MAX_ROWS),
	tasks: list(taskSchema, MAX_ROWS),
	policies: list(policySchema, MAX_ROWS),
	vendors: list(vendorSchema, MAX_ROWS),
	...workListEntries,
	...peopleListEntries
});

export const snapshotSchema = record({
	id: id(),
	assessmentId: id(),
	name: text(RECORD_NAME_MAX),
	createdAt: timestamp(),
	catalogVersion: catalogVersion(),
	data: assessmentDataSchema
});

export const templateSchema = record({
	id: id(),
	name: text(RECORD_NAME_MAX),
	createdAt: timestamp(),
	updatedAt: timestamp(),
	catalogVersion: catalogVersion(),
	answers: v.record(catalogId(), answerValueChecked, 'expected an object'),
	includedCategories: categoryList,
	declinedCategories: categoryList,
	notes: v.record(catalogId(), text(LIMITS.note), 'expected an object')
});

type SameKeys<A, B> = [keyof A] extends [keyof B]
	? [keyof B] extends [keyof A]
		? true
		: false
	: false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;

/**
 * Compile-time guard: a field added to (or removed from) a type in domain/types.ts fails the
 * type check here until the schema learns it, so a backup never silently drops data.
 */
export type SchemaMatchesTypes = AllTrue<
	[
		Matches<typeof assessmentSchema, AssessmentRecord>,
		Matches<typeof answerSchema, ScopingAnswer>,
		Matches<typeof controlSchema, ControlState>,
		Matches<typeof evidenceSchema, EvidenceItem>,
		Matches<typeof taskSchema, RemediationTask>,
		Matches<typeof policySchema, PolicyState>,
		Matches<typeof vendorSchema, Vendor>,
		Matches<typeof assessmentDataSchema, FrozenAssessment>,
		Matches<typeof snapshotSchema, Snapshot>,
		Matches<typeof templateSchema, Template>,
		SameKeys<Out<typeof assessmentSchema>['progress'], AssessmentRecord['progress']>,
		SameKeys<Out<typeof assessmentSchema>['plan'], AssessmentRecord['plan']>,
		SameKeys<Out<typeof summary>, NonNullable<AssessmentRecord['summary']>>,
		SameKeys<Out<typeof vendorSchema>['assurance'], Vendor['assurance']>,
		SameKeys<Out<typeof vendorSchema>['safeguards'], Vendor['safeguards']>,
		SameKeys<Out<typeof soc2>, NonNullable<Vendor['assurance']['soc2']>>
	]
>;
