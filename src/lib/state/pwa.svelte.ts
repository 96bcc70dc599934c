/**
 * Service-worker registration through workbox-window. A new version never takes over on its
 * own: when one is waiting, `updateReady` turns true and the user chooses when to reload.
 */
import type { Workbox } from 'workbox-window';

/** Chromium's install offer (not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const SW_URL = '/sw.js';

/** A TrustedScriptURL, as workbox-window types it (TypeScript's DOM types lack Trusted Types). */
type ScriptUrl = ConstructorParameters<typeof Workbox>[0];

/** Trusted Types, as far as this file uses them. */
interface ScriptUrlPolicy {
	createScriptURL(url: string): ScriptUrl;
}
interface TrustedTypesFactory {
	createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let swPolicy: ScriptUrlPolicy | undefined;

/**
 * The service worker's address as the Content-Security-Policy's Trusted Types rule requires
 * (`require-trusted-types-for 'script'` makes register() refuse a plain string). The policy
 * vouches for exactly this one address; a browser without Trusted Types takes the string.
 */
function swScriptUrl(): ScriptUrl {
	const factory = (window as Window & { trustedTypes?: TrustedTypesFactory }).trustedTypes;
	// A policy name can be created once per page: made on first use, then kept.
	swPolicy ??= factory?.createPolicy('app-sw-url', {
		createScriptURL: (url) => {
			if (url !== SW_URL) throw new TypeError(`Not the app's service worker: ${url}`);
			return url;
		}
	});
	return swPolicy ? swPolicy.createScriptURL(SW_URL) : SW_URL;
}

class PwaState {
	updateReady = $state(false);
	offlineReady = $state(false);
	/** The browser's install offer, kept for an Install button; null where there is none. */
	installOffer = $state.raw<InstallPromptEvent | null>(null);
	/** Running as an installed app (or installed from here just now). */
	installed = $state(false);
	#wb: Workbox | null = null;

	/**
	 * Keeps the browser's install offer for later (the banner that shows it loads after it may
	 * have fired) and notices when the app runs installed. Returns a function that stops listening.
	 */
	watchInstall(): () => void {
		const nav = navigator as Navigator & { standalone?: boolean };
		this.installed = matchMedia('(display-mode: standalone)').matches || nav.standalone === true;
		const offer = (e: Event) => {
			// Without this Chromium may show its own mini bar; the app offers the button instead.
			e.preventDefault();
			this.installOffer = e as InstallPromptEvent;
		};
		const done = () => {
			this.installed = true;
			this.installOffer = null;
		};
		window.addEventListener('beforeinstallprompt', offer);
		window.addEventListener('appinstalled', done);
		return () => {
			window.removeEventListener('beforeinstallprompt', offer);
			window.removeEventListener('appinstalled', done);
		};
	}

	/** Shows the browser's install dialog; an offer can be used once. */
	async install(): Promise<void> {
		const offer = this.installOffer;
		if (!offer) return;
		this.installOffer = null;
		await offer.prompt();
		if ((await offer.userChoice).outcome === 'accepted') this.installed = true;
	}

	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox(swScriptUrl(), { scope: '/', type: 'classic' });
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
