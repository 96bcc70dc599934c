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
import { FileImport } from '$lib/state/file-import.svelte';
import { checkRosterFile, personRecords, summariseRoster } from './roster-rules';

export class RosterImport extends FileImport<ReadRoster> {
	table = $state.raw<RosterTable>({ headers: [], records: [], rowNumbers: [] });
	mapping = $state<RosterMapping>({});
	result = $state.raw<RosterResult | null>(null);
	readonly summary = $derived(summariseRoster(this.result));

	constructor() {
		super({
			sizeProblem: fileSizeProblem,
			refused:
				'Not imported. In Excel, save the file as "CSV UTF-8 (Comma delimited)" or as .xlsx and choose it again.'
		});
	}

	protected readOther(file: File): Promise<ReadRoster> | null {
		if (!isWorkbook(file)) return null;
		// The reader is loaded only now, so it stays out of the page until a workbook is chosen.
		return import('$lib/files/roster-xlsx').then(({ readRosterXlsx }) => readRosterXlsx(file));
	}

	protected parse(text: string): ReadRoster {
		return parseRosterCsv(text);
	}

	protected take(read: ReadRoster): void {
		if (!read.ok) return this.fail(read.error);
		this.table = read.table;
		this.mapping = suggestRosterMapping(read.table.headers);
		this.result = null;
		this.step = 'mapping';
	}

	/** Checks every row against the chosen columns and the roster as it is, then previews. */
	check(today: string, existing: readonly PersonRecord[]): Promise<void> {
		return this.checkRows(this.table.records.length, () => {
			this.result = checkRosterFile(this.table, $state.snapshot(this.mapping), today, existing);
		});
	}

	/** Back to choosing a file, keeping the problems to fix in view. */
	fixFile(): void {
		this.backToFile(this.summary.errors);
		this.result = null;
		this.table = { headers: [], records: [], rowNumbers: [] };
	}

	/** Saves every person in one transaction; the count, or null when the write failed. */
	async confirm(assessmentId: string, now: Date): Promise<number | null> {
		const drafts = this.result?.drafts ?? [];
		if (drafts.length === 0) return null;
		const people = personRecords(drafts, assessmentId, now, () => crypto.randomUUID());
		return this.save(
			`Saving ${people.length.toLocaleString('en')} ${people.length === 1 ? 'person' : 'people'}…`,
			async () => {
				await addPeople(assessmentId, people);
				return people.length;
			}
		);
	}
}
