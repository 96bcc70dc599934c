/**
 * Risk register records: the risks the company assessed (CC3.1–CC3.4, CC9.1) and the dated
 * reviews of the register as a whole. Re-exported by ../types.ts with the other stored records.
 */
import type { Department } from '$lib/catalog/types';

export type RiskCategory =
	| 'security'
	| 'availability'
	| 'confidentiality'
	| 'processing_integrity'
	| 'privacy'
	| 'fraud'
	| 'change'
	| 'vendor'
	| 'operational'
	| 'compliance';

export type RiskTreatment = 'mitigate' | 'accept' | 'transfer' | 'avoid';

/** Likelihood and impact, each a whole number on the register's 1..5 scale (risks/scale.ts). */
export interface RiskRating {
	likelihood: number;
	impact: number;
}

/** The fraud triangle, asked of every fraud risk (CC3.3). */
export interface FraudFactors {
	pressures: string;
	opportunities: string;
	rationalisation: string;
}

/** One change to a risk, kept so the register shows how a rating or treatment moved. */
export interface RiskHistoryEntry {
	/** ISO timestamp. */
	at: string;
	/** Free text: who made the change. */
	by: string;
	/** What changed, in words ("Residual rating 12 → 6"). */
	change: string;
}

export interface Risk {
	id: string;
	assessmentId: string;
	/** The starter risk it was picked from, or null for a risk the user wrote. */
	starterId: string | null;
	title: string;
	description: string;
	category: RiskCategory;
	/** Required in substance for fraud risks; null for other categories. */
	fraud: FraudFactors | null;
	ownerName: string;
	ownerDepartment: Department | null;
	/** Before any control. */
	inherent: RiskRating;
	/** After the linked controls and the treatment. */
	residual: RiskRating;
	treatment: RiskTreatment;
	treatmentRationale: string;
	/** Catalog control ids that mitigate it. */
	controlIds: string[];
	/** Calendar date the risk was last reviewed. */
	reviewedAt: string | null;
	/** Calendar date of the next review. */
	nextReview: string | null;
	/** Oldest first. */
	history: RiskHistoryEntry[];
	createdAt: string;
	updatedAt: string;
}

/** A dated review of the whole register (the annual risk assessment an auditor asks for). */
export interface RiskReview {
	id: string;
	assessmentId: string;
	/** Calendar date of the review. */
	reviewedAt: string;
	reviewer: string;
	note: string;
	/** How many risks the register held when it was reviewed. */
	riskCount: number;
	createdAt: string;
	updatedAt: string;
}
