/**
 * The steps of a spreadsheet import: choose a file, confirm its encoding when it is not UTF-8,
 * match its columns, preview every row's problems, then save. Nothing touches the database until `confirm`, which writes every chosen
 * row in one transaction or none.
 */
import { saveVendors } from '$lib/db/repositories/vendors';
import { fileSizeProblem } from '$lib/files/csv-table';
import {
	emptyMapping,
	parseVendorCsv,
	suggestMapping,
	validateVendorRows,
	type CsvRow,
	type ParsedCsv,
	type VendorMapping,
	type VendorRowResult
} from '$lib/files/vendor-csv';
import { FileImport } from '$lib/state/file-import.svelte';
import { importedVendors, summariseImport } from './import-plan';

export class ImportFlow extends FileImport<ParsedCsv> {
	headers = $state.raw<string[]>([]);
	rows = $state.raw<CsvRow[]>([]);
	mapping = $state<VendorMapping>(emptyMapping());
	results = $state.raw<VendorRowResult[]>([]);
	readonly summary = $derived(summariseImport(this.results));

	constructor() {
		super({
			sizeProblem: fileSizeProblem,
			refused:
				'Not imported. In Excel, save the file as "CSV UTF-8 (Comma delimited)" and choose it again.'
		});
	}

	protected parse(text: string): ParsedCsv {
		return parseVendorCsv(text);
	}

	protected take(parsed: ParsedCsv): void {
		if (!parsed.ok) return this.fail(parsed.error);
		this.headers = parsed.headers;
		this.rows = parsed.rows;
		this.mapping = suggestMapping(parsed.headers);
		this.results = [];
		this.step = 'mapping';
	}

	/** Validates every row against the chosen columns and shows the preview. */
	check(today: string): Promise<void> {
		return this.checkRows(this.rows.length, () => {
			this.results = validateVendorRows(this.rows, this.mapping, { today });
		});
	}

	/** Back to choosing a file, keeping the list of problems to fix in view. */
	fixFile(): void {
		this.backToFile(this.summary.errors);
		this.results = [];
		this.rows = [];
		this.headers = [];
	}

	/**
	 * Saves the rows without errors in one transaction. Returns how many were saved, or null when
	 * the write failed (then nothing was saved and the preview shows why).
	 */
	confirm(assessmentId: string, now: Date): Promise<number | null> {
		const vendors = importedVendors(this.results, assessmentId, now, () => crypto.randomUUID());
		return this.save(
			`Saving ${vendors.length.toLocaleString('en')} vendor${vendors.length === 1 ? '' : 's'}…`,
			async () => {
				await saveVendors(assessmentId, vendors);
				return vendors.length;
			}
		);
	}
}
