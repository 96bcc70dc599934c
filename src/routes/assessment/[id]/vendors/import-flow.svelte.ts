/**
 * The steps of a spreadsheet import: choose a file, confirm its encoding when it is not UTF-8,
 * match its columns, preview every row's problems, then save. Nothing touches the database until `confirm`, which writes every chosen
 * row in one transaction or none.
 */
import { saveVendors } from '$lib/db/repositories/vendors';
import {
	emptyMapping,
	parseVendorCsv,
	suggestMapping,
	validateVendorRows,
	type CsvRow,
	type VendorMapping,
	type VendorRowResult
} from '$lib/files/vendor-csv';
import { paint } from '$lib/state/paint';
import { readTextFile, type DecodedText, type EncodingPreview } from '$lib/files/text-decode';
import { fileSizeProblem, importedVendors, summariseImport } from './import-plan';

export type ImportStep = 'choose' | 'busy' | 'encoding' | 'mapping' | 'preview';

export class ImportFlow {
	step = $state<ImportStep>('choose');
	/** What the progress indicator says while busy. */
	busyText = $state('');
	fileName = $state('');
	/** Why the chosen file cannot be used (shown on the choose step). */
	fileError = $state('');
	/** Problems from the last preview, kept when the user goes back to fix the file. */
	fixList = $state.raw<string[]>([]);
	saveError = $state('');
	headers = $state.raw<string[]>([]);
	rows = $state.raw<CsvRow[]>([]);
	mapping = $state<VendorMapping>(emptyMapping());
	results = $state.raw<VendorRowResult[]>([]);
	/** On the encoding step: the values a Windows-1252 reading gives, for the user to judge. */
	encodingPreview = $state.raw<EncodingPreview | null>(null);
	readonly summary = $derived(summariseImport(this.results));
	// The Windows-1252 reading waiting for the user's yes; never parsed before it.
	#legacyText: string | null = null;
	// Each read or check bumps this, so a slow one that was abandoned cannot overwrite a newer one.
	#run = 0;

	/**
	 * Checks the size, reads and parses the file, and guesses the column mapping; a file that is not
	 * UTF-8 stops at the encoding question first.
	 */
	async read(file: File): Promise<void> {
		const run = ++this.#run;
		this.fileName = file.name;
		this.saveError = '';
		const tooBig = fileSizeProblem(file.size);
		if (tooBig) {
			this.fileError = tooBig;
			return;
		}
		this.fileError = '';
		this.busyText = `Reading ${file.name}…`;
		this.step = 'busy';
		await paint();
		let decoded: DecodedText;
		try {
			decoded = await readTextFile(file);
		} catch {
			if (run !== this.#run) return;
			this.fileError = 'The file could not be read. Check that it is still there, then try again.';
			this.step = 'choose';
			return;
		}
		if (run !== this.#run) return;
		this.#legacyText = null;
		this.encodingPreview = null;
		if (decoded.status === 'unreadable') {
			this.fileError = decoded.error;
			this.step = 'choose';
			return;
		}
		if (decoded.status === 'confirm') {
			this.#legacyText = decoded.text;
			this.encodingPreview = decoded.preview;
			this.step = 'encoding';
			return;
		}
		this.#parse(decoded.text);
	}

	/** The user read the preview and accepts the file as Windows-1252. */
	acceptEncoding(): void {
		const text = this.#legacyText;
		if (text === null) return;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.#parse(text);
	}

	/** The user declined the Windows-1252 reading: nothing is kept, back to choosing a file. */
	refuseEncoding(): void {
		this.#run++;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.fileError =
			'Not imported. In Excel, save the file as "CSV UTF-8 (Comma delimited)" and choose it again.';
		this.step = 'choose';
	}

	#parse(text: string): void {
		const parsed = parseVendorCsv(text);
		if (!parsed.ok) {
			this.fileError = parsed.error;
			this.step = 'choose';
			return;
		}
		this.headers = parsed.headers;
		this.rows = parsed.rows;
		this.mapping = suggestMapping(parsed.headers);
		this.results = [];
		this.step = 'mapping';
	}

	/** Validates every row against the chosen columns and shows the preview. */
	async check(today: string): Promise<void> {
		const run = ++this.#run;
		const n = this.rows.length;
		this.busyText = `Checking ${n.toLocaleString('en')} row${n === 1 ? '' : 's'}…`;
		this.step = 'busy';
		await paint();
		if (run !== this.#run) return;
		this.results = validateVendorRows(this.rows, this.mapping, { today });
		this.saveError = '';
		this.step = 'preview';
	}

	/** Back to the column choices, keeping the file. */
	editMapping(): void {
		this.step = 'mapping';
	}

	/** Back to choosing a file, keeping the list of problems to fix in view. */
	fixFile(): void {
		this.#run++;
		this.fixList = this.summary.errors;
		this.results = [];
		this.rows = [];
		this.headers = [];
		this.step = 'choose';
	}

	/**
	 * Saves the rows without errors in one transaction. Returns how many were saved, or null when
	 * the write failed (then nothing was saved and the preview shows why).
	 */
	async confirm(assessmentId: string, now: Date): Promise<number | null> {
		const vendors = importedVendors(this.results, assessmentId, now, () => crypto.randomUUID());
		this.busyText = `Saving ${vendors.length.toLocaleString('en')} vendor${vendors.length === 1 ? '' : 's'}…`;
		this.step = 'busy';
		try {
			await saveVendors(assessmentId, vendors);
			return vendors.length;
		} catch {
			this.saveError =
				'Nothing was imported: the database refused the write. See the message at the top of the page, then try again.';
			this.step = 'preview';
			return null;
		}
	}
}
