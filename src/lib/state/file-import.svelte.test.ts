import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FileImport } from './file-import.svelte';

type Parsed = { ok: true; text: string } | { ok: false; error: string };

/** The smallest import: any text but "bad" parses, and the text is kept. */
class TextImport extends FileImport<Parsed> {
	text = $state('');

	constructor() {
		super({
			sizeProblem: (bytes) => (bytes > 10 ? 'Too big.' : null),
			refused: 'Not imported.'
		});
	}

	protected parse(text: string): Parsed {
		return text === 'bad' ? { ok: false, error: 'Bad file.' } : { ok: true, text };
	}

	protected take(read: Parsed): void {
		if (!read.ok) return this.fail(read.error);
		this.text = read.text;
		this.step = 'mapping';
	}

	fixFile(): void {
		this.backToFile(['Row 2: bad.']);
		this.text = '';
	}

	check(): Promise<void> {
		return this.checkRows(1, () => {});
	}

	confirm(write: () => Promise<number>): Promise<number | null> {
		return this.save('Saving…', write);
	}
}

const file = (bytes: BlobPart, name = 'list.csv') => new File([bytes], name);

beforeEach(() => {
	vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 0));
});

describe('FileImport', () => {
	it('refuses a file over the size limit before reading it', async () => {
		const flow = new TextImport();
		await flow.read(file('12345678901'));
		expect(flow.step).toBe('choose');
		expect(flow.fileError).toBe('Too big.');
	});

	it('reads a UTF-8 file on to the column choice, and shows a parse error on the choose step', async () => {
		const flow = new TextImport();
		await flow.read(file('héllo'));
		expect(flow.step).toBe('mapping');
		expect(flow.text).toBe('héllo');
		await flow.read(file('bad'));
		expect(flow.step).toBe('choose');
		expect(flow.fileError).toBe('Bad file.');
	});

	it('asks before taking a Windows-1252 file, and keeps nothing when the user declines', async () => {
		const flow = new TextImport();
		await flow.read(file(new Uint8Array([0x63, 0x61, 0x66, 0xe9])));
		expect(flow.step).toBe('encoding');
		expect(flow.encodingPreview?.samples).toEqual(['café']);
		flow.refuseEncoding();
		expect(flow.step).toBe('choose');
		expect(flow.fileError).toBe('Not imported.');
		expect(flow.encodingPreview).toBeNull();
		flow.acceptEncoding();
		expect(flow.text).toBe('');

		await flow.read(file(new Uint8Array([0x63, 0x61, 0x66, 0xe9])));
		flow.acceptEncoding();
		expect(flow.step).toBe('mapping');
		expect(flow.text).toBe('café');
	});

	it('lets the newer of two reads win, whichever finishes last', async () => {
		const flow = new TextImport();
		const first = flow.read(file('first'));
		const second = flow.read(file('second', 'b.csv'));
		await Promise.all([first, second]);
		expect(flow.text).toBe('second');
		expect(flow.fileName).toBe('b.csv');
	});

	it('checks on to the preview, and a failed write goes back to it with the reason', async () => {
		const flow = new TextImport();
		await flow.read(file('rows'));
		await flow.check();
		expect(flow.step).toBe('preview');
		expect(await flow.confirm(() => Promise.reject(new Error('quota')))).toBeNull();
		expect(flow.step).toBe('preview');
		expect(flow.saveError).toMatch(/^Nothing was imported/);
		expect(await flow.confirm(() => Promise.resolve(3))).toBe(3);
	});

	it('goes back to choosing a file with the problems in view', async () => {
		const flow = new TextImport();
		await flow.read(file('rows'));
		const checking = flow.check();
		flow.fixFile();
		await checking;
		expect(flow.step).toBe('choose');
		expect(flow.fixList).toEqual(['Row 2: bad.']);
	});
});
