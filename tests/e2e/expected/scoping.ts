/**
 * Expected scoping, written out, for each set of scoping answers the browser tests use: the
 * criteria in scope and the controls that apply. The score oracle (../expected-scores.ts) and the
 * browser tests read these lists instead of asking the app's scoping code, so a scoping bug shows
 * up as a failing test rather than cancelling out.
 *
 * How they were derived, by hand, from the catalog data only (nothing in src/lib/domain):
 * - Categories: Security is always in scope; another category is in scope when one of its
 *   `required` rules in src/lib/catalog/scoping-questions.ts (CATEGORY_RULES) matches the answers.
 *   `suggested` rules never bring a category in by themselves, and none of these tests includes a
 *   category by hand.
 * - Criteria: every criterion (src/lib/catalog/criteria/*.ts) of an in-scope category, in the
 *   catalog's order (series order of src/lib/catalog/series.ts, then criterion number).
 * - Controls (src/lib/catalog/controls/*.ts, in the order src/lib/catalog/index.ts concatenates
 *   them, which is the order the Interview asks them): a control applies when at least one of its
 *   criteria is in scope and its `appliesWhen` condition, if any, holds. As
 *   src/lib/catalog/types.ts (Condition) says, an unanswered question never satisfies a leaf
 *   condition, so `not` of an unanswered leaf is true.
 * - `report_type` appears in no `appliesWhen` and no category rule, so it changes nothing here.
 *
 * When the catalog changes (a control or criterion added, removed or given a new condition),
 * ../expected-scores.ts refuses to run until every catalog control is listed here as applicable or
 * not applicable: re-derive the affected lists by the rules above, by reading the conditions,
 * and write the result out. Do not generate these lists with the app's `scope()`.
 */

export interface ExpectedScope {
	/** The scoping answers the test gives the app (on the Scope page or at creation). */
	readonly answers: Readonly<Record<string, string>>;
	/** In-scope criterion ids, in catalog order. */
	readonly criteria: readonly string[];
	/** Applicable control ids, in catalog order. */
	readonly applicable: readonly string[];
	/** Every other catalog control: its category is out of scope or its condition fails. */
	readonly notApplicable: readonly string[];
}

/** The 33 common criteria: Security, in scope in every assessment. */
const SECURITY_CRITERIA = [
	'CC1.1',
	'CC1.2',
	'CC1.3',
	'CC1.4',
	'CC1.5',
	'CC2.1',
	'CC2.2',
	'CC2.3',
	'CC3.1',
	'CC3.2',
	'CC3.3',
	'CC3.4',
	'CC4.1',
	'CC4.2',
	'CC5.1',
	'CC5.2',
	'CC5.3',
	'CC6.1',
	'CC6.2',
	'CC6.3',
	'CC6.4',
	'CC6.5',
	'CC6.6',
	'CC6.7',
	'CC6.8',
	'CC7.1',
	'CC7.2',
	'CC7.3',
	'CC7.4',
	'CC7.5',
	'CC8.1',
	'CC9.1',
	'CC9.2'
] as const;

/**
 * Controls of the Security series (GOV to INC) that apply when none of the questions their
 * conditions read is answered. Left out (see SECURITY_NOT_APPLICABLE_UNANSWERED) are the controls
 * whose condition is a plain leaf or an `all`/`any` that needs an answer; kept are those whose
 * condition is `not` of unanswered leaves: GOV-13, PHY-06, PHY-07, END-01 to END-04, NET-05,
 * CHG-02 to CHG-04, SDL-01 to SDL-05. GOV-14 and NET-07 (catalog 2026.2) have no condition.
 * PHY-05, AST-04 (CC6.5, C1.2 and P4.3), CRY-01 to CRY-03 and NET-06 (a CC criterion and C1.1)
 * apply through their Security criterion although Confidentiality and Privacy are out of scope.
 */
const SECURITY_APPLICABLE_UNANSWERED = [
	'GOV-01',
	'GOV-03',
	'GOV-04',
	'GOV-05',
	'GOV-06',
	'GOV-07',
	'GOV-08',
	'GOV-09',
	'GOV-10',
	'GOV-11',
	'GOV-12',
	'GOV-13',
	'GOV-14',
	'HR-01',
	'HR-02',
	'HR-03',
	'HR-04',
	'HR-05',
	'HR-06',
	'HR-07',
	'HR-08',
	'RSK-01',
	'RSK-02',
	'RSK-03',
	'RSK-04',
	'RSK-05',
	'RSK-06',
	'RSK-07',
	'RSK-08',
	'RSK-09',
	'MON-01',
	'MON-03',
	'MON-04',
	'MON-05',
	'VEN-01',
	'VEN-02',
	'VEN-03',
	'VEN-04',
	'VEN-05',
	'VEN-06',
	'VEN-07',
	'IAM-01',
	'IAM-02',
	'IAM-03',
	'IAM-04',
	'IAM-05',
	'IAM-06',
	'IAM-07',
	'IAM-08',
	'IAM-09',
	'IAM-10',
	'IAM-11',
	'IAM-12',
	'PHY-05',
	'PHY-06',
	'PHY-07',
	'AST-01',
	'AST-02',
	'AST-03',
	'AST-04',
	'CRY-01',
	'CRY-02',
	'CRY-03',
	'END-01',
	'END-02',
	'END-03',
	'END-04',
	'NET-01',
	'NET-02',
	'NET-03',
	'NET-04',
	'NET-05',
	'NET-06',
	'NET-07',
	'CHG-01',
	'CHG-02',
	'CHG-03',
	'CHG-04',
	'CHG-05',
	'CHG-06',
	'CHG-07',
	'CHG-08',
	'SDL-01',
	'SDL-02',
	'SDL-03',
	'SDL-04',
	'SDL-05',
	'LOG-01',
	'LOG-02',
	'LOG-03',
	'LOG-04',
	'LOG-05',
	'LOG-06',
	'VUL-01',
	'VUL-02',
	'VUL-03',
	'VUL-04',
	'VUL-05',
	'INC-01',
	'INC-02',
	'INC-03',
	'INC-04',
	'INC-05',
	'INC-06',
	'INC-07',
	'INC-08'
] as const;

/** Security controls whose condition needs an answer none of these tests gives. */
const SECURITY_NOT_APPLICABLE_UNANSWERED = [
	'GOV-02', // governing_body equals board_independent
	'MON-02', // company_size one of 51-200, 201+
	'PHY-01', // offices equals own
	'PHY-02', // offices equals own
	'PHY-03', // server_room equals true
	'PHY-04', // hosting one of colocation, hybrid
	'END-05', // managed_devices one of all, some, and mdm equals false
	'END-06', // managed_devices one of some, none
	'CHG-09' // software_development equals outsourced
] as const;

/**
 * The AI controls (catalog 2026.3), each with the condition ai_features equals yes. Their first
 * criterion is a Security one, so they apply whenever that answer is given.
 */
const AI_CONTROLS = ['AI-01', 'AI-02', 'AI-03', 'AI-04'] as const;

/**
 * Availability and Confidentiality controls that also link a Security criterion and have no
 * condition, so they apply in every scope (catalog 2026.2): the disaster recovery plan and test
 * (AVL-06, AVL-07) and backups and restore tests (BCK-01, BCK-04) through CC7.5 and CC9.1, the
 * data classification scheme (CNF-01) through CC6.1 and CC6.7.
 */
const AVAILABILITY_THROUGH_SECURITY = ['AVL-06', 'AVL-07', 'BCK-01', 'BCK-04'] as const;
const CONFIDENTIALITY_THROUGH_SECURITY = ['CNF-01'] as const;

/** Availability controls with A1 criteria only. */
const AVAILABILITY_ONLY_CONTROLS = [
	'AVL-01',
	'AVL-02',
	'AVL-03',
	'AVL-04',
	'AVL-05',
	'AVL-08',
	'BCK-02',
	'BCK-03'
] as const;

/**
 * Confidentiality (C1 only), Processing Integrity and Privacy controls: out of scope in every set
 * here. PRV-32 (catalog 2026.2) is a Privacy control.
 */
const CONFIDENTIALITY_PI_PRIVACY_CONTROLS = [
	...['CNF-02', 'CNF-03', 'CNF-04', 'CNF-05', 'CNF-06', 'CNF-07'],
	...['PI-01', 'PI-02', 'PI-03', 'PI-04', 'PI-05', 'PI-06', 'PI-07', 'PI-08', 'PI-09', 'PI-10'],
	'PI-11',
	...['PRV-01', 'PRV-02', 'PRV-03', 'PRV-04', 'PRV-05', 'PRV-06', 'PRV-07', 'PRV-08', 'PRV-09'],
	...['PRV-10', 'PRV-11', 'PRV-12', 'PRV-13', 'PRV-14', 'PRV-15', 'PRV-16', 'PRV-17', 'PRV-18'],
	...['PRV-19', 'PRV-20', 'PRV-21', 'PRV-22', 'PRV-23', 'PRV-24', 'PRV-25', 'PRV-26', 'PRV-27'],
	...['PRV-28', 'PRV-29', 'PRV-30', 'PRV-31', 'PRV-32']
] as const;

/**
 * A new assessment, nothing answered (vendors.e2e.ts, report.e2e.ts). No category rule matches,
 * so Security alone is in scope; the Availability and Confidentiality controls that link a
 * Security criterion apply through it.
 */
export const NO_ANSWERS: ExpectedScope = {
	answers: {},
	criteria: SECURITY_CRITERIA,
	applicable: [
		...SECURITY_APPLICABLE_UNANSWERED,
		...AVAILABILITY_THROUGH_SECURITY,
		...CONFIDENTIALITY_THROUGH_SECURITY
	],
	notApplicable: [
		...SECURITY_NOT_APPLICABLE_UNANSWERED,
		...AI_CONTROLS,
		...AVAILABILITY_ONLY_CONTROLS,
		...CONFIDENTIALITY_PI_PRIVACY_CONTROLS
	]
};

/** Only the report type chosen (interview.e2e.ts): the same scope as no answers. */
export const TYPE_I_ONLY: ExpectedScope = { ...NO_ANSWERS, answers: { report_type: 'type1' } };

/**
 * A contractual uptime SLA (assessment-flow.e2e.ts): the `required` rule on
 * availability_commitments = sla brings Availability and its criteria A1.1 to A1.3 in. Every
 * availability control applies except AVL-08 (server_room equals true, or hosting equals
 * on_premises: neither answered); AVL-04 (not availability_commitments equals none) applies.
 * The Security controls are those of NO_ANSWERS: no Security condition reads
 * availability_commitments. CNF-01 applies through CC6.1 and CC6.7 as in NO_ANSWERS.
 */
export const SLA_TYPE_I: ExpectedScope = {
	answers: { availability_commitments: 'sla', report_type: 'type1' },
	criteria: [...SECURITY_CRITERIA, 'A1.1', 'A1.2', 'A1.3'],
	applicable: [
		...SECURITY_APPLICABLE_UNANSWERED,
		...['AVL-01', 'AVL-02', 'AVL-03', 'AVL-04', 'AVL-05', 'AVL-06', 'AVL-07'],
		...['BCK-01', 'BCK-02', 'BCK-03', 'BCK-04'],
		...CONFIDENTIALITY_THROUGH_SECURITY
	],
	notApplicable: [
		...SECURITY_NOT_APPLICABLE_UNANSWERED,
		...AI_CONTROLS,
		'AVL-08',
		...CONFIDENTIALITY_PI_PRIVACY_CONTROLS
	]
};

/**
 * A public-cloud company on AWS with a few subprocessors, ISO 27001 and AI features
 * (scoping-answers.e2e.ts). No category rule reads these questions, so Security alone is in scope
 * as in NO_ANSWERS. hosting = public_cloud fails PHY-04 (colocation or hybrid) and AVL-08 (its
 * category is out of scope anyway), and keeps PHY-06 (not colocation or on_premises), just as
 * leaving it unanswered did; server_room is not answered. ai_features = yes brings in AI-01 to
 * AI-04, which sit after the INC controls in catalog order. No condition reads cloud_providers,
 * subprocessors or existing_frameworks.
 */
export const CLOUD_AI_ISO: ExpectedScope = {
	answers: {
		hosting: 'public_cloud',
		cloud_providers: 'aws',
		subprocessors: 'few',
		existing_frameworks: 'iso27001',
		ai_features: 'yes'
	},
	criteria: SECURITY_CRITERIA,
	applicable: [
		...SECURITY_APPLICABLE_UNANSWERED,
		...AI_CONTROLS,
		...AVAILABILITY_THROUGH_SECURITY,
		...CONFIDENTIALITY_THROUGH_SECURITY
	],
	notApplicable: [
		...SECURITY_NOT_APPLICABLE_UNANSWERED,
		...AVAILABILITY_ONLY_CONTROLS,
		...CONFIDENTIALITY_PI_PRIVACY_CONTROLS
	]
};
