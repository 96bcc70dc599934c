/**
 * The steps every spreadsheet import shares (vendors, the roster, an access review's user list):
 * the size check made before a file is read, reading it with the busy step painted, the encoding
 * question with its Windows-1252 preview, and a run counter so that a slow read or check the user
 * abandoned cannot overwrite a newer one. Each import extends this with its own parsing, column
 * choice, row checks and the one write that saves it.
 */
import { readTextFile, type DecodedText, type EncodingPreview } from '$lib/files/text-decode';
import { paint } from './paint';

export type FileImportStep = 'choose' | 'busy' | 'encoding' | 'mapping' | 'preview';

const READ_FAILED = 'The file could not be read. Check that it is still there, then try again.';
const WRITE_REFUSED =
	'Nothing was imported: the database refused the write. See the message at the top of the page, then try again.';

export interface FileImportOptions {
	/** The message for a file too large to import, or null; checked before the file is read. */
	sizeProblem: (bytes: number) => string | null;
	/** Shown on the choose step when the user declines the Windows-1252 reading. */
	refused: string;
}

/** `P` is what reading a file gives: a table to match columns on, or the reason it cannot be used. */
export abstract class FileImport<P> {
	step = $state<FileImportStep>('choose');
	/** What the progress indicator says while busy. */
	busyText = $state('');
	fileName = $state('');
	/** Why the chosen file cannot be used (shown on the choose step). */
	fileError = $state('');
	/** Problems from the last preview, kept in view when the user goes back to fix the file. */
	fixList = $state.raw<string[]>([]);
	saveError = $state('');
	/** On the encoding step: the values a Windows-1252 reading gives, for the user to judge. */
	encodingPreview = $state.raw<EncodingPreview | null>(null);
	readonly #opts: FileImportOptions;
	// The Windows-1252 reading waiting for the user's yes; never parsed before it.
	#legacyText: string | null = null;
	// Each read or check bumps this, so a slow one that was abandoned cannot overwrite a newer one.
	#run = 0;

	constructor(opts: FileImportOptions) {
		this.#opts = opts;
	}

	/** Parses the text of a file (already decoded). */
	protected abstract parse(text: string): P;

	/** Takes a parsed file: on to the column choice, or back to choosing with the reason. */
	protected abstract take(read: P): void;

	/** Back to choosing a file, keeping the problems of the last preview in view. */
	abstract fixFile(): void;

	/** Reads a file that is not text (a workbook); null for the files read as text. */
	protected readOther(_file: File): Promise<P> | null {
		return null;
	}

	/**
	 * Checks the size, reads and parses the file, and goes on to the column choice; a text file
	 * that is not UTF-8 stops at the encoding question first.
	 */
	async read(file: File): Promise<void> {
		const run = ++this.#run;
		this.fileName = file.name;
		this.saveError = '';
		const tooBig = this.#opts.sizeProblem(file.size);
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
		const other = this.readOther(file);
		if (other) {
			const read = await other;
			if (run === this.#run) this.take(read);
			return;
		}
		let decoded: DecodedText;
		try {
			decoded = await readTextFile(file);
		} catch {
			if (run === this.#run) this.fail(READ_FAILED);
			return;
		}
		if (run !== this.#run) return;
		if (decoded.status === 'unreadable') this.fail(decoded.error);
		else if (decoded.status === 'confirm') {
			this.#legacyText = decoded.text;
			this.encodingPreview = decoded.preview;
			this.step = 'encoding';
		} else this.take(this.parse(decoded.text));
	}

	/** The user read the preview and accepts the file as Windows-1252. */
	acceptEncoding(): void {
		const text = this.#legacyText;
		if (text === null) return;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.take(this.parse(text));
	}

	/** The user declined the Windows-1252 reading: nothing is kept, back to choosing a file. */
	refuseEncoding(): void {
		this.#run++;
		this.#legacyText = null;
		this.encodingPreview = null;
		this.fail(this.#opts.refused);
	}

	/** Back to the column choices, keeping the file. */
	editMapping(): void {
		this.step = 'mapping';
	}

	/** Back to choosing a file with `message` under the file input. */
	protected fail(message: string): void {
		this.fileError = message;
		this.step = 'choose';
	}

	/**
	 * Back to choosing a file, keeping `problems` in view while the user fixes it; an abandoned
	 * check cannot bring the preview back. The import drops its own table.
	 */
	protected backToFile(problems: string[]): void {
		this.#run++;
		this.fixList = problems;
		this.step = 'choose';
	}

	/**
	 * Shows the busy step while `count` rows are checked (after a paint, so a long check does not
	 * freeze the message away), then the preview; nothing happens when a newer step began meanwhile.
	 */
	protected async checkRows(count: number, check: () => void): Promise<void> {
		const run = ++this.#run;
		this.busyText = `Checking ${count.toLocaleString('en')} row${count === 1 ? '' : 's'}…`;
		this.step = 'busy';
		await paint();
		if (run !== this.#run) return;
		check();
		this.saveError = '';
		this.step = 'preview';
	}

	/**
	 * Runs the one write that saves the import, with `busyText` shown meanwhile. Its result, or
	 * null when the write failed: then nothing was saved and the preview shows `refused`.
	 */
	protected async save<R>(
		busyText: string,
		write: () => Promise<R>,
		refused = WRITE_REFUSED
	): Promise<R | null> {
		this.busyText = busyText;
		this.step = 'busy';
		try {
			return await write();
		} catch {
			this.saveError = refused;
			this.step = 'preview';
			return null;
		}
	}
}
