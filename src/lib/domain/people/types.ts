/**
 * People and populations: the roster an auditor samples (issue 22). Plain data only; storage,
 * import screens and reports build on these types.
 *
 * Personal data is kept to what the checks need: a name to recognise the person, an optional
 * work email to match system accounts, the role, department and manager that decide which access
 * is right, the start and end dates the deadlines count from, the employment type and whether the
 * person is in scope. No birth dates, home addresses, national or tax ids, salaries, background
 * check results or health data: a check records only that it happened and when.
 */

export type EmploymentType = 'employee' | 'contractor';

export const EMPLOYMENT_TYPES = [
	'employee',
	'contractor'
] as const satisfies readonly EmploymentType[];

export interface Person {
	id: string;
	name: string;
	/** Work email, used to match system accounts; null when the roster has none. */
	email: string | null;
	role: string;
	department: string;
	/** The manager's name as the HR system shows it (free text, not a link). */
	manager: string;
	/** 'YYYY-MM-DD' */
	startDate: string;
	/** 'YYYY-MM-DD' for a leaver, null while the person is still here. */
	endDate: string | null;
	employmentType: EmploymentType;
	/** Out-of-scope people (say, a subsidiary outside the system boundary) get no checks. */
	inScope: boolean;
	/** Whether the company issued a device: decides the device checks. */
	companyDevice: boolean;
}

/** A person as imported or typed, before an id is given. */
export type PersonDraft = Omit<Person, 'id'>;

/** Checks done when someone joins. */
export type OnboardingCheckKind =
	| 'background_check'
	| 'security_training'
	| 'policy_acknowledgement'
	| 'device_enrolled'
	| 'mfa_enabled'
	| 'access_granted';

/** Checks done when someone leaves. */
export type OffboardingCheckKind = 'access_removed' | 'device_returned';

export type CheckKind = OnboardingCheckKind | OffboardingCheckKind;

export const ONBOARDING_CHECKS = [
	'background_check',
	'security_training',
	'policy_acknowledgement',
	'device_enrolled',
	'mfa_enabled',
	'access_granted'
] as const satisfies readonly OnboardingCheckKind[];

export const OFFBOARDING_CHECKS = [
	'access_removed',
	'device_returned'
] as const satisfies readonly OffboardingCheckKind[];

export const CHECK_KINDS = [
	...ONBOARDING_CHECKS,
	...OFFBOARDING_CHECKS
] as const satisfies readonly CheckKind[];

export const CHECK_KIND_LABEL: Record<CheckKind, string> = {
	background_check: 'Background check before access',
	security_training: 'Security awareness training',
	policy_acknowledgement: 'Policy acknowledgement',
	device_enrolled: 'Device enrolled in device management',
	mfa_enabled: 'Multi-factor authentication on',
	access_granted: 'Access granted by role',
	access_removed: 'Access removed',
	device_returned: 'Device returned'
};

/**
 * One recorded performance of a check for one person. Training and acknowledgement repeat yearly,
 * so a person can have several records of one kind; `date` null means "started, not dated yet"
 * and counts as not done.
 */
export interface PersonCheck {
	personId: string;
	kind: CheckKind;
	date: string | null;
	/** Files in the evidence locker. */
	evidenceFileIds?: string[];
}

/** A row of a system's user list, as exported from the system. */
export interface SystemAccount {
	account: string;
	email?: string | null;
	displayName?: string | null;
}

/** The reviewer's decision on one account. */
export type AccountDecisionKind = 'keep' | 'change' | 'remove';

export interface AccountDecision {
	/** The account name as the system lists it. */
	account: string;
	decision: AccountDecisionKind;
	/** Why, in the reviewer's words (required by the UI for change and remove). */
	note: string;
}

/** One review of one system's user list. */
export interface AccessReview {
	id: string;
	systemName: string;
	/** The date of the user list reviewed, 'YYYY-MM-DD'. */
	reviewDate: string;
	reviewer: string;
	/** 'YYYY-MM-DD' when every account has a decision and the reviewer signed off; else null. */
	completedAt: string | null;
	accounts: SystemAccount[];
	decisions: AccountDecision[];
}
