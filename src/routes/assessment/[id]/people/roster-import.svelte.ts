/**
 * The steps of a roster import, as the vendor import has them: choose a CSV or XLSX file, confirm
 * its encoding when a CSV is not UTF-8, match its columns, preview every row's problems, then
 * save. All-or-nothing: nothing is written until `confirm`, and only when no row has an error,
 * in one transaction.
 */
import { addPeople } from '$lib/db/repositories/people';
import type { RosterMapping, RosterResult } from '$lib/domain/people/index';
import type { PersonRecord } from '$lib/domain/types';
import { fileSizeProblem } from '$lib/files/csv-table';
import {
	isWorkbook,
	parseRosterCsv,
	suggestRosterMapping,
	type ReadRoster,
	type RosterTable
} from '$lib/files/roster-csv';
import { readTextFile, type DecodedText, type EncodingPreview } from '$lib/files/text-decode';
import { paint } from '$lib/state/paint';
import { checkRosterFile, personRecords, summariseRoster } from './roster-rules';

export type RosterImportStep = 'choose' | 'busy' | 'encoding' | 'mapping' | 'preview';

export class RosterImport {
	step = $state<RosterImportStep>('choose');
	busyText = $state('');
	fileName = $state('');
	fileError = $state('');
	/** Problems from the last preview, kept in view while the user fixes the file. */
	fixList = $state.raw<string[]>([]);
	saveError = $state('');
	table = $state.raw<RosterTable>({ headers: [], records: [], rowNumbers: [] });
	mapping = $state<RosterMapping>({});
	result = $state.raw<RosterResult | null>(null);
	encodingPreview = $state.raw<EncodingPreview | null>(null);
	readonly summary = $derived(summariseRoster(this.result));
	#legacyText: string | null = null;
	#run = 0;

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
		this.#legacyText = null;
		this.encodingPreview = null;
		if (isWorkbook(file)) {
			// The reader is loaded only now, so it stays out of the page until a workbook is chosen.
			const { readRosterXlsx } = await import('$lib/files/roster-xlsx');
			const read = await readRosterXlsx(file);
			if (run === this.#run) this.#take(read);
			return;
		}
		let decoded: DecodedText;
		try {
			decoded = await readTextFile(file);
		} catch {
			if (run !== this.#run) return;
			this.#fail('The file could not be read. Check that it is still there, then try again.');
			return;
		}
		if (run !== this.#run) return;
		if (decoded.status === 'unreadable') this.#fail(decoded.error);
		else if (decoded.status === 'confirm') {
			this.#legacyText = decoded.text;
			this.encodingPreview = decoded.preview;
			this.step = 'encoding';
		} else this.#take(parseRosterCsv(decoded.text));
	}

	acceptEncoding(): void {
		const text = this.#legacyText;
		if (text === null) return;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.#take(parseRosterCsv(text));
	}

	refuseEncoding(): void {
		this.#run++;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.#fail(
			'Not imported. In Excel, save the file as "CSV UTF-8 (Comma delimited)" or as .xlsx and choose it again.'
		);
	}

	#fail(message: string): void {
		this.fileError = message;
		this.step = 'choose';
	}

	#take(read: ReadRoster): void {
		if (!read.ok) return this.#fail(read.error);
		this.table = read.table;
		this.mapping = suggestRosterMapping(read.table.headers);
		this.result = null;
		this.step = 'mapping';
	}

	/** Checks every row against the chosen columns and the roster as it is, then previews. */
	async check(today: string, existing: readonly PersonRecord[]): Promise<void> {
		const run = ++this.#run;
		const n = this.table.records.length;
		this.busyText = `Checking ${n.toLocaleString('en')} row${n === 1 ? '' : 's'}…`;
		this.step = 'busy';
		await paint();
		if (run !== this.#run) return;
		this.result = checkRosterFile(this.table, $state.snapshot(this.mapping), today, existing);
		this.saveError = '';
		this.step = 'preview';
	}

	editMapping(): void {
		this.step = 'mapping';
	}

	/** Back to choosing a file, keeping the problems to fix in view. */
	fixFile(): void {
		this.#run++;
		this.fixList = this.summary.errors;
		this.result = null;
		this.table = { headers: [], records: [], rowNumbers: [] };
		this.step = 'choose';
	}

	/** Saves every person in one transaction; the count, or null when the write failed. */
	async confirm(assessmentId: string, now: Date): Promise<number | null> {
		const drafts = this.result?.drafts ?? [];
		if (drafts.length === 0) return null;
		const people = personRecords(drafts, assessmentId, now, () => crypto.randomUUID());
		this.busyText = `Saving ${people.length.toLocaleString('en')} ${people.length === 1 ? 'person' : 'people'}…`;
		this.step = 'busy';
		try {
			await addPeople(assessmentId, people);
			return people.length;
		} catch {
			this.saveError =
				'Nothing was imported: the database refused the write. See the message at the top of the page, then try again.';
			this.step = 'preview';
			return null;
		}
	}
}
