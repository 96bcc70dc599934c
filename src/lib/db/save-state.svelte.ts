/**
 * The app-wide save indicator. Every write goes through `saveState.run`, which reports "Saved"
 * only after the IndexedDB transaction has committed, and keeps a failed write for "Retry".
 */
import { classifyError, trackPending } from './db';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

class SaveState {
	status = $state<SaveStatus>('idle');
	message = $state('');
	savedAt = $state<Date | null>(null);
	#inFlight = 0;
	#failed: (() => Promise<unknown>) | null = null;
	#savedListeners = new Set<() => void>();

	/** Runs a write (which must return Dexie's transaction promise) and tracks its outcome. */
	async run<T>(op: () => Promise<T>): Promise<T> {
		this.#inFlight++;
		this.status = 'saving';
		try {
			const result = await trackPending(op());
			this.#inFlight--;
			if (this.#inFlight === 0 && !this.#hasError()) {
				this.status = 'saved';
				this.savedAt = new Date();
			}
			for (const l of this.#savedListeners) l();
			// Lets benchmarks time a change up to its commit without polling the page. `idle` says
			// whether this was the last write in flight (the indicator now says "Saved").
			if (typeof window !== 'undefined')
				window.dispatchEvent(
					new CustomEvent('app:saved', { detail: { idle: this.#inFlight === 0 } })
				);
			return result;
		} catch (e) {
			this.#inFlight--;
			const problem = classifyError(e);
			this.status = 'error';
			this.message =
				problem.kind === 'quota'
					? 'Not saved: the browser is out of storage space. Free some space (or export a backup and delete old assessments), then retry.'
					: problem.kind === 'closed' || problem.kind === 'upgraded'
						? 'Not saved: the database connection was closed. Reload the page, then make the change again.'
						: `Not saved: ${problem.message}`;
			this.#failed = op;
			throw problem;
		}
	}

	/** Read through a method: TypeScript would otherwise keep the 'saving' narrowing across await. */
	#hasError(): boolean {
		return this.status === 'error';
	}

	get canRetry(): boolean {
		return this.status === 'error' && this.#failed !== null;
	}

	async retry(): Promise<void> {
		const op = this.#failed;
		if (!op) return;
		this.#failed = null;
		this.status = 'idle';
		await this.run(op).catch(() => undefined);
	}

	/** Called after each committed write (used to request persistent storage once). */
	onSaved(listener: () => void): () => void {
		this.#savedListeners.add(listener);
		return () => this.#savedListeners.delete(listener);
	}
}

export const saveState = new SaveState();
