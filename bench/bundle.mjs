// Bundle figures: JavaScript a first visit to / loads (gzip), the precache, and every lazy chunk.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { emptyAppJsGzip } from './empty-app.mjs';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function walk(dir) {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

export async function measureBundle() {
	const EMPTY_APP_GZIP = emptyAppJsGzip();
	const port = 4191;
	const server = await serve({ port });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const loaded = new Set();
	try {
		const page = await browser.newPage();
		page.on('response', (r) => {
			const u = new URL(r.url());
			if (u.pathname.endsWith('.js')) loaded.add(u.pathname);
		});
		await page.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle' });
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
	const firstVisit = [...loaded].filter((p) => p !== '/sw.js' && !p.startsWith('/workbox-'));
	const firstGzip = firstVisit.reduce((s, p) => s + gz(join('build', p)), 0);

	// What the first route statically needs: the entries and the route's nodes with their static
	// imports, from Vite's manifest. Code loaded later on demand (dialogs, the service-worker
	// registration, error pages) is not part of it.
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	);
	const byFile = new Map(Object.entries(manifest).map(([k, v]) => ['/' + v.file, k]));
	const roots = firstVisit.filter((p) => /\/(entry|nodes)\//.test(p)).map((p) => byFile.get(p));
	const needed = new Set();
	const visit = (key) => {
		if (!key || needed.has(key)) return;
		needed.add(key);
		for (const i of manifest[key]?.imports ?? []) visit(i);
	};
	roots.forEach(visit);
	const routeFiles = [...needed].map((k) => '/' + manifest[k].file);
	const routeGzip = routeFiles.reduce((s, p) => s + gz(join('build', p)), 0);

	const sw = readFileSync('build/sw.js', 'utf8');
	const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
	const precacheBytes = precached.reduce((s, u) => s + statSync(join('build', u)).size, 0);

	const lazy = walk('build/_app/immutable')
		.filter((f) => f.endsWith('.js'))
		.map((f) => '/' + f.replace(/^build\//, ''))
		.filter((p) => !firstVisit.includes(p))
		.map((p) => ({ file: p, gzip: gz(join('build', p)) }))
		.sort((a, b) => b.gzip - a.gzip);
	// The heavy libraries, each found by a string its own code holds, with what loads along with
	// it (its chunk and that chunk's static imports not already on the first route).
	const LIBRARIES = [
		['PDF: jsPDF + jspdf-autotable', /jsPDF/],
		['charts: Chart.js', /Chart with id|chartjs/],
		['ZIP: fflate + files/zip.ts', /ZipTooLargeError/],
		['XLSX: write-excel-file', /sharedStrings/],
		['DOCX: docx', /wordprocessingml\.document\.main/]
	];
	const loadsWith = (file) => {
		const seen = new Set();
		const visit = (key) => {
			if (!key || seen.has(key)) return;
			seen.add(key);
			for (const i of manifest[key]?.imports ?? []) visit(i);
		};
		visit(byFile.get(file));
		return [...seen].map((k) => '/' + manifest[k].file).filter((f) => !firstVisit.includes(f));
	};
	const libraries = LIBRARIES.map(([name, sig]) => {
		const home = lazy.find((c) => sig.test(readFileSync(join('build', c.file), 'utf8')));
		const files = home ? loadsWith(home.file) : [];
		return { name, files, gzip: files.reduce((n, f) => n + gz(join('build', f)), 0) };
	});
	// Signatures of the libraries' own code (not of jsPDF's references to them).
	const heavyLibs = walk('build')
		.filter((f) => f.endsWith('.js'))
		.some((f) =>
			/ALLOWED_TAGS|html2canvas\.hertzen|StackBlur|svg-pathdata/.test(readFileSync(f, 'utf8'))
		);

	const rows = [
		{
			what: 'JS for the first route / (gzip)',
			value: kb(routeGzip),
			target: `<= ${kb(EMPTY_APP_GZIP * 2.5)}`,
			ok: routeGzip <= EMPTY_APP_GZIP * 2.5
		},
		{ what: 'JS loaded by a first visit to /, all (gzip)', value: kb(firstGzip) },
		{ what: 'empty SvelteKit SPA, same toolchain (gzip)', value: kb(EMPTY_APP_GZIP) },
		{ what: `precache (${precached.length} files, raw)`, value: kb(precacheBytes) },
		...libraries.map((l) => ({
			what: `lazy library ${l.name} (gzip, with what it loads)`,
			value: l.files.length ? kb(l.gzip) : 'not in build'
		})),
		...lazy
			.slice(0, 12)
			.map((c) => ({ what: `lazy chunk ${c.file.split('/').pop()}`, value: kb(c.gzip) })),
		{
			what: 'html2canvas / dompurify / canvg in build/',
			value: heavyLibs ? 'present' : 'absent',
			target: 'absent',
			ok: !heavyLibs
		}
	];
	return {
		rows,
		emptyAppJsGzip: EMPTY_APP_GZIP,
		firstRouteJsGzip: routeGzip,
		firstRouteFiles: routeFiles,
		firstVisitJsGzip: firstGzip,
		firstVisitFiles: firstVisit,
		precacheFiles: precached.length,
		precacheBytes,
		lazyChunks: lazy,
		libraries
	};
}
