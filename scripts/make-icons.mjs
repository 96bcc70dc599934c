// Renders the app icons (PNG) from the SVG mark with the local Chromium. Run once after changing
// the mark: `node scripts/make-icons.mjs`. The PNGs are committed.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const mark = (
	inset
) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
<rect width="100" height="100" fill="#0f5257"/>
<g transform="translate(${inset} ${inset}) scale(${(100 - 2 * inset) / 100})">
<path d="M50 12 22 24v19c0 17.5 11.9 31.6 28 35.6C66.1 74.6 78 60.5 78 43V24L50 12Z" fill="#fff"/>
<path d="m37 48.5 9.4 9.4 17.6-18" fill="none" stroke="#0f5257" stroke-width="7.5" stroke-linecap="round" stroke-linejoin="round"/>
</g></svg>`;

const targets = [
	{ file: 'icon-192.png', size: 192, inset: 0 },
	{ file: 'icon-512.png', size: 512, inset: 0 },
	{ file: 'icon-maskable-512.png', size: 512, inset: 12 },
	{ file: 'apple-touch-icon.png', size: 180, inset: 6 }
];

mkdirSync('static/icons', { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const page = await browser.newPage();
for (const t of targets) {
	await page.setViewportSize({ width: t.size, height: t.size });
	await page.setContent(`<html><body style="margin:0">${mark(t.inset)}</body></html>`);
	await page.screenshot({ path: `static/icons/${t.file}` });
}
await browser.close();
