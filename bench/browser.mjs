// The Chromium used by the benchmarks: the same resolution rules as the browser tests.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function chromiumPath() {
	for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium'])
		if (c && existsSync(c)) return c;
	return undefined;
}
