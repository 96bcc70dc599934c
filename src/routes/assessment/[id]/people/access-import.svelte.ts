/**
 * Starting an access review, in steps: the review's details and the user list file, the encoding
 * question when the file is not UTF-8, the column choice, then the accounts read with every row's
 * problems. Nothing touches the database until `confirm`, which stores the review in one write.
 */
import { saveAccessReview } from '$lib/db/repositories/people';
import type { SystemAccount } from '$lib/domain/people/index';
import {
	parseUserList,
	readUserList,
	suggestUserListMapping,
	tooBigMessage,
	type CsvRow,
	type ParsedUserList,
	type UserListMapping
} from '$lib/files/user-list-csv';
import { FileImport } from '$lib/state/file-import.svelte';
import { newAccessReview, type ReviewStart } from './access-view';

export class AccessImport extends FileImport<ParsedUserList> {
	headers = $state.raw<string[]>([]);
	rows = $state.raw<CsvRow[]>([]);
	mapping = $state<UserListMapping>({ account: null, email: null, displayName: null });
	accounts = $state.raw<SystemAccount[]>([]);
	errors = $state.raw<string[]>([]);
	warnings = $state.raw<string[]>([]);

	constructor() {
		super({
			sizeProblem: tooBigMessage,
			refused:
				'Not read. Save or export the list as "CSV UTF-8" and choose it again; nothing was saved.'
		});
	}

	protected parse(text: string): ParsedUserList {
		return parseUserList(text);
	}

	protected take(parsed: ParsedUserList): void {
		if (!parsed.ok) return this.fail(parsed.error);
		this.headers = parsed.headers;
		this.rows = parsed.rows;
		this.mapping = suggestUserListMapping(parsed.headers);
		this.step = 'mapping';
	}

	/** Reads every row under the chosen columns and shows what was found. */
	check(): void {
		const r = readUserList(this.rows, this.mapping);
		this.accounts = r.accounts;
		this.errors = r.errors;
		this.warnings = r.warnings;
		this.step = 'preview';
	}

	/** Back to choosing a file, with the problems to fix in view. */
	fixFile(): void {
		this.backToFile(this.errors);
		this.rows = [];
		this.headers = [];
		this.accounts = [];
		this.errors = [];
	}

	/** Stores the new review; resolves with its id, or null when the write failed. */
	async confirm(start: ReviewStart, assessmentId: string, now: Date): Promise<string | null> {
		if (this.errors.length > 0 || this.accounts.length === 0) return null;
		const review = newAccessReview(start, this.accounts, crypto.randomUUID(), assessmentId, now);
		return this.save(
			'Saving the review…',
			async () => {
				await saveAccessReview(review);
				return review.id;
			},
			'Nothing was saved: the database refused the write. See the message at the top of the page, then try again.'
		);
	}
}
