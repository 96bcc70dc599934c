/**
 * Vendor records: what the vendor inventory stores about each vendor (access, assurance, contract
 * safeguards). Re-exported by ../types.ts with the other stored records.
 */
import type { ReportType } from '../types';

export type DataAccess = 'none' | 'internal' | 'confidential' | 'customer_personal';
export type SystemAccess = 'none' | 'read' | 'write' | 'admin';
export type Dependency = 'low' | 'medium' | 'high';
export type VendorTier = 'low' | 'medium' | 'high' | 'critical';

export interface VendorSoc2 {
	type: ReportType;
	periodStart: string | null;
	periodEnd: string | null;
	opinion: 'unqualified' | 'qualified' | 'adverse' | 'disclaimer' | null;
	opinionNotes: string;
	bridgeLetterDate: string | null;
	subserviceOrgs: string;
	cuecsReviewed: boolean;
	/** Complementary user-entity controls, each mapped to one of our controls. */
	cuecs: Array<{ description: string; controlId: string | null }>;
}

export interface VendorAssurance {
	questionnaireReceived: string | null;
	soc2: VendorSoc2 | null;
	iso27001Expiry: string | null;
	pentestSummaryDate: string | null;
}

export interface VendorSafeguards {
	securityRequirements: boolean;
	breachNotificationHours: number | null;
	rightToAudit: boolean;
	serviceLevels: boolean;
	dataProcessingAgreement: boolean;
	dataReturnDeletion: boolean;
	subprocessorNotice: boolean;
}

export interface Vendor {
	id: string;
	assessmentId: string;
	name: string;
	service: string;
	ownerName: string;
	dataAccess: DataAccess;
	systemAccess: SystemAccess;
	dependency: Dependency;
	tierOverride: VendorTier | null;
	tierOverrideReason: string;
	contractStart: string | null;
	renewalDate: string | null;
	lastReviewedAt: string | null;
	assurance: VendorAssurance;
	safeguards: VendorSafeguards;
	notes: string;
	createdAt: string;
	updatedAt: string;
}
