// Bundles a TypeScript entry with Vite (so $lib aliases resolve) and imports it in Node.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export async function loadTs(entry, name) {
	await build({
		configFile: false,
		logLevel: 'silent',
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			outDir: `bench/out/${name}`,
			emptyOutDir: true,
			minify: false,
			lib: { entry: resolve(entry), formats: ['es'], fileName: name }
		}
	});
	return import(pathToFileURL(resolve(`bench/out/${name}/${name}.js`)).href + `?t=${Date.now()}`);
}
