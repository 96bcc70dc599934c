/**
 * A consultant's client-facing PDF: name, firm and logo set once in Settings, refused logos (an
 * SVG with a script, a PDF named .png, a 20 MB image) each get a message and change nothing, and
 * the report's cover then says who prepared it for whom, with the logo (pdftotext, pdfimages).
 */
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { expect, expectSaved, test } from './fixtures';
import { ControlsPage } from './page-models/assessment-pages';
import { HomePage } from './page-models/home-page';
import { ReportPage } from './page-models/report-page';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** A real 2×1 PNG (red, blue), written here so its checksums are right. */
function png2x1(): Buffer {
	const crc = (buf: Buffer) => {
		let c = ~0;
		for (const b of buf) {
			c ^= b;
			for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
		}
		return ~c >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const out = Buffer.alloc(body.length + 8);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc(body), body.length + 4);
		return out;
	};
	const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
	const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', pixels),
		chunk('IEND', Buffer.alloc(0))
	]);
}
const PNG = png2x1();
const NAME = 'Ada <b>Lovelace</b>';
const FIRM = '=Firm & Co';

test('the cover says who prepared the report, with a logo that passed the checks', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Prepared by, on client reports' });
	await section.getByLabel('Your name').fill(NAME);
	await section.getByLabel('Firm').fill(FIRM);
	const logo = section.getByLabel('Logo (PNG or JPEG, up to 1 MB)');
	const alert = section.getByRole('alert');
	await logo.setInputFiles({
		name: 'logo.svg',
		mimeType: 'image/svg+xml',
		buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')
	});
	await expect(alert).toContainText('“logo.svg” is an SVG drawing');
	await logo.setInputFiles({
		name: 'logo.png',
		mimeType: 'image/png',
		buffer: Buffer.from('%PDF-1.7 not an image')
	});
	await expect(alert).toContainText('“logo.png” is not a PNG or JPEG image');
	const huge = Buffer.alloc(20 * 1024 * 1024);
	PNG.copy(huge);
	await logo.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
	await expect(alert).toContainText('“huge.png” is 20.0 MB; a logo can be up to 1 MB');
	await expect(section.getByRole('img')).toHaveCount(0);

	await logo.setInputFiles({ name: 'good.png', mimeType: 'image/png', buffer: PNG });
	await expect(section.getByRole('img', { name: /Your logo/ })).toBeVisible();
	await expect(alert).toHaveCount(0);
	await section.getByRole('button', { name: 'Save' }).click();
	await expect(section.getByTestId('preparer-saved')).toHaveText(/^Saved\./);
	await page.reload();
	await expect(section.getByLabel('Your name')).toHaveValue(NAME);
	await expect(section.getByRole('img', { name: /Your logo/ })).toBeVisible();

	const home = new HomePage(page);
	await home.goto();
	await home.create('Client <i>Co</i>', 'Ada');
	const report = new ReportPage(page);
	await report.goto(page.url());
	await expect(
		page.getByRole('checkbox', { name: new RegExp(`Prepared by ${NAME}, ${FIRM}`) })
	).toBeChecked();
	const path = testInfo.outputPath('client.pdf');
	await (await report.exportPdf('Investor summary')).saveAs(path);
	const cover = run('pdftotext', ['-f', '1', '-l', '1', path, '-']).replace(/\s+/g, ' ');
	expect(cover).toContain('Prepared for Client <i>Co</i>');
	expect(cover).toContain(`Prepared by ${NAME}, ${FIRM}`);
	const images = run('pdfimages', ['-list', '-f', '1', '-l', '1', path]);
	expect(images).toMatch(/^\s*1\s+\d+\s+image\s+2\s+1\s/m);

	// A backup for the client: the team's note is emptied in the file, kept here.
	const base = page.url().replace(/\/report$/, '');
	await page.goto(`${base}/controls`);
	const controls = new ControlsPage(page);
	await controls.setStatus('IAM-02', 'Implemented');
	const item = await controls.expand('IAM-02');
	await item.getByLabel('Notes').fill('Internal: ask Sam <b>why</b>');
	await item.getByLabel('Notes').blur();
	await expectSaved(page);
	await home.goto();
	await home
		.item('Client <i>Co</i>')
		.getByRole('button', { name: /Export/ })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Export this assessment' });
	await dialog.getByLabel(/For the client: leave internal notes out/).check();
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Export backup' }).click();
	const zip = testInfo.outputPath('client-backup.zip');
	await (await download).saveAs(zip);
	const json = run('unzip', ['-p', zip, 'backup.json']);
	expect(json).not.toContain('Internal: ask Sam');
	const bundle = JSON.parse(json) as {
		assessments: Array<{ controls: Array<{ controlId: string; status: string; notes: string }> }>;
	};
	expect(bundle.assessments[0]?.controls.find((c) => c.controlId === 'IAM-02')).toMatchObject({
		status: 'implemented',
		notes: ''
	});
	await page.goto(`${base}/controls`);
	await expect((await controls.expand('IAM-02')).getByLabel('Notes')).toHaveValue(
		'Internal: ask Sam <b>why</b>'
	);
});
