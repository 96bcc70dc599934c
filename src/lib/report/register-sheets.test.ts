import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { vendorsToCsv } from '$lib/files/vendor-csv-export';
import { xlsxBlob } from '$lib/files/xlsx';
import { readXlsx } from '$lib/testing/xlsx-read';
import { TODAY, makeInput, proof, state, vendor } from '../testing/report';
import { controlsSheet, planSheet, vendorsSheet } from './register-sheets';
import { controlsToCsv, planToCsv } from './spreadsheets';

/** The CSV as rows of cells, byte-order mark dropped. */
const csvRows = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

async function written(sheet: Parameters<typeof xlsxBlob>[0][number]) {
	const bytes = new Uint8Array(await (await xlsxBlob([sheet])).arrayBuffer());
	const [read] = readXlsx(bytes);
	if (!read) throw new Error('no sheet');
	return read;
}

describe('the registers as XLSX', () => {
	const input = makeInput({
		controls: [state('IAM-01', { status: 'implemented', ownerName: '=HYPERLINK("x")' })],
		evidence: [proof('IAM-01', 'SSO export', 'shared drive')],
		vendors: [vendor('Acme Cloud')]
	});

	it('has the controls CSV headers and rows, formulas kept as plain text', async () => {
		const csv = csvRows(controlsToCsv(input.evaluation, input.evidence, 'type1'));
		const read = await written(controlsSheet(input.evaluation, input.evidence, 'type1'));
		expect(read.name).toBe('Controls');
		expect(read.rows[0]).toEqual(csv[0]);
		expect(read.rows).toHaveLength(csv.length);
		const iam = read.rows.find((r) => r[0] === 'IAM-01');
		const owner = read.rows[0]?.indexOf('Owner') ?? -1;
		expect(iam?.[owner]).toBe('=HYPERLINK("x")');
		expect(read.xml).not.toContain('<f>');
	});

	it('has the plan and vendor CSV headers and as many rows', async () => {
		const plan = await written(planSheet(input.plan, input.planGaps));
		const planCsv = csvRows(planToCsv(input.plan, input.planGaps));
		expect(plan.name).toBe('Remediation plan');
		expect(plan.rows[0]).toEqual(planCsv[0]);
		expect(plan.rows).toHaveLength(planCsv.length);
		const vendors = await written(vendorsSheet(input.vendors, TODAY));
		const vendorCsv = csvRows(vendorsToCsv(input.vendors, TODAY));
		expect(vendors.name).toBe('Vendors');
		expect(vendors.rows[0]).toEqual(vendorCsv[0]);
		expect(vendors.rows[1]?.[0]).toBe('Acme Cloud');
	});
});
