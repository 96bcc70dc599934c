import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The rules whose outcome depends on colours, the only thing dark mode changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Audits what the page shows now, in light and in dark mode. Dark mode swaps colour tokens and
 * nothing else (src/styles/tokens.css), so the dark pass runs the colour rules only: the other
 * rules read the same DOM and would repeat the light pass at twice the cost.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const problems: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expect
			.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
			.toBe(scheme === 'dark');
		const builder = new AxeBuilder({ page });
		const result = await (
			scheme === 'light' ? builder.withTags(TAGS) : builder.withRules(COLOUR_RULES)
		).analyze();
		for (const v of result.violations)
			problems.push(
				`${label} (${scheme}): ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	expect(problems).toEqual([]);
}
