import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { migrateBundle } from './catalog-migrate';
import { BackupError } from './errors';
import { serializeBundle } from './format';
import {
	bundleFromJson,
	findBundleProblems,
	openBackup,
	readBackup,
	writeBackup,
	type BackupCatalog
} from './read';
import { stableStringify } from './safe-json';
import { sampleBundle } from '../../testing/sample-bundle';

/** The passphrase of tests/fixtures/backups/sample-v1.encrypted.json. */
const FIXTURE_PASSPHRASE = 'correct horse battery staple 2026';
const fixture = (name: string) => readFileSync(`tests/fixtures/backups/${name}`, 'utf8');

describe('committed format-1 backups', { timeout: 30_000 }, () => {
	// These files are never regenerated: they prove that files written by the first release keep
	// importing after format and catalog changes. Update the expectations, never the files.
	it('imports the plain sample, byte-stable on re-export but for the format 2 to 5 changes', async () => {
		const text = fixture('sample-v1.json');
		const bundle = await readBackup(text);
		expect(bundle).toEqual(sampleBundle());
		// Format 2 adds an empty list of file records per assessment; format 3 empty work lists
		// (risks, reviews, description, policy texts) to each assessment and each snapshot; format 4
		// changes the container only; format 5 adds empty people lists (roster, checks, access
		// reviews, samples) in the same places.
		const work = {
			risks: [],
			riskReviews: [],
			description: [],
			policyTexts: [],
			people: [],
			personChecks: [],
			accessReviews: [],
			peopleSamples: []
		};
		const v1: { assessments: Array<{ snapshots: Array<{ data: object }> }> } = JSON.parse(text);
		const v3 = {
			...v1,
			formatVersion: 5,
			assessments: v1.assessments.map((a) => ({
				...a,
				...work,
				files: [],
				snapshots: a.snapshots.map((s) => ({ ...s, data: { ...s.data, ...work } }))
			}))
		};
		expect(serializeBundle(bundle)).toBe(`${stableStringify(v3, '\t')}\n`);
		expect(bundle.assessments[0]?.assessment.companyName).toBe(
			'Zoë Łukasiewicz — Café Ünal <script>alert(1)</script>'
		);
	});

	it('imports the encrypted sample with its passphrase', async () => {
		const opened = await openBackup(fixture('sample-v1.encrypted.json'));
		expect(opened.kind).toBe('encrypted');
		const bundle = await readBackup(fixture('sample-v1.encrypted.json'), FIXTURE_PASSPHRASE);
		expect(bundle).toEqual(await readBackup(fixture('sample-v1.json')));
	});

	it('asks for a passphrase rather than failing on an encrypted file', async () => {
		const e = await readBackup(fixture('sample-v1.encrypted.json')).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(BackupError);
		expect(e).toMatchObject({
			code: 'passphrase-required',
			message: 'This backup is encrypted: enter the passphrase it was saved with.'
		});
	});
});

describe('reading', () => {
	it('lists every problem, not only the first, in details', () => {
		const raw = JSON.parse(serializeBundle(sampleBundle()));
		raw.assessments[0].controls[0].status = 'ok';
		raw.assessments[1].assessment.reportType = 'soc3';
		try {
			bundleFromJson(raw);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(BackupError);
			if (!(e instanceof BackupError)) return;
			expect(e.details).toHaveLength(2);
			expect(e.details[1]).toMatch(/^assessments\[1\]\.assessment\.reportType: /);
		}
	});

	it('writes plain files that read back equal', async () => {
		const text = await writeBackup(sampleBundle());
		expect(text).toBe(serializeBundle(sampleBundle()));
		expect(await readBackup(new Blob([text]))).toEqual(sampleBundle());
	});

	it('keeps the history fields of a control (in place since, performances, activity dates)', async () => {
		const bundle = sampleBundle();
		const first = bundle.assessments[0]?.controls[0];
		if (!first) throw new Error('sample has no control');
		Object.assign(first, {
			inPlaceSince: '2025-01-06',
			occurrences: ['2025-10-01'],
			activityDates: { 'mfa-enrolment-report': ['2026-10-02', '2026-11-03'] }
		});
		const back = await readBackup(new Blob([await writeBackup(bundle)]));
		expect(back.assessments[0]?.controls[0]).toEqual(first);
		const raw = JSON.parse(serializeBundle(bundle));
		raw.assessments[0].controls[0].activityDates = { report: ['2026-02-30'] };
		expect(() => bundleFromJson(raw)).toThrow(BackupError);
	});

	it('keeps the dismissed scoping suggestions, and reads files written before them', async () => {
		const bundle = sampleBundle();
		const first = bundle.assessments[0]?.assessment;
		if (!first) throw new Error('sample has no assessment');
		// The committed fixtures above have no such field and still import.
		expect(first.progress.dismissedSuggestions).toBeUndefined();
		first.progress = { ...first.progress, dismissedSuggestions: ['cloud:aws', 'cloud:other'] };
		const back = await readBackup(new Blob([await writeBackup(bundle)]));
		expect(back.assessments[0]?.assessment.progress.dismissedSuggestions).toEqual([
			'cloud:aws',
			'cloud:other'
		]);
		const raw = JSON.parse(serializeBundle(bundle));
		raw.assessments[0].assessment.progress.dismissedSuggestions = 'cloud:aws';
		expect(() => bundleFromJson(raw)).toThrow(BackupError);
	});

	it('checks a bundle about to be exported can be imported again', () => {
		expect(findBundleProblems(sampleBundle())).toEqual([]);
		const broken = sampleBundle();
		const control = broken.assessments[0]?.controls[0];
		if (control) control.dueDate = '2026-02-31';
		expect(findBundleProblems(broken)).toEqual([
			'assessments[0].controls[0].dueDate: expected a real date as YYYY-MM-DD, found "2026-02-31"'
		]);
	});
});

describe('catalog migrations on import', () => {
	const older = () => {
		const raw = JSON.parse(serializeBundle(sampleBundle()));
		raw.catalogVersion = '2025.2';
		raw.assessments[0].assessment.catalogVersion = '2025.2';
		raw.assessments[0].controls[0].controlId = 'ACC-01'; // renamed to IAM-01
		raw.assessments[0].controls[2].controlId = 'OLD-09'; // removed
		raw.assessments[0].tasks[0].controlIds = ['ACC-01', 'OLD-09'];
		raw.assessments[0].tasks[0].gapKey = 'control:ACC-01';
		raw.assessments[0].evidence[0].controlId = 'ACC-01';
		raw.assessments[0].assessment.progress.interviewControlId = 'OLD-09';
		raw.templates[0].catalogVersion = '2025.2';
		raw.templates[0].notes = { 'ACC-01': 'note' };
		return raw;
	};
	const migrating: BackupCatalog = {
		...catalog,
		migrations: [
			{ from: '2025.1', to: '2025.2', controls: { 'AC-1': 'ACC-01' } },
			{ from: '2025.2', to: '2026.1', controls: { 'ACC-01': 'IAM-01', 'OLD-09': null } }
		]
	};

	it('accepts an older catalog’s ids, then renames them and keeps retired work on import', () => {
		const checked = bundleFromJson(older(), migrating);
		// Reading checks the file as it is; the import migrates it (so its preview can say what moves).
		expect(checked.assessments[0]?.controls[0]?.controlId).toBe('ACC-01');
		const { bundle, changes } = migrateBundle(checked, migrating);
		const a = bundle.assessments[0];
		// The app's catalog is 2026.3; the last migration step above ends at 2026.1.
		expect(a?.assessment.catalogVersion).toBe('2026.3');
		expect(a?.controls.map((c) => c.controlId).sort()).toEqual(['IAM-01', 'IAM-02', 'OLD-09']);
		expect(a?.evidence.map((e) => e.controlId)).toEqual(['IAM-01']);
		expect(a?.tasks[0]?.controlIds).toEqual(['IAM-01', 'OLD-09']);
		expect(a?.tasks[0]?.gapKey).toBe('control:IAM-01');
		expect(a?.assessment.progress.interviewControlId).toBeUndefined();
		expect(bundle.templates[0]?.notes).toEqual({ 'IAM-01': 'note' });
		// Snapshots are history: left as they were.
		expect(a?.snapshots).toEqual(sampleBundle().assessments[0]?.snapshots);
		expect(changes.get(a?.assessment.id ?? '')).toEqual({
			from: '2025.2',
			to: '2026.3',
			renamed: [{ from: 'ACC-01', to: 'IAM-01' }],
			merged: [],
			retired: ['OLD-09']
		});
	});

	it('refuses the same old ids when the app has no migration for them', () => {
		expect(() => bundleFromJson(older())).toThrow(
			'assessments[0].controls[0].controlId: "ACC-01" is not a control this version of the app knows'
		);
	});
});
