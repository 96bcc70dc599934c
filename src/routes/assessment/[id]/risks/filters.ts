/** Filters of the register list. Pure. */
import type { Risk, RiskCategory, RiskTreatment } from '$lib/domain/risks/records';
import { ratingBand, riskScore, type RiskBand } from '$lib/domain/risks/scale';

export interface RiskFilters {
	category: RiskCategory | '';
	band: RiskBand | '';
	treatment: RiskTreatment | '';
}

export const NO_FILTERS: RiskFilters = { category: '', band: '', treatment: '' };

/** Risks that match, highest residual score first, then by title. */
export function filterRisks(risks: readonly Risk[], f: RiskFilters): Risk[] {
	return risks
		.filter(
			(r) =>
				(f.category === '' || r.category === f.category) &&
				(f.band === '' || ratingBand(r.residual) === f.band) &&
				(f.treatment === '' || r.treatment === f.treatment)
		)
		.sort(
			(a, b) =>
				riskScore(b.residual) - riskScore(a.residual) ||
				a.title.localeCompare(b.title) ||
				a.id.localeCompare(b.id)
		);
}

export function isFiltered(f: RiskFilters): boolean {
	return f.category !== '' || f.band !== '' || f.treatment !== '';
}

/** Badge class of each band, as the vendor list colours its ratings. */
export const BAND_BADGE: Record<RiskBand, string> = {
	critical: 'badge-bad',
	high: 'badge-warn',
	medium: 'badge-info',
	low: 'badge-ok'
};
