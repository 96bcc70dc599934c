/**
 * The evidence locker as a new user meets it: paste a screenshot into a control's evidence, see
 * its fingerprint, survive a reload with the network cut, preview it, replace it (the earlier
 * version stays), remove it with Undo, and bad files refused or kept inert with a message.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { AssessmentNav, ControlsPage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { VendorsPage } from './page-models/vendors-page';

test.use({ serviceWorkers: 'allow' });

/** A real 3×2 PNG, built here byte by byte (Node's zlib), so its hash is known before the app. */
function png(): Buffer {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (b: Buffer) => {
		let c = 0xffffffff;
		for (const x of b) c = (crcTable[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const sum = Buffer.alloc(4);
		sum.writeUInt32BE(crc(body));
		return Buffer.concat([len, body, sum]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(3, 0);
	ihdr.writeUInt32BE(2, 4);
	ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
	const rows = Buffer.from([
		0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 9, 9, 9, 99, 99, 99, 200, 200, 200
	]);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** Pastes files into the focused element, as the clipboard would. */
async function paste(target: Locator, files: Array<{ name: string; type: string; b64: string }>) {
	await target.focus();
	await target.evaluate((el, list) => {
		const dt = new DataTransfer();
		for (const f of list) {
			const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
			dt.items.add(new File([bytes], f.name, { type: f.type }));
		}
		el.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })
		);
	}, files);
}

async function waitForControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
		.toBe(true);
}

test('a pasted screenshot is kept with its SHA-256, offline, with versions and Undo', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const image = png();
	const imageHash = createHash('sha256').update(image).digest('hex');
	const home = new HomePage(page);
	await home.goto();
	await home.create('Locker & Co <b>', 'Ana');
	await waitForControl(page);
	const nav = new AssessmentNav(page);
	await nav.open('Controls');
	const controls = new ControlsPage(page);
	await controls.search('IAM-02');
	await controls.addEvidence('IAM-02', 'MFA settings screenshot', 'Admin console');
	const item = controls.item('IAM-02');
	const attach = item.getByRole('button', {
		name: 'Attach files to evidence “MFA settings screenshot”'
	});
	await item.getByLabel('Added by').fill('Ana <i>Ops</i>');
	await paste(attach, [{ name: 'image.png', type: 'image/png', b64: image.toString('base64') }]);
	await expect(item.getByText(/is saved on this device/)).toBeVisible();
	await expect(item.getByText(imageHash, { exact: true })).toBeVisible();
	await expect(item.locator('.file .head strong')).toHaveText(
		/^Screenshot \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.png$/
	);
	await expect(item.getByText('Ana <i>Ops</i>', { exact: true })).toBeVisible();

	// Reload with the network cut: the file is still there, with the same fingerprint.
	await context.setOffline(true);
	await page.reload();
	await controls.search('IAM-02');
	const again = await controls.expand('IAM-02');
	await expect(again.getByText(imageHash, { exact: true })).toBeVisible();
	await again.getByRole('button', { name: /^Preview Screenshot/ }).click();
	const preview = page.getByRole('dialog', { name: /^Preview: Screenshot/ });
	const img = preview.getByRole('img', { name: /^Preview of Screenshot/ });
	await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(3);
	await preview.getByRole('button', { name: 'Close' }).click();

	// Replace: a new version on top, the first one kept with its own hash.
	const second = Buffer.concat([image, Buffer.from('trailing bytes make a different file')]);
	await again.getByLabel(/^New version of Screenshot/).setInputFiles({
		name: 'mfa-v2.png',
		mimeType: 'image/png',
		buffer: second
	});
	await expect(again.locator('.file .head strong')).toHaveText('mfa-v2.png');
	await expect(again.getByText('version 2')).toBeVisible();
	await again.getByText('Earlier versions (1)').click();
	await expect(again.getByText(imageHash, { exact: true })).toBeVisible();
	await expect(
		again.getByText(createHash('sha256').update(second).digest('hex'), { exact: true })
	).toBeVisible();
	await expectNoAxeViolations(page, 'controls with files');

	// Remove asks first, then offers Undo, which brings both versions back.
	await again.getByRole('button', { name: 'Remove mfa-v2.png' }).click();
	await page
		.getByRole('dialog', { name: 'Remove this file?' })
		.getByRole('button', { name: 'Remove file' })
		.click();
	await expect(again.locator('.file .head strong')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(again.locator('.file .head strong')).toHaveText('mfa-v2.png');
	await expect(again.getByText('Earlier versions (1)')).toBeVisible();

	// Bad files: refused with the limit named, or kept inert and said so; nothing else changes.
	await again.getByLabel(/^Files to attach to evidence/).setInputFiles([
		{ name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
		{ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('this is not a PNG') },
		{
			name: 'logo.svg',
			mimeType: 'image/svg+xml',
			buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
		},
		{ name: `${'n'.repeat(300)}\u0007.txt`, mimeType: 'text/plain', buffer: Buffer.from('note') }
	]);
	await expect(again.getByText('“empty.pdf” is empty (0 bytes): nothing to keep.')).toBeVisible();
	await expect(
		again.getByText(/“fake\.png” says it is PNG but its contents are not/)
	).toBeVisible();
	await expect(again.getByText(/“logo\.svg” is kept as a plain file/)).toBeVisible();
	await expect(again.getByText('Files (4)')).toBeVisible();
	// Neither the fake PNG nor the SVG can be previewed; the long name is shortened, extension kept.
	await expect(again.getByRole('button', { name: 'Preview fake.png' })).toHaveCount(0);
	await expect(again.getByRole('button', { name: 'Preview logo.svg' })).toHaveCount(0);
	await expect(again.locator('.file .head strong').filter({ hasText: /^n+….txt$/ })).toHaveCount(1);

	// A dropped file whose name holds a path keeps only its last part.
	await again.locator('.drop').evaluate((el) => {
		const dt = new DataTransfer();
		dt.items.add(new File(['x'], '../../etc/passwd', { type: 'text/plain' }));
		el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
	});
	await expect(again.locator('.file .head strong').filter({ hasText: /^passwd$/ })).toHaveCount(1);
	await expect(again.getByText('Files (5)')).toBeVisible();

	// A vendor's due-diligence documents take files the same way, and go with the vendor.
	await context.setOffline(false);
	await nav.open('Vendors');
	const vendors = new VendorsPage(page);
	await vendors.add({ name: 'Cloudy Hosting' });
	const vendor = await vendors.open('Cloudy Hosting');
	await vendor.getByLabel('Files to attach to vendor Cloudy Hosting').setInputFiles({
		name: 'soc2-report.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4\n% a stand-in report\n%%EOF\n')
	});
	await expect(vendor.locator('.file .head strong')).toHaveText('soc2-report.pdf');
	await expect(vendor.getByRole('button', { name: 'Preview soc2-report.pdf' })).toBeVisible();
});
