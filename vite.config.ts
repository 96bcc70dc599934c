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
