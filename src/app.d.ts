// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	const __APP_VERSION__: string;
	/** The team sync server's origin fixed at build time (SYNC_ORIGIN), or '' when none. */
	const __SYNC_ORIGIN__: string;
}

export {};
