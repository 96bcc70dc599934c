/**
 * Which catalog controls each people check evidences. The ids are the catalog's own (a test keeps
 * them honest); a check can feed more than one control, as the onboarding and offboarding
 * checklists (HR-07, HR-08) are made of the checks that the specific controls also test.
 */
import type { CheckKind } from './types';

export const PEOPLE_CONTROL = {
	/** Code of conduct signed at hire and acknowledged every year. */
	policyAcknowledgement: 'HR-01',
	/** Background checks completed before a new hire gets access. */
	backgroundCheck: 'HR-02',
	/** Security awareness training within 30 days of joining and every year. */
	securityTraining: 'HR-04',
	/** HR onboarding checklist with acknowledgements and a role-based access request. */
	onboardingChecklist: 'HR-07',
	/** HR offboarding checklist with access removal request and asset return. */
	offboardingChecklist: 'HR-08',
	/** Company laptops enrolled in the device-management tool. */
	deviceManagement: 'END-01',
	/** Multi-factor authentication enforced for all staff accounts. */
	mfa: 'IAM-02',
	/** Unique named accounts with no shared logins. */
	uniqueAccounts: 'IAM-03',
	/** Access requests approved before accounts or permissions are granted. */
	accessProvisioning: 'IAM-04',
	/** Access removed within one business day of departure. */
	accessRemoval: 'IAM-05',
	/** Role-based access matrix defining who gets which permissions. */
	roleMatrix: 'IAM-06',
	/** Quarterly user access review of in-scope systems. */
	accessReview: 'IAM-07'
} as const;

export type PeopleControlId = (typeof PEOPLE_CONTROL)[keyof typeof PEOPLE_CONTROL];

/** The controls each check kind evidences, the specific control first. */
export const CHECK_CONTROLS: Record<CheckKind, readonly PeopleControlId[]> = {
	background_check: [PEOPLE_CONTROL.backgroundCheck, PEOPLE_CONTROL.onboardingChecklist],
	security_training: [PEOPLE_CONTROL.securityTraining],
	policy_acknowledgement: [
		PEOPLE_CONTROL.policyAcknowledgement,
		PEOPLE_CONTROL.onboardingChecklist
	],
	device_enrolled: [PEOPLE_CONTROL.deviceManagement],
	mfa_enabled: [PEOPLE_CONTROL.mfa],
	access_granted: [PEOPLE_CONTROL.accessProvisioning, PEOPLE_CONTROL.onboardingChecklist],
	access_removed: [PEOPLE_CONTROL.accessRemoval, PEOPLE_CONTROL.offboardingChecklist],
	device_returned: [PEOPLE_CONTROL.offboardingChecklist]
};
