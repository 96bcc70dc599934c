import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';

const PASSPHRASE = 'evidence travels encrypted 7';
const NOW = '2026-11-02T09:00:00.000Z';

/** Bytes that do not compress, like the PDFs and screenshots a locker holds. */
function noise(n: number, seed: number): Buffer {
	const out = Buffer.alloc(n);
	let x = seed;
	for (let i = 0; i < n; i += 1) {
		x = (x * 1103515245 + 12345) >>> 0;
		out[i] = x >>> 24;
	}
	return out;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Seeded {
	name: string;
	base64: string;
	sha256: string;
	size: number;
}

/** Puts file records and their bytes into the page's IndexedDB, on the one evidence item. */
async function seedFiles(page: Page, assessmentId: string, files: Seeded[]): Promise<void> {
	await page.evaluate(
		async ({ assessmentId, files, now }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('soc2-readiness');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = db.transaction(['evidence', 'evidenceFiles', 'fileBlobs'], 'readwrite');
			const evidence = await new Promise<{ id: string; assessmentId: string }[]>((resolve) => {
				const req = tx.objectStore('evidence').getAll();
				req.onsuccess = () => resolve(req.result);
			});
			const owner = evidence.find((e) => e.assessmentId === assessmentId);
			files.forEach((f, i) => {
				const id = `e2e-file-${i}`;
				const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
				tx.objectStore('evidenceFiles').put({
					id,
					assessmentId,
					ownerKind: 'evidence',
					ownerId: owner?.id,
					name: f.name,
					type: 'application/pdf',
					declaredType: 'application/pdf',
					size: f.size,
					sha256: f.sha256,
					addedAt: now,
					addedBy: 'Jo',
					replaces: null,
					replacedBy: null,
					updatedAt: now
				});
				tx.objectStore('fileBlobs').put({ id, assessmentId, blob: new Blob([bytes]) });
			});
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ assessmentId, files, now: NOW }
	);
}

/** Every stored file's name and the SHA-256 of its stored bytes, hashed in the page. */
function storedDigests(page: Page): Promise<Record<string, string>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction(['evidenceFiles', 'fileBlobs']);
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve) => {
				const req = tx.objectStore(store).getAll();
				req.onsuccess = () => resolve(req.result);
			});
		const [records, blobs] = await Promise.all([
			all<{ id: string; name: string }>('evidenceFiles'),
			all<{ id: string; blob: Blob }>('fileBlobs')
		]);
		db.close();
		const out: Record<string, string> = {};
		for (const r of records) {
			const blob = blobs.find((b) => b.id === r.id)?.blob;
			if (!blob) continue;
			const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
			out[r.name] = [...new Uint8Array(digest)]
				.map((b) => b.toString(16).padStart(2, '0'))
				.join('');
		}
		return out;
	});
}

test('an encrypted backup carries evidence files byte for byte into a new browser profile', async ({
	page,
	browser
}, testInfo) => {
	const originals = [
		{ name: 'Board minutes — Zürich.pdf', bytes: noise(700_000, 5) },
		{ name: 'MFA report.pdf', bytes: noise(12_345, 9) }
	];
	// The bytes as files on disk, hashed by Node: the oracle the imported copy is compared with.
	const expected: Record<string, string> = {};
	for (const o of originals) {
		writeFileSync(testInfo.outputPath(o.name), o.bytes);
		expected[o.name] = sha(o.bytes);
	}

	const home = new HomePage(page);
	await home.goto();
	const id = await home.create('Locker Carry AG', 'Jo');
	await new AssessmentNav(page).open('Controls');
	await new ControlsPage(page).addEvidence('IAM-02', 'MFA enrolment', 'https://idp.example.com');
	await seedFiles(
		page,
		id,
		originals.map((o) => ({
			name: o.name,
			base64: o.bytes.toString('base64'),
			sha256: sha(o.bytes),
			size: o.bytes.length
		}))
	);

	await home.goto();
	await home
		.item('Locker Carry AG')
		.getByRole('button', { name: /Export/ })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Export this assessment' });
	await dialog.getByLabel('Protect with a passphrase').check();
	await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Export backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^soc2-backup-Locker-Carry-AG-.*\.encrypted\.zip$/);
	const saved = await file.path();
	const raw = (await import('node:fs')).readFileSync(saved);
	expect(raw.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
	expect(raw.includes(Buffer.from('Locker Carry'))).toBe(false);
	expect(raw.includes(originals[0]!.bytes.subarray(5000, 5064))).toBe(false);

	// A new profile: nothing from the first one, as on another computer.
	const other = await browser.newContext({
		baseURL: testInfo.project.use.baseURL,
		serviceWorkers: 'block'
	});
	const fresh = await other.newPage();
	await fresh.goto('/settings');
	const chooser = fresh.waitForEvent('filechooser');
	await fresh.getByLabel('Import backup').click();
	await (await chooser).setFiles(saved);
	await fresh.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await fresh.getByRole('button', { name: 'Decrypt' }).click();
	await expect(fresh.getByText('Will be added:')).toBeVisible();
	await expect(fresh.getByText(/2 files \(696 KB\)/)).toBeVisible();
	await fresh.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(fresh.getByText(/Imported .*: 1 added/)).toBeVisible();
	expect(await storedDigests(fresh)).toEqual(expected);
	await other.close();
});
