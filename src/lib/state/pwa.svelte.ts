/**
 * Service-worker registration through workbox-window. A new version never takes over on its
 * own: when one is waiting, `updateReady` turns true and the user chooses when to reload.
 */
import type { Workbox } from 'workbox-window';

class PwaState {
	updateReady = $state(false);
	offlineReady = $state(false);
	#wb: Workbox | null = null;

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox('/sw.js', { scope: '/', type: 'classic' });
		this.#wb = wb;
		wb.addEventListener('waiting', () => {
			this.updateReady = true;
		});
		wb.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.offlineReady = true;
		});
		try {
			await wb.register();
		} catch {
			// Registration can fail in private windows or when the file is missing; the app still works online.
		}
	}

	/** Activates the waiting service worker, then reloads once it controls the page. */
	applyUpdate(): void {
		const wb = this.#wb;
		if (!wb) {
			location.reload();
			return;
		}
		wb.addEventListener('controlling', () => location.reload());
		wb.messageSkipWaiting();
	}
}

export const pwa = new PwaState();
