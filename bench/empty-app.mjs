// Builds an empty SvelteKit SPA with this project's own toolchain (same node_modules) and returns
// the gzip size of its JavaScript: the yardstick for the first-route budget (2.5x).
import { execSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const FILES = {
	'package.json': '{"name":"empty","type":"module","private":true}',
	'svelte.config.js':
		"import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter({ fallback: 'index.html' }) } };\n",
	'vite.config.js':
		"import { sveltekit } from '@sveltejs/kit/vite';\nexport default { plugins: [sveltekit()] };\n",
	'src/app.html':
		'<!doctype html><html><head>%sveltekit.head%</head><body><div>%sveltekit.body%</div></body></html>\n',
	'src/routes/+layout.js': 'export const ssr = false;\n',
	'src/routes/+page.svelte': '<h1>Hello</h1>\n'
};

function walk(dir) {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/**
 * Builds the empty app in a temporary folder and returns that folder (its site is in build/).
 * The caller removes it with `rmSync(dir, { recursive: true, force: true })`.
 */
export function buildEmptyApp() {
	const dir = mkdtempSync(join(tmpdir(), 'empty-kit-'));
	try {
		for (const [file, text] of Object.entries(FILES)) {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), text);
		}
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
		execSync('node node_modules/vite/bin/vite.js build', { cwd: dir, stdio: 'ignore' });
		return dir;
	} catch (e) {
		rmSync(dir, { recursive: true, force: true });
		throw e;
	}
}

export function emptyAppJsGzip() {
	const dir = buildEmptyApp();
	try {
		return walk(join(dir, 'build'))
			.filter((f) => f.endsWith('.js'))
			.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
