/**
 * Types for the SOC 2 catalog: criteria, controls, policies and the scoping questionnaire.
 * Pure data shapes; no framework imports (enforced by ESLint).
 */

export type CategoryId =
	'security' | 'availability' | 'confidentiality' | 'processing_integrity' | 'privacy';

export type Department =
	| 'Leadership'
	| 'Engineering'
	| 'IT & Security'
	| 'HR'
	| 'Legal'
	| 'Finance'
	| 'Operations'
	| 'Sales'
	| 'Product';

export type Frequency =
	'continuous' | 'per_event' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annually';

export interface Category {
	id: CategoryId;
	title: string;
	/** One or two sentences for a founder: what the category promises to customers. */
	summary: string;
}

export interface Series {
	/** e.g. 'CC6', 'A1', 'P4' */
	id: string;
	category: CategoryId;
	title: string;
}

export interface Criterion {
	/** e.g. 'CC6.1' */
	id: string;
	category: CategoryId;
	/** Series id, e.g. 'CC6' */
	series: string;
	/** Plain-language title a founder understands. */
	title: string;
	/** 2–4 sentences: what an auditor looks for and what it means in practice for a startup. */
	explanation: string;
}

/** A value given to one scoping question. */
export type AnswerValue = string | string[] | number | boolean;
export type ScopingAnswers = Readonly<Record<string, AnswerValue | undefined>>;

/**
 * A condition over scoping answers. Unanswered questions never satisfy a leaf condition,
 * so `not` of an unanswered leaf is true.
 */
export type Condition =
	| { question: string; equals: string | number | boolean }
	| { question: string; oneOf: readonly string[] }
	| { question: string; includes: string }
	| { question: string; includesAny: readonly string[] }
	| { question: string; atLeast: number }
	| { all: readonly Condition[] }
	| { any: readonly Condition[] }
	| { not: Condition };

/** Frequencies at which work recurs and can be dated; the others are continuous or per event. */
export type RecurringFrequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annually';

/**
 * A dated piece of work inside a control that otherwise runs all the time or per event, such as
 * the monthly report of accounts without a second factor inside "MFA enforced". Auditors sample
 * exactly these across a Type II window, so each is tracked with its own performances.
 */
export interface Activity {
	/** Stable within its control, e.g. 'mfa-report'. Never reused for different work. */
	id: string;
	/** What is done, as a task title: 'Run the report of accounts without a second factor'. */
	title: string;
	frequency: RecurringFrequency;
}

export interface Control {
	/** Stable id, e.g. 'IAM-01'. Never reused for a different control. */
	id: string;
	title: string;
	/** Gating question answerable Yes / Partly / No. */
	question: string;
	/** What good looks like for a company of 5–200 people, 2–5 sentences, tools named generically. */
	guidance: string;
	/** What an auditor accepts as proof the control is designed and in place at a point in time. */
	evidenceTypeI: readonly string[];
	/** The population or recurring artefact an auditor samples across the observation window. */
	evidenceTypeII: readonly string[];
	department: Department;
	frequency: Frequency;
	/** Effort to put the control in place, in person-days. */
	effortDays: number;
	/**
	 * A control whose failure undermines a criterion it links: the auditor would report an exception
	 * against that criterion. It does not mean the other controls go untested; every control the
	 * system description names is tested.
	 */
	key: boolean;
	/** Criterion ids supported; the first is the primary one used for grouping. */
	criteria: readonly string[];
	/** Policy ids that govern this control. */
	policies: readonly string[];
	/** When present, the control applies only when the condition holds on the scoping answers. */
	appliesWhen?: Condition;
	/**
	 * Template for the not-applicable rationale; present whenever the control can be not applicable
	 * (always when `appliesWhen` is set).
	 */
	naRationale?: string;
	/**
	 * Recurring work inside a continuous or per-event control, each with its own frequency. Only on
	 * controls whose own frequency is continuous or per event (a recurring control is its own
	 * activity).
	 */
	activities?: readonly Activity[];
}

export type ReviewFrequency = 'annually' | 'semiannually' | 'quarterly';

export interface Policy {
	/** e.g. 'POL-ACCESS' */
	id: string;
	title: string;
	/** 1–3 sentences: why the company needs it and what it covers. */
	purpose: string;
	department: Department;
	reviewFrequency: ReviewFrequency;
	/** When present, the policy is expected only when the condition holds. */
	appliesWhen?: Condition;
}

export type QuestionType = 'single' | 'multi' | 'boolean' | 'number' | 'date';

export interface QuestionOption {
	value: string;
	label: string;
	/** Optional short clarification shown under the option. */
	hint?: string;
}

export interface ScopingQuestion {
	id: string;
	/** The question as asked. */
	text: string;
	/** Why it matters: what it changes in scope or in the plan. */
	help: string;
	type: QuestionType;
	options?: readonly QuestionOption[];
	/** For number questions. */
	min?: number;
	max?: number;
	unit?: string;
	/** For date questions: the answer cannot be later than today (a date that has happened). */
	past?: boolean;
	/** For date questions: the answer must be after today (a date still to come). */
	future?: boolean;
	/** Only asked when the condition holds (e.g. the observation window for Type II). */
	askWhen?: Condition;
	/** Value used when the question is skipped or not asked. */
	defaultValue?: AnswerValue;
}

/** A rule that brings an optional category into scope. */
export interface CategoryRule {
	category: CategoryId;
	/**
	 * 'required': the answers show a commitment customers will expect the report to cover, so the
	 * category is put in scope; 'suggested': worth considering, the user decides. SOC 2 itself
	 * obliges only Security; which other categories a report covers is the company's choice.
	 */
	effect: 'required' | 'suggested';
	when: Condition;
	/** Shown to the user as the reason, e.g. "You promise customers an uptime SLA." */
	reason: string;
}

/** Catalog renames and removals, so assessments made with an older catalog keep their work. */
export interface CatalogMigration {
	from: string;
	to: string;
	/** old control id -> new control id, or null when removed */
	controls: Readonly<Record<string, string | null>>;
}
