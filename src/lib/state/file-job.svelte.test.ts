import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileJob } from './file-job.svelte';

describe('a file being made', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('shows progress only after half a second, then the confirmation', async () => {
		const job = new FileJob();
		let finish: (v: string) => void = () => {};
		const done = job.run('Making the PDF', () => new Promise<string>((r) => (finish = r)));
		expect(job.running).toBe(true);
		expect(job.label).toBe('Making the PDF');
		await vi.advanceTimersByTimeAsync(499);
		expect(job.slow).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(job.slow).toBe(true);
		finish('Saved a.pdf.');
		await done;
		expect(job).toMatchObject({ running: false, slow: false, saved: 'Saved a.pdf.', error: '' });
	});

	it('turns a failure into a message and ignores a second job while one runs', async () => {
		const job = new FileJob();
		const second = vi.fn(async () => 'no');
		const first = job.run('A', async () => {
			await job.run('B', second);
			throw new Error('disk full');
		});
		await first;
		expect(second).not.toHaveBeenCalled();
		expect(job.saved).toBe('');
		expect(job.error).toBe(
			'The file could not be made (disk full). Nothing in the assessment changed; try again.'
		);
	});
});
