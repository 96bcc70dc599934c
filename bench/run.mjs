// npm run bench: measures the production build against the performance targets of the design notes.
// Reports a table and writes bench/results.json. Never part of npm test.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { measureAuditorPackage } from './auditor-package.mjs';
import { measureBundle } from './bundle.mjs';
import { measureBackup } from './backup.mjs';
import { measureBackupScale } from './backup-scale.mjs';
import { measureFiles } from './files.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureBackupFiles } from './backup-files.mjs';
import { measureOffline } from './offline.mjs';
import { measureReport } from './report.mjs';
import { measurePdfLarge, measureTabs } from './large.mjs';
import { measureScoring } from './scoring.mjs';
import { measureWrites } from './writes.mjs';
import { measureSync } from './sync.mjs';
import { measurePeople } from './people.mjs';
import { measurePortfolioScale } from './portfolio-scale.mjs';

const sections = [
	['bundle', measureBundle],
	['lighthouse', measureLighthouse],
	['offline', measureOffline],
	['scoring', measureScoring],
	['people', measurePeople],
	['writes', measureWrites],
	['report', measureReport],
	['pdf-large', measurePdfLarge],
	['tabs', measureTabs],
	['backup', measureBackup],
	['backup-scale', measureBackupScale],
	['portfolio-scale', measurePortfolioScale],
	['files', measureFiles],
	['package', measureAuditorPackage],
	['backup-files', measureBackupFiles],
	['sync', measureSync]
];
const extra = process.argv.slice(2);

if (!existsSync('build/index.html') || process.env.BENCH_REBUILD) {
	console.log('Building the production site…');
	execSync('npm run build', { stdio: 'inherit' });
}

// A run of some sections keeps the other sections' last figures.
const previous =
	extra.length && existsSync('bench/results.json')
		? JSON.parse(readFileSync('bench/results.json', 'utf8'))
		: { sections: {} };
const results = {
	measuredAt: new Date().toISOString(),
	node: process.version,
	sections: { ...previous.sections }
};
const rows = [];
for (const [name, run] of sections) {
	if (extra.length && !extra.includes(name)) continue;
	process.stdout.write(`Measuring ${name}… `);
	const t = performance.now();
	const section = await run();
	console.log(`${Math.round(performance.now() - t)} ms`);
	results.sections[name] = section;
	rows.push(...section.rows);
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const w = [
	Math.max(...rows.map((r) => r.what.length), 4),
	Math.max(...rows.map((r) => r.value.length), 5),
	Math.max(...rows.map((r) => (r.target ?? '').length), 6)
];
const line = (a, b, c, d) => `${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c.padEnd(w[2])}  ${d}`;
console.log('\n' + line('what', 'value', 'target', ''));
console.log(line('-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), ''));
for (const r of rows) {
	const verdict = r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED';
	console.log(line(r.what, r.value, r.target ?? '', verdict));
}
console.log('\nWritten to bench/results.json');
