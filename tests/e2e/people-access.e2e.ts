/**
 * Access reviews (issue 22): a roster seeded with the raw IndexedDB API (one leaver), then in the
 * UI a review of GitHub from a Windows-1252 user list. A bad list is refused with its rows named
 * and nothing stored; the good one is read once its encoding is confirmed, matched (leaver,
 * unknown and shared accounts flagged), decided, completed and exported; the export is read back
 * with papaparse, a formula-like note neutralised. Delete asks first and can be undone.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test, waitForAppDatabase } from './fixtures';
import { AccessReviewsPage } from './page-models/access-reviews-page';
import { AssessmentNav } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';

function isoDay(d: Date): string {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The browser's today, as the app counts it (local time). */
async function browserToday(page: Page): Promise<string> {
	return page.evaluate(() => {
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});
}

function person(
	assessmentId: string,
	id: string,
	name: string,
	email: string,
	endDate: string | null
) {
	return {
		id,
		assessmentId,
		name,
		email,
		role: 'Engineer',
		department: 'Engineering',
		manager: 'Mara Lind',
		startDate: '2024-01-15',
		endDate,
		employmentType: 'employee',
		inScope: true,
		companyDevice: true,
		createdAt: '2024-01-15T09:00:00.000Z',
		updatedAt: '2024-01-15T09:00:00.000Z'
	};
}

/** Rows of one object store, read with the raw API. */
async function rawRows(page: Page, table: string): Promise<unknown[]> {
	return page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const rows = await new Promise<unknown[]>((resolve, reject) => {
			const req = db.transaction(name).objectStore(name).getAll();
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		db.close();
		return rows;
	}, table);
}

async function seedPeople(page: Page, rows: unknown[]): Promise<void> {
	await page.evaluate(async (text) => {
		const people = JSON.parse(text) as unknown[];
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction(['people'], 'readwrite');
		for (const p of people) tx.objectStore('people').put(p);
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, JSON.stringify(rows));
}

/** The user list as GitHub's export would give it after a round through Excel on Windows. */
const USER_LIST = [
	'Login,Name,Email',
	'ana,Ana Ruiz,ana@acme.test',
	'leo,Leo Vance,leo@acme.test',
	'jnunez,José Núñez,',
	'mallory,<b>Mallory</b> Stone,mallory@elsewhere.test',
	'deploy-bot,Deploy bot,',
	''
].join('\r\n');

const BAD_LIST = ['Login,Name', 'ana,Ana Ruiz', ',Nobody', 'ANA,Ana again', ''].join('\n');

test('an access review of GitHub: a bad list refused, a Windows-1252 list read, leaver flagged, decided, completed and exported', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Access Review Co', 'Rita Reviewer');
	await waitForAppDatabase(page);
	const leftOn = isoDay(new Date(Date.now() - 40 * 86_400_000));
	await seedPeople(page, [
		person(id, 'p-ana', 'Ana Ruiz', 'ana@acme.test', null),
		person(id, 'p-leo', 'Leo Vance', 'leo@acme.test', leftOn),
		person(id, 'p-jose', 'José Núñez', 'jose@acme.test', null)
	]);
	await page.reload();
	await new AssessmentNav(page).open('People');
	const access = new AccessReviewsPage(page);
	await access.openTab();
	await expect(page.getByText('No access reviews yet.')).toBeVisible();
	const today = await browserToday(page);

	// A list with an empty and a repeated account: every row named, nothing stored.
	const dialog = await access.startReview('GitHub', 'Rita Reviewer');
	await expect(dialog.getByLabel('Date of the user list')).toHaveValue(today);
	await dialog.getByLabel('User list (CSV)').setInputFiles({
		name: 'github-bad.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(BAD_LIST, 'utf8')
	});
	await expect(dialog.getByLabel('Account (required)')).toHaveValue('0');
	await dialog.getByRole('button', { name: 'Read the accounts' }).click();
	await expect(dialog.getByRole('alert')).toContainText('2 problems in the file.');
	const problems = dialog.getByRole('list', { name: 'Problems to fix' });
	await expect(problems.getByRole('listitem')).toHaveText([
		'Row 3: the account is empty',
		'Row 4: the account ‘ANA’ is already listed on row 2'
	]);
	await expect(dialog.getByRole('button', { name: 'Start the review' })).toHaveCount(0);
	await dialog.getByRole('button', { name: 'Go back and fix the file' }).click();
	await expect(dialog.getByRole('region', { name: 'Rows to fix' })).toContainText('Row 3');
	expect(await rawRows(page, 'accessReviews')).toEqual([]);

	// The Windows-1252 list: the encoding question first, then the accents read as written.
	const bytes = Buffer.from(USER_LIST, 'latin1');
	expect(bytes.includes(Buffer.from([0x4a, 0x6f, 0x73, 0xe9]))).toBe(true); // "José", é = E9
	await dialog.getByLabel('User list (CSV)').setInputFiles({
		name: 'github-users.csv',
		mimeType: 'text/csv',
		buffer: bytes
	});
	await expect(dialog.getByTestId('encoding-question')).toContainText('‘José Núñez’');
	await expectNoAxeViolations(page, 'access review encoding question');
	expect(await rawRows(page, 'accessReviews')).toEqual([]);
	await dialog.getByRole('button', { name: 'Read as Windows-1252' }).click();
	await expect(dialog.getByLabel('Account (required)')).toHaveValue('0');
	await expect(dialog.getByLabel('Email')).toHaveValue('2');
	await expect(dialog.getByLabel('Display name')).toHaveValue('1');
	await dialog.getByRole('button', { name: 'Read the accounts' }).click();
	await expect(dialog.getByTestId('review-read')).toContainText('5 accounts read.');
	expect(await rawRows(page, 'accessReviews')).toEqual([]);
	await dialog.getByRole('button', { name: 'Start the review' }).click();
	await expect(dialog).toBeHidden();

	// The review: counts, the leaver flagged with words, the accented name matched.
	await expect(page.getByRole('heading', { level: 2, name: /GitHub: user list of/ })).toBeVisible();
	await expect(access.count('accounts')).toHaveText('5');
	await expect(access.count('matched')).toHaveText('3');
	await expect(access.count('leavers')).toHaveText('1');
	await expect(access.count('unknown')).toHaveText('1');
	await expect(access.count('shared')).toHaveText('1');
	await expect(access.count('ambiguous')).toHaveText('0');
	await expect(access.row('leo')).toContainText('Leo Vance');
	await expect(access.row('leo').locator('.badge')).toHaveText(['Leaver']);
	await expect(access.row('mallory').locator('.badge')).toHaveText(['Unknown']);
	await expect(access.row('deploy-bot').locator('.badge')).toHaveText(['Shared']);
	await expect(access.row('jnunez')).toContainText('José Núñez');
	await expect(access.row('mallory')).toContainText('<b>Mallory</b> Stone');
	await expect(page.getByText('\uFFFD')).toHaveCount(0);
	await page.getByLabel('Show').selectOption('Leavers');
	await expect(access.table.getByRole('rowheader')).toHaveCount(1);
	await page.getByLabel('Show').selectOption('All accounts');
	await expect(page.getByTestId('review-left')).toContainText(
		'5 accounts still without a decision.'
	);
	await expectNoAxeViolations(page, 'access review screen');

	// Decisions, saved as they go; a leaver's account kept is refused until removed.
	await access.decide('ana', 'Keep');
	await access.decide('jnunez', 'Keep');
	await access.decide('leo', 'Keep');
	await expect(access.row('leo')).toContainText('The account belongs to someone who has left');
	await access.decide('leo', 'Remove', 'Left; removed in IT-12');
	await access.decide('mallory', 'Remove', '=HYPERLINK("http://evil.test","x")');
	await access.decide('deploy-bot', 'Keep', 'CI deploy key, owned by the platform team');
	const stored = (await rawRows(page, 'accessReviews')) as { decisions: unknown[] }[];
	expect(stored[0]?.decisions).toHaveLength(5);

	// Completing: the date defaults to today and dates IAM-07.
	await expect(page.getByText(/dates the access-review control \(IAM-07\)/)).toBeVisible();
	await expect(page.getByLabel('Completed on')).toHaveValue(today);
	await page.getByRole('button', { name: 'Complete the review' }).click();
	await expect(
		page.getByRole('heading', { level: 3, name: `Completed on ${today}` })
	).toBeVisible();
	await expect(page.getByLabel('Decision for ana', { exact: true })).toHaveCount(0);
	expect(
		((await rawRows(page, 'accessReviews')) as { completedAt: string }[])[0]?.completedAt
	).toBe(today);

	// The export, read back by papaparse: every account with its match, flags, decision and note.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^github-access-review-.*\.csv$/);
	const csv = await readFile((await file.path()) ?? '', 'utf8');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const data = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
	expect(data).toEqual([
		[
			'Account',
			'Email',
			'Display name',
			'Matched person',
			'Matched by',
			'Flags',
			'Decision',
			'Note'
		],
		['ana', 'ana@acme.test', 'Ana Ruiz', 'Ana Ruiz', 'email', '', 'Keep', ''],
		[
			'leo',
			'leo@acme.test',
			'Leo Vance',
			'Leo Vance',
			'email',
			'Leaver',
			'Remove',
			'Left; removed in IT-12'
		],
		['jnunez', '', 'José Núñez', 'José Núñez', 'name', '', 'Keep', ''],
		[
			'mallory',
			'mallory@elsewhere.test',
			'<b>Mallory</b> Stone',
			'',
			'',
			'Unknown',
			'Remove',
			`'=HYPERLINK("http://evil.test","x")`
		],
		[
			'deploy-bot',
			'',
			'Deploy bot',
			'',
			'',
			'Shared',
			'Keep',
			'CI deploy key, owned by the platform team'
		]
	]);

	// Reopening makes the decisions editable again; completing again dates it anew.
	await page.getByRole('button', { name: 'Reopen the review' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Complete the review' })).toBeVisible();
	await expect(page.getByLabel('Decision for ana', { exact: true })).toHaveValue('keep');
	await page.getByRole('button', { name: 'Complete the review' }).click();
	await expect(
		page.getByRole('heading', { level: 3, name: `Completed on ${today}` })
	).toBeVisible();

	// The list per system; delete asks first and Undo puts the review back.
	await page.getByRole('button', { name: '← All access reviews' }).click();
	const github = page.getByRole('region', { name: 'GitHub' });
	await expect(github).toContainText(`Last completed review: ${today}`);
	await expect(github.getByRole('listitem')).toContainText(`Completed on ${today}`);
	await expect(page.getByTestId('access-last-completed')).toContainText(
		`Last completed review: GitHub, on ${today}.`
	);
	await expectNoAxeViolations(page, 'access review list');
	await github.getByRole('button', { name: /^Delete the GitHub review/ }).click();
	const confirm = page.getByRole('dialog', { name: 'Delete this access review?' });
	await confirm.getByRole('button', { name: 'Delete the review' }).click();
	await expect(page.getByText('No access reviews yet.')).toBeVisible();
	expect(await rawRows(page, 'accessReviews')).toEqual([]);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(github).toContainText(`Last completed review: ${today}`);
	expect(await rawRows(page, 'accessReviews')).toHaveLength(1);

	// The leaver's account found in the completed review counts against access removal (IAM-05):
	// on the Overview's blockers and on the control itself.
	const leaverFinding =
		"IAM-05: 1 leaver's account still listed after they left, in the latest completed access review of a system.";
	await new AssessmentNav(page).open('Overview');
	const blockers = page.getByTestId('blockers');
	const more = blockers.getByRole('button', { name: /^Show all/ });
	if (await more.isVisible()) await more.click();
	await expect(blockers.getByText(leaverFinding)).toBeVisible();
	const assessmentId = new URL(page.url()).pathname.split('/')[2];
	await page.goto(`/assessment/${assessmentId}/controls?control=IAM-05`);
	await expect(page.locator('[data-control="IAM-05"] .people-findings')).toContainText(
		leaverFinding
	);
});
