// Serves the production build in build/ the way a static host would: files as they are, every
// unknown path answered with index.html (the SPA fallback, whose router shows the not-found page),
// and the response headers the README recommends. `npm start` runs it on http://localhost:4173; tests import `serve` to start and stop it.
import { createServer } from 'node:http';
import {
	createReadStream,
	existsSync,
	readFileSync,
	readdirSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export const SECURITY_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'Cross-Origin-Opener-Policy': 'same-origin'
};

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|webmanifest|txt)$/;

/**
 * Static hosts send text compressed (nginx gzip_static, Netlify, GitHub Pages, S3 behind a CDN).
 * So does this server: a gzip copy is written beside each text file that has no current one (once
 * per build) and sirv sends it to browsers that accept gzip.
 * @param {string} dir
 */
function precompress(dir) {
	for (const name of readdirSync(dir)) {
		const file = join(dir, name);
		const stats = statSync(file);
		if (stats.isDirectory()) precompress(file);
		else if (COMPRESSIBLE.test(name)) {
			const gz = `${file}.gz`;
			if (existsSync(gz) && statSync(gz).mtimeMs >= stats.mtimeMs) continue;
			writeFileSync(gz, gzipSync(readFileSync(file), { level: 9 }));
		}
	}
}

/** Starts a server for `root`; resolves with the http.Server once it listens. */
export function serve({ port = 4173, host = 'localhost', root = 'build' } = {}) {
	if (!existsSync(`${root}/index.html`)) {
		throw new Error(`No build found in ${root}/. Run "npm run build" first.`);
	}
	precompress(root);
	const files = sirv(root, {
		single: 'index.html',
		gzip: true,
		dev: false,
		etag: true,
		setHeaders(res, pathname) {
			for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});
	const server = createServer((req, res) => {
		files(req, res, () => {
			res.statusCode = 404;
			for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
			// sirv leaves out addresses that look like files (/old-page.html): a page asked for by a
			// browser still gets the app, whose not-found page offers a way back, with status 404.
			const page = !req.url?.startsWith('/_app/') && /text\/html/.test(req.headers.accept ?? '');
			if (!page) {
				res.end('Not found');
				return;
			}
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.setHeader('Cache-Control', 'no-cache');
			createReadStream(`${root}/index.html`).pipe(res);
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(server));
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	serve({ port })
		.then(() => console.log(`SOC 2 Readiness is running at http://localhost:${port}`))
		.catch((e) => {
			console.error(e instanceof Error ? e.message : e);
			process.exit(1);
		});
}
