/**
 * Whether the browser may evict this app's data. Persistence is requested after the first saved
 * change (browsers grant it more readily once the user has engaged).
 */

const DISMISS_KEY = 'soc2r.storageBannerDismissed';

class StorageState {
	persisted = $state<boolean | null>(null);
	likelyPrivate = $state(false);
	usage = $state<number | null>(null);
	quota = $state<number | null>(null);
	dismissed = $state(false);
	/** Reactive, so `atRisk` re-evaluates once persistence has been asked for. */
	requested = $state(false);

	async refresh(): Promise<void> {
		const s = navigator.storage;
		if (!s) return;
		try {
			this.persisted = s.persisted ? await s.persisted() : false;
			const est = s.estimate ? await s.estimate() : undefined;
			this.usage = est?.usage ?? null;
			this.quota = est?.quota ?? null;
			// Private windows get a small, fixed quota; a normal profile gets a share of the disk.
			this.likelyPrivate = this.quota !== null && this.quota < 200 * 1024 * 1024;
		} catch {
			this.persisted = false;
		}
		this.dismissed = localStorage.getItem(DISMISS_KEY) === '1';
	}

	/** Asks once per session on its own; `again` asks even if already asked (a button). */
	async requestPersistence(again = false): Promise<void> {
		if ((this.requested && !again) || !navigator.storage?.persist) return;
		this.requested = true;
		try {
			this.persisted = await navigator.storage.persist();
		} catch {
			this.persisted = false;
		}
		await this.refresh();
	}

	get atRisk(): boolean {
		return this.requested && (this.persisted === false || this.likelyPrivate);
	}

	dismiss(): void {
		this.dismissed = true;
		// Remembered: the warning does not come back in every visit once read.
		localStorage.setItem(DISMISS_KEY, '1');
	}
}

export const storage = new StorageState();
