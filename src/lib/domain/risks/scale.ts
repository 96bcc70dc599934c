/**
 * The register's documented scale: likelihood and impact from 1 to 5, a score that is their
 * product (1..25) and four bands. Pure; docs/scoring.md ("Risk register") says the same.
 */
import type { RiskCategory, RiskRating, RiskTreatment } from './records';

export interface ScalePoint {
	value: number;
	label: string;
	/** One line that tells two people to pick the same number. */
	definition: string;
}

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const LIKELIHOOD_SCALE: readonly ScalePoint[] = [
	{ value: 1, label: 'Rare', definition: 'Not expected in the next five years.' },
	{ value: 2, label: 'Unlikely', definition: 'Could happen once in the next two to five years.' },
	{ value: 3, label: 'Possible', definition: 'About once in the next one to two years.' },
	{ value: 4, label: 'Likely', definition: 'Expected within the next year.' },
	{
		value: 5,
		label: 'Almost certain',
		definition: 'Expected several times a year, or already happening.'
	}
];

export const IMPACT_SCALE: readonly ScalePoint[] = [
	{ value: 1, label: 'Minor', definition: 'No customer notices; fixed within a day.' },
	{ value: 2, label: 'Moderate', definition: 'A few customers affected briefly; no data exposed.' },
	{
		value: 3,
		label: 'Significant',
		definition: 'Many customers affected or a commitment missed; limited data exposed.'
	},
	{
		value: 4,
		label: 'Major',
		definition: 'Customer data exposed or a long outage; notification, contract penalties.'
	},
	{
		value: 5,
		label: 'Severe',
		definition: 'Threatens the company: large breach, regulator action, loss of key customers.'
	}
];

export type RiskBand = 'low' | 'medium' | 'high' | 'critical';

export const BAND_LABEL: Record<RiskBand, string> = {
	low: 'Low',
	medium: 'Medium',
	high: 'High',
	critical: 'Critical'
};

/** Lowest score of each band: low 1–4, medium 5–9, high 10–15, critical 16–25. */
export const BAND_FLOOR = { medium: 5, high: 10, critical: 16 } as const;

export const BANDS: readonly RiskBand[] = ['critical', 'high', 'medium', 'low'];

export const CATEGORY_LABEL: Record<RiskCategory, string> = {
	security: 'Security',
	availability: 'Availability',
	confidentiality: 'Confidentiality',
	processing_integrity: 'Processing integrity',
	privacy: 'Privacy',
	fraud: 'Fraud',
	change: 'Changes affecting the system',
	vendor: 'Vendors',
	operational: 'Operational',
	compliance: 'Legal and compliance'
};

export const TREATMENT_LABEL: Record<RiskTreatment, string> = {
	mitigate: 'Mitigate',
	accept: 'Accept',
	transfer: 'Transfer',
	avoid: 'Avoid'
};

export const TREATMENT_HINT: Record<RiskTreatment, string> = {
	mitigate: 'Reduce it with controls.',
	accept: 'Live with it, knowingly, at this level.',
	transfer: 'Move part of it to someone else, for example insurance or a contract.',
	avoid: 'Stop the activity that creates it.'
};

/** True for a whole number on the 1..5 scale. */
export function onScale(value: number): boolean {
	return Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX;
}

/** likelihood × impact, 1..25. */
export function riskScore(r: RiskRating): number {
	return r.likelihood * r.impact;
}

export function bandOf(score: number): RiskBand {
	if (score >= BAND_FLOOR.critical) return 'critical';
	if (score >= BAND_FLOOR.high) return 'high';
	if (score >= BAND_FLOOR.medium) return 'medium';
	return 'low';
}

export function ratingBand(r: RiskRating): RiskBand {
	return bandOf(riskScore(r));
}

/** High and critical residual risks are the ones that need a working control behind them. */
export function isHighBand(band: RiskBand): boolean {
	return band === 'high' || band === 'critical';
}
