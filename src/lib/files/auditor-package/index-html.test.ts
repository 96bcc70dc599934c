import { describe, expect, it } from 'vitest';
import { layoutInput, packFile } from '$lib/testing/auditor-package';
import { escapeHtml, indexHtml } from './index-html';
import { packageLayout } from './layout';
import type { PackageHeader } from './manifest';

const XSS = '<img src=x onerror=alert(1)>';
const HEADER: PackageHeader = {
	companyName: XSS,
	reportType: 'SOC 2 Type II',
	generatedAt: '2027-01-10T09:00:00.000Z',
	appVersion: '0.1.0',
	catalogVersion: '2026.3',
	report: null
};

describe('index.html', () => {
	const input = layoutInput([
		packFile('f1', { name: 'a #1 "q".png', addedBy: `"><script>x</script>` }),
		packFile('f6', { name: 'soc2.pdf', ownerKind: 'vendor', ownerId: 'v1' }),
		packFile('f7', { name: 'orphan.txt', ownerId: 'gone' })
	]);
	input.evidence = [{ id: 'ev1', controlId: 'IAM-01', title: XSS, collectedAt: '2027-01-01' }];
	const layout = packageLayout(input);
	const html = indexHtml(HEADER, layout, 'report.pdf');

	it('escapes every user text and has no script', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
		expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain(
			`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">`
		);
	});

	it('links every file by its encoded relative path and shows its hash', () => {
		expect(layout.files).toHaveLength(3);
		for (const p of layout.files) {
			const href = p.path.split('/').map(encodeURIComponent).join('/');
			expect(html).toContain(`href="${href.replace(/'/g, '&#39;')}"`);
			expect(html).toContain(p.file.sha256);
		}
		// safeFileName turned the quotes into underscores; the space and # are encoded.
		expect(html).toContain('href="CC6.1/IAM-01%20Single%20sign-on');
		expect(html).toContain('/a%20%231%20_q_.png"');
		expect(html).toContain('href="report.pdf"');
		expect(html).toContain('href="manifest.csv"');
		expect(html).toContain('href="manifest.json"');
		expect(html).toContain('3 current files, 0 earlier versions');
	});

	it('lists a control under its other criteria with a pointer to where its files are', () => {
		const cc62 = html.slice(html.indexOf('<section id="CC6.2">'));
		expect(cc62).toContain('Filed under <a href="#CC6.1">CC6.1</a>');
	});
});
