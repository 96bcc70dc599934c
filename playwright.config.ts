import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './tests/e2e/chromium';

const CI = !!process.env.CI;
// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	forbidOnly: CI,
	retries: 0,
	workers: 2,
	fullyParallel: true,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: CI ? 'retain-on-failure' : 'off',
		screenshot: 'only-on-failure',
		serviceWorkers: 'block',
		launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `node scripts/serve.mjs`,
		env: { PORT: String(PORT) },
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !CI,
		timeout: 30_000
	}
});
