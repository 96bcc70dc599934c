/**
 * A consultant's portfolio: 25 assessments imported in one backup (built here from the sample,
 * each with its own name, assessor and answers) all show a score on the home page without being
 * opened, sort by score as read from the page, and search keeps to the URL.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { HomePage } from './page-models/home-page';

const COUNT = 25;
const WORDS = [
	'Aurora',
	'Basalt',
	'Cobalt',
	'Dune',
	'Ember',
	'Fjord',
	'Garnet',
	'Harbor',
	'Indigo',
	'Juniper',
	'Kestrel',
	'Lumen',
	'Meridian',
	'Nimbus',
	'Onyx',
	'Prairie',
	'Quartz',
	'Raven',
	'Sierra',
	'Tundra',
	'Umber',
	'Vertex',
	'Willow',
	'Xenon',
	'Yonder'
];
const UUID = /[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g;

interface SampleControl {
	status: string;
}

/**
 * One format 1 backup with COUNT copies of the sample. Copy i has every id renumbered (so
 * nothing collides), its own company and assessor, and 2 × i of its implemented controls set back
 * to not started, so the scores differ and fall with i.
 */
function portfolioBackup(): Buffer {
	const text = readFileSync('tests/fixtures/sample-assessment.json', 'utf8');
	const bundle = JSON.parse(text) as { assessments: unknown[] };
	bundle.assessments = WORDS.slice(0, COUNT).map((word, i) => {
		const prefix = (0xa0000000 + i).toString(16);
		const copy = JSON.parse(
			JSON.stringify(JSON.parse(text).assessments[0]).replace(UUID, `${prefix}$1`)
		);
		copy.assessment.companyName = `${word} Systems`;
		copy.assessment.assessor = i % 5 === 0 ? 'Priya Natarajan' : `Assessor ${i}`;
		let reset = 2 * i;
		for (const c of copy.controls as SampleControl[])
			if (reset > 0 && c.status === 'implemented') {
				c.status = 'not_started';
				reset -= 1;
			}
		return copy;
	});
	return Buffer.from(JSON.stringify(bundle));
}

test('25 imported assessments each show a score, sort by score and can be searched', async ({
	page
}) => {
	await page.goto('/settings');
	const chooser = page.waitForEvent('filechooser');
	await page.getByLabel('Import backup').click();
	await (
		await chooser
	).setFiles({ name: 'portfolio.json', mimeType: 'application/json', buffer: portfolioBackup() });
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(`Imported portfolio.json: ${COUNT} added`)).toBeVisible();

	const home = new HomePage(page);
	await home.goto();
	await expect(home.list.getByRole('listitem')).toHaveCount(COUNT);
	// Every score is worked out on the device, none left for opening the assessment.
	await expect(home.list.getByTestId('home-score')).toHaveCount(COUNT, { timeout: 30_000 });
	await expect(page.getByText('Open it to see the score')).toHaveCount(0);
	await expect(page.getByText('Working out the score')).toHaveCount(0);
	await expect(home.item('Aurora Systems')).toContainText(/assessed \d+ of \d+ controls/);
	await expect(home.item('Aurora Systems').getByTestId('home-trend')).toContainText(
		/since “Workshop 1” on 15 Oct 2026/
	);

	await expectNoAxeViolations(page, 'home (portfolio)');

	await home.sort.selectOption({ label: 'Readiness score' });
	await expect(page).toHaveURL(/\?sort=score$/);
	const scores = await home.scores();
	expect(scores).toHaveLength(COUNT);
	expect(scores).toEqual([...scores].sort((a, b) => b - a));
	expect(new Set(scores).size).toBeGreaterThan(COUNT / 2);
	// Fewer controls implemented, lower score: copy 0 (Aurora) leads, copy 24 (Yonder) trails.
	const names = await home.names();
	expect(names[0]).toBe('Aurora Systems');
	expect(names[COUNT - 1]).toBe('Yonder Systems');

	// The score on the home page is the one the Overview shows.
	const auroraScore = await home.item('Aurora Systems').getByTestId('home-score').textContent();
	await home.list.getByRole('link', { name: 'Aurora Systems', exact: true }).click();
	await expect(page.getByTestId('overall-score')).toHaveText(auroraScore ?? '');
	await page.goBack();
	await expect(page).toHaveURL(/\?sort=score$/);
	await expect(home.sort).toHaveValue('score');

	await home.search.fill('priya');
	await expect(page).toHaveURL(/\?q=priya&sort=score$/);
	await expect(home.list.getByRole('listitem')).toHaveCount(5);
	expect(await home.names()).toEqual([
		'Aurora Systems',
		'Fjord Systems',
		'Kestrel Systems',
		'Prairie Systems',
		'Umber Systems'
	]);
	await page.reload();
	await expect(home.search).toHaveValue('priya');
	await expect(home.list.getByRole('listitem')).toHaveCount(5);

	await home.search.fill('quartz');
	await expect(home.list.getByRole('listitem')).toHaveCount(1);
	await home.search.fill('globex');
	await expect(page.getByRole('heading', { name: 'No assessment matches “globex”' })).toBeVisible();
	await expectNoAxeViolations(page, 'home (no match)');
	await page.getByRole('button', { name: 'Clear the search' }).click();
	await expect(home.search).toBeFocused();
	await expect(home.list.getByRole('listitem')).toHaveCount(COUNT);
	await expect(page).toHaveURL(/\?sort=score$/);
});
