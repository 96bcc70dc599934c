/**
 * Domain records: the plain data the app stores and computes with. No framework imports.
 * Dates are ISO strings: calendar dates as 'YYYY-MM-DD', timestamps as full ISO date-times.
 */
import { keysOf } from './labels';
import type { AnswerValue, CategoryId, Department } from '$lib/catalog/types';
import type { Vendor } from './vendors/records';
import type { Risk, RiskReview } from './risks/records';
import type {
	AccessReviewRecord,
	PeopleSampleRecord,
	PersonCheckRecord,
	PersonRecord
} from './people/records';
import type { DescriptionSection } from './description/records';
import type { PolicyText } from './policies/records';

export type { AnswerValue, CategoryId, Department };

export type ReportType = 'type1' | 'type2';
export type ObservationMonths = 3 | 6 | 12;

export const REPORT_TYPES = ['type1', 'type2'] as const satisfies readonly ReportType[];
export const REPORT_TYPE_LABEL: Record<ReportType, string> = {
	type1: 'Type I',
	type2: 'Type II'
};

export const DEPARTMENTS = [
	'Leadership',
	'Engineering',
	'IT & Security',
	'HR',
	'Legal',
	'Finance',
	'Operations',
	'Sales',
	'Product'
] as const satisfies readonly Department[];

export type ControlStatus =
	'not_assessed' | 'not_started' | 'planned' | 'in_progress' | 'implemented' | 'not_applicable';

export const CONTROL_STATUS_LABEL: Record<ControlStatus, string> = {
	not_assessed: 'Not assessed',
	not_started: 'Not started',
	planned: 'Planned',
	in_progress: 'In progress',
	implemented: 'Implemented',
	not_applicable: 'Not applicable'
};

export const CONTROL_STATUSES = keysOf(CONTROL_STATUS_LABEL);

/** Cached figures shown on the home list, so it never needs to load the catalog. */
export interface AssessmentSummary {
	/** Overall readiness in basis points (0..10000) for each report type; null when nothing is scored. */
	type1: number | null;
	type2: number | null;
	level1: ReadinessLevel;
	level2: ReadinessLevel;
	applicableControls: number;
	/** Applicable controls with an answer (any status but Not assessed); absent in older caches. */
	assessedControls?: number;
	implementedControls: number;
	/** The projected report date when a plan exists; absent or null otherwise (and in older caches). */
	reportDate?: string | null;
	/** The scoping target date, when answered. */
	targetDate?: string | null;
	computedAt: string;
}

/**
 * `not_rated`: too few controls assessed for any level to mean something; `window_ready` (Type II
 * only): everything is in place but has not yet operated for a whole observation window.
 */
export type ReadinessLevel =
	'not_rated' | 'not_ready' | 'developing' | 'nearly_ready' | 'window_ready' | 'audit_ready';

export interface PlanSettings {
	/** Calendar date the remediation work starts. */
	startDate: string | null;
	/** Team capacity in person-days per week, overall. */
	capacityPerWeek: number;
	/** Optional per-department caps in person-days per week. */
	departmentCapacity: Partial<Record<Department, number>>;
	/**
	 * Who set `capacityPerWeek`: 'manual' when the user typed it, 'scoping' while it follows the
	 * scoping answers (people × hours). Absent in data written before it existed (see
	 * planning/roadmap.ts `effectivePlan`).
	 */
	capacitySource?: 'scoping' | 'manual';
	/** Milestone durations the user changed; the rest take the documented defaults. */
	milestones?: Partial<MilestoneWeeks>;
	/** The budget's assumptions; absent until the user sets any. */
	budget?: BudgetSettings;
}

/** Durations, in whole weeks, of the steps around remediation (planning/roadmap.ts). */
export interface MilestoneWeeks {
	/** Choosing and engaging the auditor, from the start, alongside the work. */
	auditorWeeks: number;
	/** Finishing the self-assessment before remediation begins. */
	readinessWeeks: number;
	/** The auditor's testing. */
	fieldworkWeeks: number;
	/** Writing and issuing the report after fieldwork. */
	reportWeeks: number;
}

/** A cost the user adds to the budget: a tool, a penetration test, a consultant. */
export interface BudgetCost {
	id: string;
	label: string;
	/** Paid once, in the budget's currency. */
	oneOff: number;
	/** Paid every year, in the budget's currency. */
	yearly: number;
}

export interface BudgetSettings {
	/** A currency code or symbol shown with every amount, such as 'USD' or '€'. */
	currency: string;
	/** Cost of one person-day of internal time; null until the user sets it. */
	dayRate: number | null;
	/** The auditor's fee when the user has a quote; null uses the indicative range. */
	auditorQuote: number | null;
	costs: BudgetCost[];
}

/** Where the user was, so leaving and coming back resumes there. */
export interface AssessmentProgress {
	scopeQuestionId?: string;
	scopeDone?: boolean;
	interviewControlId?: string;
	interviewFilter?: string;
	/**
	 * Suggestions from the scoping answers the user dismissed (a proposed vendor such as
	 * 'cloud:aws'), so they stay dismissed. Absent in data written before it existed: none.
	 */
	dismissedSuggestions?: string[];
}

/**
 * An assessment's own row: who it is for and the choices that shape its scope and plan. It changes
 * only when one of these does, so rewriting it never re-scores anything by accident.
 */
export interface Assessment {
	id: string;
	companyName: string;
	assessor: string;
	reportType: ReportType;
	observationMonths: ObservationMonths;
	/** Catalog version the assessment was made with (or last migrated to). */
	catalogVersion: string;
	createdAt: string;
	/** When this row last changed (the last edit of anything it owns is `AssessmentActivity`). */
	updatedAt: string;
	/** Set when deleted; the row is purged once the Undo window has passed. */
	deletedAt: string | null;
	/** Optional categories the user chose to include although the answers did not require them. */
	includedCategories: CategoryId[];
	/** Suggested categories the user chose to leave out. */
	declinedCategories: CategoryId[];
	plan: PlanSettings;
}

/**
 * Bookkeeping kept beside an assessment, one row each: when anything it owns was last edited, the
 * figures cached for the home list and where the user was. Written after most changes, so it lives
 * off the assessment row (see docs/architecture.md).
 */
export interface AssessmentActivity {
	assessmentId: string;
	/** The last edit of the assessment or anything it owns. */
	editedAt: string;
	summary: AssessmentSummary | null;
	progress: AssessmentProgress;
	updatedAt: string;
}

/**
 * The assessment as one record, the way backups (format 1) and snapshots hold it: its row with
 * the bookkeeping folded in, `updatedAt` being the last edit of anything it owns.
 */
export interface AssessmentRecord extends Assessment {
	progress: AssessmentProgress;
	summary: AssessmentSummary | null;
}

export interface ScopingAnswer {
	assessmentId: string;
	questionId: string;
	value: AnswerValue;
	updatedAt: string;
}

export interface ControlState {
	assessmentId: string;
	controlId: string;
	status: ControlStatus;
	ownerName: string;
	ownerDepartment: Department | null;
	notes: string;
	/** Calendar date the control should be in place. */
	dueDate: string | null;
	/** Calendar date a recurring control was last performed. */
	lastPerformed: string | null;
	/** Required when status is not_applicable. */
	naRationale: string;
	/**
	 * When someone accepted the Not applicable reason of a control that needs a review (a key
	 * control, or one the catalog gives no N/A template). Cleared when the reason changes. Absent
	 * in data written before it existed, which reads as not reviewed.
	 */
	naReviewedAt?: string | null;
	/**
	 * Calendar date the control has operated since, for Type II operating history. Absent in data
	 * written before it existed: the history then reads as missing, never invented.
	 */
	inPlaceSince?: string | null;
	/** Earlier dated performances of a recurring control (the latest is `lastPerformed`). */
	occurrences?: string[];
	/**
	 * Dated performances of each periodic activity inside the control (catalog `activities`), by
	 * activity id, oldest first. Absent in data written before it existed: never done on record.
	 */
	activityDates?: Record<string, string[]>;
	updatedAt: string;
}

export type EvidenceReportType = 'type1' | 'type2' | 'both';

export interface EvidenceItem {
	id: string;
	assessmentId: string;
	controlId: string;
	title: string;
	/** A link or a description of where the evidence lives. */
	location: string;
	collectedAt: string | null;
	reportType: EvidenceReportType;
	createdAt: string;
	updatedAt: string;
}

/** What a stored file is attached to: an evidence item of a control, or a vendor's due diligence. */
/** What a file in the evidence locker shows: an evidence item, a vendor, or a person's check. */
export type FileOwnerKind = 'evidence' | 'vendor' | 'check';

/**
 * A file in the evidence locker (its bytes are a `FileBlob` with the same id, kept apart so that
 * listing files never reads their contents). Replacing a file adds a new row that names the one
 * it replaces; the earlier row and its bytes stay, so the chain of versions is never overwritten.
 */
export interface EvidenceFile {
	id: string;
	assessmentId: string;
	ownerKind: FileOwnerKind;
	/** The evidence item's or the vendor's id. */
	ownerId: string;
	/** The file name as shown and as downloaded: made safe (no path, no control characters). */
	name: string;
	/** The media type the app recognised from the bytes ('' when unknown). */
	type: string;
	/** The media type the browser reported, kept as given. */
	declaredType: string;
	size: number;
	/** SHA-256 of the bytes, lower-case hex, computed with WebCrypto when the file was added. */
	sha256: string;
	/** ISO timestamp. */
	addedAt: string;
	/** Free text: who added the file. */
	addedBy: string;
	/** The file this version replaced, or null for the first version. */
	replaces: string | null;
	/** Set when a newer version replaced this one; the current version has null. */
	replacedBy: string | null;
	updatedAt: string;
}

/** A file about to be stored: its record and its bytes. */
export interface NewFile {
	file: EvidenceFile;
	blob: Blob;
}

/** The bytes of an `EvidenceFile`, under the same id. */
export interface FileBlob {
	id: string;
	assessmentId: string;
	blob: Blob;
}

export type TaskStatus = 'todo' | 'doing' | 'done';

export interface RemediationTask {
	id: string;
	assessmentId: string;
	/** Stable key of the gap that produced the task (e.g. 'control:IAM-01'); null for custom tasks. */
	gapKey: string | null;
	title: string;
	controlIds: string[];
	ownerName: string;
	ownerDepartment: Department | null;
	effortDays: number;
	startDate: string | null;
	dueDate: string | null;
	status: TaskStatus;
	notes: string;
	/** Fields the user edited by hand; regeneration never overwrites them. */
	edited: string[];
	/** Generated tasks whose gap has closed are kept but marked resolved. */
	resolved: boolean;
	createdAt: string;
	updatedAt: string;
}

export type PolicyStatus = 'missing' | 'draft' | 'approved' | 'published';

export interface PolicyState {
	assessmentId: string;
	policyId: string;
	status: PolicyStatus;
	ownerName: string;
	approvedAt: string | null;
	nextReview: string | null;
	updatedAt: string;
}

export type * from './vendors/records';
export type * from './risks/records';
export type * from './people/records';
export type * from './description/records';
export type * from './policies/records';

/**
 * The rows that make up an assessment's content (what is scored, frozen in snapshots, copied and
 * reported), by field. Which tables hold them is declared once in assessments/aggregate.ts.
 */
export interface AssessmentContent {
	answers: ScopingAnswer[];
	controls: ControlState[];
	evidence: EvidenceItem[];
	tasks: RemediationTask[];
	policies: PolicyState[];
	vendors: Vendor[];
	risks: Risk[];
	riskReviews: RiskReview[];
	description: DescriptionSection[];
	policyTexts: PolicyText[];
	people: PersonRecord[];
	personChecks: PersonCheckRecord[];
	accessReviews: AccessReviewRecord[];
	peopleSamples: PeopleSampleRecord[];
}

/** An assessment and its content, as scoring, templates and the report read it. */
export interface AssessmentData extends AssessmentContent {
	assessment: Assessment;
}

/** An assessment and its content frozen at a moment, in its one-record form (snapshots, backups). */
export interface FrozenAssessment extends AssessmentContent {
	assessment: AssessmentRecord;
}

export interface Snapshot {
	id: string;
	assessmentId: string;
	name: string;
	createdAt: string;
	catalogVersion: string;
	data: FrozenAssessment;
}

export interface Template {
	id: string;
	name: string;
	createdAt: string;
	updatedAt: string;
	catalogVersion: string;
	answers: Record<string, AnswerValue>;
	includedCategories: CategoryId[];
	declinedCategories: CategoryId[];
	/** Control notes to carry over, by control id. */
	notes: Record<string, string>;
}

export interface MetaRow {
	key: string;
	value: unknown;
}

/**
 * A gap that becomes (or updates) a remediation task. Produced by the planning module from
 * controls and policies, and by the vendor module from vendors.
 */
export interface PlanGap {
	/** Stable key: 'control:IAM-01', 'evidence:IAM-01', 'recurring:IAM-07', 'policy:POL-ACCESS', 'vendor-review:<id>', … */
	gapKey: string;
	title: string;
	controlIds: string[];
	criteria: string[];
	ownerName: string;
	ownerDepartment: Department | null;
	effortDays: number;
	/** 0..7, higher first; see priority.ts. */
	priorityPoints: number;
	priority: 'high' | 'medium' | 'low';
	/** Why this priority, in words. */
	priorityReason: string;
	/** A due date already known for the gap (the control's due date), if any. */
	dueDate: string | null;
}

/** A recurring compliance activity for the calendar. */
export interface CalendarActivity {
	/**
	 * Stable id: 'control:IAM-07', 'policy-review:POL-ACCESS', 'vendor-review:<vendorId>',
	 * 'evidence-renew:IAM-07'.
	 */
	id: string;
	title: string;
	description: string;
	/** How often it recurs. */
	interval: { unit: 'week' | 'month' | 'year'; count: number };
	ownerName: string;
	ownerDepartment: Department | null;
	lastDone: string | null;
	nextDue: string;
	overdue: boolean;
	source: 'control' | 'policy' | 'vendor' | 'evidence' | 'risk' | 'people';
}
