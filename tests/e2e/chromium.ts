/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. The network here is closed, so background networking is switched off.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--no-first-run'
];

export function resolveChromium(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
	for (const c of candidates) if (c && existsSync(c)) return c;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return undefined; // Playwright's own browser: no override needed
	} catch {
		// no bundled browser either
	}
	console.error(
		'No Chromium found: run "sudo apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}
