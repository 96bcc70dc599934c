/**
 * The base test for every browser test. Each test fails if the app
 * - requests anything from another origin,
 * - violates its Content-Security-Policy,
 * - throws an uncaught error.
 */
import { test as base, expect, type Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

export const test = base.extend<{ guarded: void; allowedOrigins: string[] }>({
	/** Origins besides the app's a test expects requests to (the sync test's server only). */
	allowedOrigins: [[], { option: true }],
	guarded: [
		async ({ context, baseURL, allowedOrigins }, use, testInfo) => {
			const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
			const foreign: string[] = [];
			const errors: string[] = [];
			context.on('request', (r) => {
				const u = new URL(r.url());
				if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ws:') return;
				// Other localhost ports are the app served again (offline tests); 127.0.0.1 is where
				// the sync test's server runs, so only a test that names it may reach it.
				if (u.origin === origin || allowedOrigins.includes(u.origin)) return;
				if (u.hostname !== 'localhost') {
					foreign.push(r.url());
				}
			});
			await context.addInitScript(() => {
				window.__cspViolations = [];
				document.addEventListener('securitypolicyviolation', (e) => {
					window.__cspViolations.push(
						`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`
					);
				});
			});
			context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
			await use();
			const violations: string[] = [];
			for (const p of context.pages()) {
				if (p.isClosed()) continue;
				violations.push(...(await p.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
			}
			if (testInfo.status === testInfo.expectedStatus) {
				expect(foreign, 'requests to another origin').toEqual([]);
				expect(violations, 'Content-Security-Policy violations').toEqual([]);
				expect(errors, 'uncaught errors in the page').toEqual([]);
			}
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the save indicator says the last change committed. */
export async function expectSaved(page: Page): Promise<void> {
	await expect(page.getByTestId('save-state')).toContainText('Saved');
}

/**
 * Checks that the page enforces Trusted Types, so "no CSP violations" also means no string
 * reached an HTML or script-URL sink: a plain string given to innerHTML must be refused with a
 * require-trusted-types-for violation, which is then taken off the page's list (it was ours).
 */
export async function expectTrustedTypesEnforced(page: Page): Promise<void> {
	const probe = await page.evaluate(async () => {
		const before = window.__cspViolations.length;
		let refused = false;
		try {
			document.createElement('div').innerHTML = '<b>probe</b>';
		} catch (e) {
			refused = e instanceof TypeError;
		}
		// Violation events are queued: wait for ours (or give up after two seconds).
		for (let i = 0; i < 40 && window.__cspViolations.length === before; i++)
			await new Promise((r) => setTimeout(r, 50));
		return { refused, reported: window.__cspViolations.splice(before) };
	});
	expect(probe.refused, 'a plain string given to innerHTML is refused').toBe(true);
	expect(probe.reported).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
}

/**
 * Waits until the app has created its database. It opens it after the first screen has drawn,
 * so a test that writes rows with the raw API right after a page load could otherwise create an
 * empty database of its own first.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(async () =>
				(await indexedDB.databases()).some((d) => d.name === 'soc2-readiness')
			)
		)
		.toBe(true);
}
