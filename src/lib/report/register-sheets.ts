/**
 * The Report page's three registers (controls, remediation plan, vendors) as XLSX sheets, with
 * the CSV exports' columns and rows, so a user who opens either file sees the same table. One
 * workbook per register, like the CSVs: each goes to a different reader (the auditor, the team,
 * procurement), and a file per register never hands one of them the others' data. Pure.
 */
import type { Evaluation } from '$lib/domain/scoring/evaluate';
import type { EvidenceItem, PlanGap, ReportType, Vendor } from '$lib/domain/types';
import { VENDOR_CSV_COLUMNS, vendorRows } from '$lib/files/vendor-csv-export';
import { exportColumns, type ExportOptions } from '$lib/files/csv';
import { sheetOf, type XlsxSheet } from '$lib/files/xlsx-sheet';
import type { PlanProjection } from './plan';
import { CONTROL_CSV_COLUMNS, PLAN_CSV_COLUMNS, controlRows, planRows } from './spreadsheets';

export function controlsSheet(
	e: Evaluation,
	evidence: readonly EvidenceItem[],
	type: ReportType,
	opts: ExportOptions = {}
): XlsxSheet {
	return sheetOf(
		'Controls',
		exportColumns(CONTROL_CSV_COLUMNS, opts),
		controlRows(e, evidence, type)
	);
}

export function planSheet(
	plan: PlanProjection,
	gaps: readonly PlanGap[],
	opts: ExportOptions = {}
): XlsxSheet {
	return sheetOf('Remediation plan', exportColumns(PLAN_CSV_COLUMNS, opts), planRows(plan, gaps));
}

export function vendorsSheet(
	vendors: readonly Vendor[],
	today: string,
	opts: ExportOptions = {}
): XlsxSheet {
	return sheetOf('Vendors', exportColumns(VENDOR_CSV_COLUMNS, opts), vendorRows(vendors, today));
}
