/**
 * Starting an access review, in steps: the review's details and the user list file, the encoding
 * question when the file is not UTF-8, the column choice, then the accounts read with every row's
 * problems. Nothing touches the database until `confirm`, which stores the review in one write.
 */
import { saveAccessReview } from '$lib/db/repositories/people';
import type { SystemAccount } from '$lib/domain/people/index';
import { readTextFile, type DecodedText, type EncodingPreview } from '$lib/files/text-decode';
import {
	parseUserList,
	readUserList,
	suggestUserListMapping,
	tooBigMessage,
	type CsvRow,
	type UserListMapping
} from '$lib/files/user-list-csv';
import { newAccessReview, type ReviewStart } from './access-view';

export type AccessImportStep = 'choose' | 'busy' | 'encoding' | 'mapping' | 'preview';

/** Lets the browser paint the progress message; a hidden tab gets a timer instead of a frame. */
function paint(): Promise<void> {
	return new Promise((resolve) => {
		const done = () => setTimeout(resolve, 0);
		requestAnimationFrame(done);
		setTimeout(done, 100);
	});
}

export class AccessImport {
	step = $state<AccessImportStep>('choose');
	busyText = $state('');
	fileName = $state('');
	fileError = $state('');
	saveError = $state('');
	headers = $state.raw<string[]>([]);
	rows = $state.raw<CsvRow[]>([]);
	mapping = $state<UserListMapping>({ account: null, email: null, displayName: null });
	accounts = $state.raw<SystemAccount[]>([]);
	errors = $state.raw<string[]>([]);
	warnings = $state.raw<string[]>([]);
	/** Problems of the last check, kept in view when the user goes back to fix the file. */
	fixList = $state.raw<string[]>([]);
	encodingPreview = $state.raw<EncodingPreview | null>(null);
	// The Windows-1252 reading waiting for the user's yes; never parsed before it.
	#legacyText: string | null = null;
	// Each read bumps this, so an abandoned slow read cannot overwrite a newer one.
	#run = 0;

	async read(file: File): Promise<void> {
		const run = ++this.#run;
		this.fileName = file.name;
		this.saveError = '';
		const tooBig = tooBigMessage(file.size);
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
		} else if (decoded.status === 'confirm') {
			this.#legacyText = decoded.text;
			this.encodingPreview = decoded.preview;
			this.step = 'encoding';
		} else this.#parse(decoded.text);
	}

	acceptEncoding(): void {
		const text = this.#legacyText;
		if (text === null) return;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.#parse(text);
	}

	refuseEncoding(): void {
		this.#run++;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.fileError =
			'Not read. Save or export the list as "CSV UTF-8" and choose it again; nothing was saved.';
		this.step = 'choose';
	}

	#parse(text: string): void {
		const parsed = parseUserList(text);
		if (!parsed.ok) {
			this.fileError = parsed.error;
			this.step = 'choose';
			return;
		}
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

	editMapping(): void {
		this.step = 'mapping';
	}

	/** Back to choosing a file, with the problems to fix in view. */
	fixFile(): void {
		this.#run++;
		this.fixList = this.errors;
		this.rows = [];
		this.headers = [];
		this.accounts = [];
		this.errors = [];
		this.step = 'choose';
	}

	/** Stores the new review; resolves with its id, or null when the write failed. */
	async confirm(start: ReviewStart, assessmentId: string, now: Date): Promise<string | null> {
		if (this.errors.length > 0 || this.accounts.length === 0) return null;
		const review = newAccessReview(start, this.accounts, crypto.randomUUID(), assessmentId, now);
		this.busyText = 'Saving the review…';
		this.step = 'busy';
		try {
			await saveAccessReview(review);
			return review.id;
		} catch {
			this.saveError =
				'Nothing was saved: the database refused the write. See the message at the top of the page, then try again.';
			this.step = 'preview';
			return null;
		}
	}
}
