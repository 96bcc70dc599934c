// Backup export and import at 1, 10 and 100 full assessments (Node, the app's code under Vitest
// with fake-indexeddb), with the growth factor from 10 to 100: the design asks that cost grows at
// most linearly (10x). Export includes the key derivation when encrypted (PBKDF2, 600,000 rounds).
// Each figure is the median of BENCH_SCALE_REPEATS runs (3), interleaved across sizes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ms } from './stats.mjs';

const OUT = 'bench/out/backup-scale.json';
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;

export async function measureBackupScale() {
	mkdirSync('bench/out', { recursive: true });
	execFileSync('npx', ['vitest', 'run', '--config', 'bench/vitest.scale.config.ts'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BENCH_OUT: OUT }
	});
	const runs = JSON.parse(readFileSync(OUT, 'utf8'));
	const at = (n) => runs.find((r) => r.assessments === n);
	const growth = (key) => at(100)[key] / at(10)[key];
	const rows = [];
	for (const r of runs) {
		const n = `${r.assessments} assessment${r.assessments === 1 ? '' : 's'}`;
		rows.push(
			{
				what: `backup export, ${n} (plain / encrypted, Node)`,
				value: `${ms(r.exportMs)} / ${ms(r.exportEncryptedMs)}`
			},
			{
				what: `backup import, ${n} (plain / encrypted, Node)`,
				value: `${ms(r.importMs)} / ${ms(r.importEncryptedMs)}`
			},
			{
				what: `backup size, ${n} (JSON / plain / encrypted)`,
				value: `${mb(r.jsonBytes)} / ${mb(r.plainBytes)} / ${mb(r.encryptedBytes)}`
			}
		);
	}
	for (const key of ['exportMs', 'exportEncryptedMs', 'importMs', 'importEncryptedMs']) {
		const g = growth(key);
		rows.push({
			what: `growth 10 -> 100 assessments, ${key.replace('Ms', '').replace('Encrypted', ' encrypted')}`,
			value: `${g.toFixed(1)}x`,
			target: '<= 10x (linear)',
			ok: g <= 10
		});
	}
	return { rows, runs };
}
