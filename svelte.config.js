import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { syncOrigin } from './scripts/sync-origin.mjs';

// SvelteKit's route announcer (for screen readers) carries one fixed style attribute; allowing
// exactly that hash keeps style-src free of 'unsafe-inline'. A Kit upgrade that changes it shows up
// as a CSP violation in the browser tests.
const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// SPA: every unknown path is served index.html, which boots the client router.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
		paths: { relative: false },
		// Strict policy: only this origin, no inline code except the boot script SvelteKit hashes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', ANNOUNCER_STYLE_HASH],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// Team sync's server, when this build names one (SYNC_ORIGIN); otherwise this origin only.
				'connect-src': ['self', ...(syncOrigin() ? [syncOrigin()] : [])],
				// Blob frames only: the in-app preview of a stored PDF (images use img-src blob:).
				'frame-src': ['blob:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'base-uri': ['none'],
				'form-action': ['none'],
				'object-src': ['none'],
				// Trusted Types: the DOM's HTML and script-URL sinks take only values made by a named
				// policy. 'svelte-trusted-html' is Svelte's own, which passes its compiled templates to
				// <template>.innerHTML (user text never goes through it: we use no {@html}); 'app-sw-url'
				// (src/lib/state/pwa.svelte.ts) allows exactly the service worker's address. No default
				// policy, so any other string reaching a sink is refused and shows in the browser tests.
				'require-trusted-types-for': ['script'],
				'trusted-types': ['svelte-trusted-html', 'app-sw-url']
			}
		},
		alias: { $tests: 'tests' }
	}
};

export default config;
