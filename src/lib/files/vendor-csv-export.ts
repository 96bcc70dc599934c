/**
 * The vendor inventory as a CSV download: the fields a person keeps plus what the app works out
 * (tier, risk, review dates, SOC 2 status, missing safeguards). Dates are YYYY-MM-DD so the file
 * sorts in any spreadsheet and imports back; headers match the import's recognised names.
 */
import type { Vendor } from '$lib/domain/types';
import {
	DATA_ACCESS_LABEL,
	DEPENDENCY_LABEL,
	RISK_RATING_LABEL,
	SAFEGUARD_LABEL,
	SYSTEM_ACCESS_LABEL,
	TIER_LABEL,
	missingSafeguards,
	nextReviewDue,
	soc2Status,
	vendorRisk,
	type ReviewDue,
	type VendorRisk
} from '$lib/domain/vendors/index';
import { exportColumns, toCsv, type CsvColumn, type ExportOptions } from './csv';

export interface ExportRow {
	v: Vendor;
	risk: VendorRisk;
	review: ReviewDue;
	today: string;
}

function soc2Text(v: Vendor, today: string): string {
	const soc2 = v.assurance.soc2;
	if (soc2 === null) return 'None';
	const type = soc2.type === 'type2' ? 'Type II' : 'Type I';
	const opinion = soc2.opinion === null ? 'opinion not recorded' : `${soc2.opinion} opinion`;
	switch (soc2Status(soc2, today)) {
		case 'none':
			return 'None';
		case 'undated':
			return `${type}, period end not recorded (not counted)`;
		case 'stale':
			return `Stale: ${type}, period ended ${soc2.periodEnd} (counts as none)`;
		case 'current':
			return `Current: ${type}, ${opinion}`;
	}
}

/** Columns of the vendor export, in order. */
export const VENDOR_CSV_COLUMNS: readonly CsvColumn<ExportRow>[] = [
	{ header: 'Name', value: (r) => r.v.name },
	{ header: 'Service', value: (r) => r.v.service },
	{ header: 'Owner', value: (r) => r.v.ownerName },
	{ header: 'Data access', value: (r) => DATA_ACCESS_LABEL[r.v.dataAccess] },
	{ header: 'System access', value: (r) => SYSTEM_ACCESS_LABEL[r.v.systemAccess] },
	{ header: 'Dependency', value: (r) => DEPENDENCY_LABEL[r.v.dependency] },
	{ header: 'Tier', value: (r) => TIER_LABEL[r.risk.tier.tier] },
	{ header: 'Why this tier', value: (r) => r.risk.tier.reasons.join('; ') },
	{ header: 'Tier override', value: (r) => (r.v.tierOverride ? TIER_LABEL[r.v.tierOverride] : '') },
	{
		header: 'Tier override reason',
		value: (r) => (r.v.tierOverride ? r.v.tierOverrideReason : '')
	},
	{ header: 'Inherent risk', value: (r) => r.risk.inherent },
	{ header: 'Residual risk', value: (r) => r.risk.residual },
	{ header: 'Risk rating', value: (r) => RISK_RATING_LABEL[r.risk.rating] },
	{ header: 'Last reviewed', value: (r) => r.v.lastReviewedAt },
	{ header: 'Next review due', value: (r) => r.review.due },
	{ header: 'Review overdue', value: (r) => r.review.overdue },
	{ header: 'SOC 2 status', value: (r) => soc2Text(r.v, r.today) },
	{ header: 'SOC 2 period end', value: (r) => r.v.assurance.soc2?.periodEnd },
	{ header: 'ISO 27001 expiry', value: (r) => r.v.assurance.iso27001Expiry },
	{ header: 'Penetration test summary', value: (r) => r.v.assurance.pentestSummaryDate },
	{ header: 'Security questionnaire', value: (r) => r.v.assurance.questionnaireReceived },
	{
		header: 'Missing contract safeguards',
		value: (r) =>
			missingSafeguards(r.v)
				.map((k) => SAFEGUARD_LABEL[k])
				.join('; ')
	},
	{ header: 'Contract start', value: (r) => r.v.contractStart },
	{ header: 'Renewal date', value: (r) => r.v.renewalDate },
	{ header: 'Notes', value: (r) => r.v.notes, internal: true }
];

/**
 * The vendor inventory as CSV text (with byte-order mark, CRLF, formulas neutralised), sorted by
 * name, with tier, risk and review figures computed for `today`.
 */
export function vendorsToCsv(
	vendors: readonly Vendor[],
	today: string,
	opts: ExportOptions = {}
): string {
	return toCsv(exportColumns(VENDOR_CSV_COLUMNS, opts), vendorRows(vendors, today));
}

/** Rows of the vendor export (the CSV and the XLSX), sorted by name. */
export function vendorRows(vendors: readonly Vendor[], today: string): ExportRow[] {
	return [...vendors]
		.sort((a, b) => a.name.localeCompare(b.name, 'en'))
		.map((v) => ({ v, risk: vendorRisk(v, today), review: nextReviewDue(v, today), today }));
}
