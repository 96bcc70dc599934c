/**
 * The risk register as a CSV download: every field a person keeps plus the scores and bands the
 * app works out. User text is written as text; cells that a spreadsheet would run as formulas are
 * neutralised by csv.ts. Dates are YYYY-MM-DD.
 */
import type { Risk } from '$lib/domain/risks/records';
import {
	BAND_LABEL,
	CATEGORY_LABEL,
	TREATMENT_LABEL,
	ratingBand,
	riskScore
} from '$lib/domain/risks/scale';
import { toCsv, type CsvColumn } from './csv';

const rating = (r: Risk['inherent']) => `${r.likelihood}×${r.impact} = ${riskScore(r)}`;

/** Columns of the risk export, in order. */
export const RISK_CSV_COLUMNS: readonly CsvColumn<Risk>[] = [
	{ header: 'Title', value: (r) => r.title },
	{ header: 'Description', value: (r) => r.description },
	{ header: 'Category', value: (r) => CATEGORY_LABEL[r.category] },
	{ header: 'Fraud pressures', value: (r) => r.fraud?.pressures ?? '' },
	{ header: 'Fraud opportunities', value: (r) => r.fraud?.opportunities ?? '' },
	{ header: 'Fraud rationalisation', value: (r) => r.fraud?.rationalisation ?? '' },
	{ header: 'Owner', value: (r) => r.ownerName },
	{ header: 'Owner department', value: (r) => r.ownerDepartment ?? '' },
	{ header: 'Inherent likelihood', value: (r) => r.inherent.likelihood },
	{ header: 'Inherent impact', value: (r) => r.inherent.impact },
	{ header: 'Inherent rating', value: (r) => rating(r.inherent) },
	{ header: 'Inherent band', value: (r) => BAND_LABEL[ratingBand(r.inherent)] },
	{ header: 'Residual likelihood', value: (r) => r.residual.likelihood },
	{ header: 'Residual impact', value: (r) => r.residual.impact },
	{ header: 'Residual rating', value: (r) => rating(r.residual) },
	{ header: 'Residual band', value: (r) => BAND_LABEL[ratingBand(r.residual)] },
	{ header: 'Treatment', value: (r) => TREATMENT_LABEL[r.treatment] },
	{ header: 'Treatment rationale', value: (r) => r.treatmentRationale },
	{ header: 'Controls', value: (r) => r.controlIds.join(', ') },
	{ header: 'Last reviewed', value: (r) => r.reviewedAt ?? '' },
	{ header: 'Next review', value: (r) => r.nextReview ?? '' },
	{ header: 'Starter', value: (r) => r.starterId ?? '' }
];

/** The register, highest residual score first. */
export function risksToCsv(risks: readonly Risk[]): string {
	const sorted = [...risks].sort(
		(a, b) => riskScore(b.residual) - riskScore(a.residual) || a.title.localeCompare(b.title)
	);
	return toCsv(RISK_CSV_COLUMNS, sorted);
}
