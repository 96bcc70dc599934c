import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { syncOrigin } from './scripts/sync-origin.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};

// jsPDF imports these optional features dynamically; we use none of them, so they are replaced
// by an empty module and never reach the build.
const EMPTY = fileURLToPath(new URL('./src/lib/report/empty-module.js', import.meta.url));

/**
 * The first route's shared code in one chunk: everything the root layout and the home page import
 * statically (the Svelte and SvelteKit runtimes and our small modules), not the route files
 * themselves. Left to itself the bundler makes some thirty small chunks of it, and the home page's
 * part is only requested once the router has loaded the page: on a phone each wave of requests
 * costs a round trip. As one chunk it is a static import of the root layout, so index.html preloads
 * it with the entry. Only the browser build is split this way.
 */
const FIRST_ROUTE = ['src/routes/+layout.svelte', 'src/routes/+page.svelte'].map((f) =>
	fileURLToPath(new URL(`./${f}`, import.meta.url))
);
const ROUTES_DIR = fileURLToPath(new URL('./src/routes/', import.meta.url));
let shell: Set<string> | null = null;
function shellChunk(
	id: string,
	ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }
): string | null {
	if (!shell) {
		shell = new Set();
		const stack = [...FIRST_ROUTE];
		while (stack.length > 0) {
			const next = stack.pop()!;
			if (shell.has(next)) continue;
			shell.add(next);
			stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
		}
	}
	return shell.has(id) && !id.startsWith(ROUTES_DIR) ? 'shell' : null;
}

export default defineConfig({
	define: {
		__APP_VERSION__: JSON.stringify(pkg.version),
		__SYNC_ORIGIN__: JSON.stringify(syncOrigin())
	},
	resolve: {
		alias: [
			{ find: 'html2canvas', replacement: EMPTY },
			{ find: 'dompurify', replacement: EMPTY },
			{ find: 'canvg', replacement: EMPTY },
			// Dexie's default entry wraps its ES5 build; its modern, pre-minified ES module is about 3 KB smaller gzipped.
			{
				find: /^dexie$/,
				replacement: fileURLToPath(
					new URL('./node_modules/dexie/dist/modern/dexie.min.mjs', import.meta.url)
				)
			}
		]
	},
	environments: {
		client: {
			build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: shellChunk }] } } } }
		}
	},
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			strategies: 'generateSW',
			kit: { adapterFallback: 'index.html', spa: true },
			manifest: {
				name: 'SOC 2 Readiness',
				short_name: 'SOC 2 Ready',
				description:
					'SOC 2 readiness self-assessment: scoping, controls, scores, plan and reports, all offline in your browser.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#f6f7f8',
				theme_color: '#0f5257',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/icon-maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				// Every built file, lazy chunks and fonts included, so every route works offline.
				globPatterns: ['client/**/*.{js,css,html,svg,png,ico,webmanifest,ttf,woff2,json}'],
				maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
				navigateFallback: '/index.html',
				cleanupOutdatedCaches: true,
				clientsClaim: false,
				skipWaiting: false
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts']
	}
});
