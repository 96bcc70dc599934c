/**
 * The package's index.html, pure: a static page with no script at all (and a policy that forbids
 * one), inline CSS only, every user text escaped, every link relative with each path segment
 * percent-encoded. It opens from the extracted folder in any browser, offline, and cannot run
 * anything a file name or title smuggles in.
 */
import { formatBytes } from '$lib/domain/evidence/files';
import { plural } from '$lib/domain/format';
import type { CriterionGroup, PackageLayout, PackedFile } from './layout';
import {
	INDEX_HTML,
	MANIFEST_CSV,
	MANIFEST_JSON,
	SHA256SUMS,
	type PackageHeader
} from './manifest';
import { hrefOf } from './names';

export { INDEX_HTML };

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const link = (path: string, label: string) =>
	`<a href="${escapeHtml(hrefOf(path))}">${escapeHtml(label)}</a>`;

function fileItem(p: PackedFile): string {
	const version = p.versions > 1 ? ` · version ${p.version} of ${p.versions}` : '';
	return `<li>${link(p.path, p.path.split('/').at(-1) ?? p.path)} <span class="meta">${escapeHtml(
		formatBytes(p.file.size)
	)} · added ${escapeHtml(p.file.addedAt.slice(0, 10))}${
		p.file.addedBy ? ` by ${escapeHtml(p.file.addedBy)}` : ''
	}${version}</span><br><code>${escapeHtml(p.file.sha256)}</code></li>`;
}

function fileList(files: readonly PackedFile[], previous: readonly PackedFile[]): string {
	const older = previous.length
		? `<p class="meta">Previous versions</p><ul class="previous">${previous.map(fileItem).join('')}</ul>`
		: '';
	return `<ul>${files.map(fileItem).join('')}</ul>${older}`;
}

function criterionSection(c: CriterionGroup): string {
	const controls = c.controls
		.map((g) => {
			const head = `<h3>${escapeHtml(`${g.id} ${g.title}`)}</h3>`;
			if (g.filedUnder !== c.id)
				return `${head}<p class="meta">Filed under <a href="#${escapeHtml(
					encodeURIComponent(g.filedUnder)
				)}">${escapeHtml(g.filedUnder)}</a>.</p>`;
			const items = g.evidence
				.map(
					(e) =>
						`<h4>${escapeHtml(e.title)}</h4><p class="meta">Date covered: ${escapeHtml(
							e.collectedAt ?? 'not recorded'
						)}</p>${fileList(e.files, e.previous)}`
				)
				.join('');
			return head + items;
		})
		.join('');
	return `<section id="${escapeHtml(encodeURIComponent(c.id))}"><h2>${escapeHtml(
		c.id === c.title ? c.id : `${c.id} ${c.title}`
	)}</h2>${controls}</section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232b}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
h3{margin:1.2rem 0 .3rem}h4{margin:.8rem 0 0}ul{padding-left:1.2rem}li{margin:.3rem 0}
code{font-size:.8rem;word-break:break-all;color:#444}.meta{color:#555;font-size:.9rem;margin:0}
.previous{opacity:.85}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}`;

/** The whole index page. `reportPath` is the gap report's entry, or null when there is none. */
export function indexHtml(
	header: PackageHeader,
	layout: PackageLayout,
	reportPath: string | null
): string {
	const current = layout.files.filter((f) => f.current).length;
	const counts = `${plural(current, 'current file')}, ${plural(
		layout.files.length - current,
		'earlier version'
	)}`;
	const vendors = layout.vendors.length
		? `<section id="vendors"><h2>Vendors (CC9.2)</h2>${layout.vendors
				.map((v) => `<h3>${escapeHtml(v.name)}</h3>${fileList(v.files, v.previous)}`)
				.join('')}</section>`
		: '';
	const unfiled = layout.unfiled.length
		? `<section id="unfiled"><h2>Evidence no longer recorded</h2><p class="meta">Files whose evidence item was removed; kept so that nothing is lost.</p>${layout.unfiled
				.map((e) => fileList(e.files, e.previous))
				.join('')}</section>`
		: '';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Auditor's package: ${header.companyName}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(`Auditor's package: ${header.companyName}`)}</h1>
<dl>
<dt>Report type</dt><dd>${escapeHtml(header.reportType)}</dd>
<dt>Generated</dt><dd>${escapeHtml(header.generatedAt)}</dd>
<dt>App and catalog</dt><dd>${escapeHtml(`${header.appVersion}, catalog ${header.catalogVersion}`)}</dd>
<dt>Contents</dt><dd>${escapeHtml(counts)}</dd>
</dl>
<ul>
${reportPath ? `<li>${link(reportPath, 'Full gap report (PDF)')}</li>` : ''}
<li>${link(MANIFEST_CSV, 'Manifest (CSV)')} and ${link(MANIFEST_JSON, 'manifest (JSON)')}: every file with its path, controls, criteria, dates, size and SHA-256</li>
<li>${link(SHA256SUMS, 'SHA256SUMS')}: run <code>sha256sum -c SHA256SUMS</code> in this folder to check every file</li>
</ul>
<p>Files are filed under the first criterion their control supports; under other criteria the control is listed with a link to where its files are. Titles and dates are as recorded by the company; no auditor has reviewed them.</p>
${layout.criteria.map(criterionSection).join('\n')}
${vendors}
${unfiled}
</body>
</html>
`;
}
