/**
 * A consultant's whole device (100 client assessments) exported from Settings and imported into a
 * new browser profile with every row. The data is written straight into IndexedDB (it would take
 * days of clicks); the export and the import go through the real UI; the check reads IndexedDB
 * with the raw API on both profiles and compares every table row by row (count and a SHA-256 of
 * the rows, computed here in Node), and `unzip` reads the downloaded files. Before format 4 the
 * app refused its own backup of this data ("larger than 15 MB").
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForAppDatabase } from './fixtures';

const ASSESSMENTS = 100;
const CATALOG_VERSION = '2026.3';
const NOW = '2026-11-02T09:00:00.000Z';
const PASSPHRASE = 'hundred clients, one file 42';
/** What the app refused before format 4: 15 MB of JSON. */
const OLD_LIMIT = 15 * 1024 * 1024;
/** 30 controls of the current catalog, the ones a first workshop usually covers. */
const CONTROL_IDS = [
	'AST-01', 'AST-02', 'BCK-01', 'BCK-02', 'CHG-01', 'CHG-02', 'CHG-03', 'CRY-01', 'CRY-02',
	'END-01', 'GOV-01', 'GOV-03', 'HR-01', 'HR-02', 'IAM-01', 'IAM-02', 'IAM-03', 'IAM-07',
	'INC-01', 'INC-02', 'LOG-01', 'LOG-02', 'MON-01', 'NET-01', 'NET-02', 'RSK-01', 'SDL-01',
	'VEN-01', 'VEN-02', 'VUL-01'
]; // prettier-ignore

const WORDS = (
	'access review quarterly owner ticket evidence screenshot policy approved draft vendor ' +
	'contract renewal encryption backup restore tested incident runbook on-call pager alert ' +
	'onboarding offboarding laptop MDM Zürich Łódź café naïve déjà-vu façade Ørsted São Paulo ' +
	'München Kraków Malmö Ünal Ærø production staging deploy pull request approval SSO MFA ' +
	'Okta Google Workspace AWS CloudTrail GuardDuty Jira Confluence wiki spreadsheet auditor ' +
	'sample population exception remediation deadline risk register 🔐 ✅ — “quoted” ‘text’'
).split(' ');

/** A deterministic generator, so a failure can be reproduced exactly. */
function rng(seed: number): () => number {
	let x = seed >>> 0 || 1;
	return () => {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		return (x >>> 0) / 4294967296;
	};
}

function prose(next: () => number, chars: number): string {
	let out = '';
	while (out.length < chars) {
		const w = WORDS[Math.floor(next() * WORDS.length)]!;
		out += out.length === 0 ? w[0]!.toUpperCase() + w.slice(1) : next() < 0.08 ? `. ${w}` : ` ${w}`;
	}
	return `${out.slice(0, chars - 1).trimEnd()}.`;
}

const uuid = (kind: number, n: number, i = 0) =>
	`${kind.toString(16).padStart(8, '0')}-${n.toString(16).padStart(4, '0')}-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** Bytes that look like a PDF and do not compress, as evidence does. */
function fileBytes(next: () => number, size: number): Buffer {
	const out = Buffer.alloc(size);
	for (let i = 0; i < size; i++) out[i] = Math.floor(next() * 256);
	out.write('%PDF-1.7\n', 0, 'latin1');
	return out;
}

interface SeedFile {
	record: { id: string; assessmentId: string; size: number; sha256: string } & Record<
		string,
		unknown
	>;
	base64: string;
}

interface Seed {
	tables: Record<string, Record<string, unknown>[]>;
	files: SeedFile[];
}

/**
 * One consultant's device: per assessment 30 control states with long workshop notes, 20
 * evidence items (one with a stored file), 10 vendors (every tenth assessment has a vendor file
 * replaced by a second version), 10 remediation tasks, a roster of 20 people with two checks each
 * (every tenth assessment has a check's file) and a completed access review; two templates.
 */
function consultantDevice(): Seed {
	const next = rng(2026);
	const t: Seed['tables'] = {
		assessments: [],
		activity: [],
		controlStates: [],
		evidence: [],
		tasks: [],
		vendors: [],
		people: [],
		personChecks: [],
		accessReviews: [],
		templates: []
	};
	const files: SeedFile[] = [];
	const addFile = (
		record: { id: string; assessmentId: string } & Record<string, unknown>,
		size: number
	) => {
		const bytes = fileBytes(next, size);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		files.push({ record: { ...record, size, sha256 }, base64: bytes.toString('base64') });
	};
	const statuses = ['implemented', 'in_progress', 'planned', 'not_started', 'not_applicable'];
	for (let n = 0; n < ASSESSMENTS; n++) {
		const id = uuid(0xa55e55, n);
		// The assessment row, its activity and everything in it carry one time: a backup holds the
		// row and its activity as one record whose time is the later of the two (docs/backups.md).
		const at = new Date(Date.parse(NOW) - n * 3_600_000).toISOString();
		t.assessments!.push({
			id,
			companyName: `Client ${n + 1} — ${prose(next, 24).slice(0, -1)}`,
			assessor: 'Zoë Łukasiewicz',
			reportType: n % 3 === 0 ? 'type1' : 'type2',
			observationMonths: [3, 6, 12][n % 3],
			catalogVersion: CATALOG_VERSION,
			createdAt: '2026-06-01T08:00:00.000Z',
			updatedAt: at,
			deletedAt: null,
			includedCategories: n % 2 ? ['availability'] : [],
			declinedCategories: n % 4 === 0 ? ['privacy'] : [],
			plan: { startDate: '2026-11-16', capacityPerWeek: 3 + (n % 4), departmentCapacity: {} }
		});
		t.activity!.push({
			assessmentId: id,
			editedAt: at,
			summary: null,
			progress: { scopeDone: true },
			updatedAt: at
		});
		CONTROL_IDS.forEach((controlId, i) => {
			const status = statuses[(i + n) % statuses.length]!;
			t.controlStates!.push({
				assessmentId: id,
				controlId,
				status,
				ownerName: i % 3 ? 'Jürgen Müller-Łęcki' : 'Priya Natarajan',
				ownerDepartment: ['Engineering', 'IT & Security', 'HR', null][i % 4],
				notes: prose(next, 4300 + Math.floor(next() * 1000)),
				dueDate: status === 'implemented' ? null : '2027-03-31',
				lastPerformed: i % 2 ? '2026-10-15' : null,
				naRationale: status === 'not_applicable' ? prose(next, 160) : '',
				updatedAt: at
			});
		});
		for (let i = 0; i < 20; i++)
			t.evidence!.push({
				id: uuid(0xe1d, n, i),
				assessmentId: id,
				controlId: CONTROL_IDS[i]!,
				title: `Evidence ${i + 1}: ${prose(next, 60).slice(0, -1)}`,
				location: `https://drive.example.com/clients/${n + 1}/soc2/${CONTROL_IDS[i]}/evidence-${i}.pdf`,
				collectedAt: i % 4 ? '2026-10-20' : null,
				reportType: ['type1', 'type2', 'both'][i % 3],
				createdAt: at,
				updatedAt: at
			});
		for (let i = 0; i < 10; i++)
			t.vendors!.push({
				id: uuid(0x7e, n, i),
				assessmentId: id,
				name: `Vendor ${i + 1} ${prose(next, 20).slice(0, -1)}`,
				service: ['Cloud hosting', 'Email', 'Payroll', 'Monitoring', 'CRM'][i % 5],
				ownerName: 'Zoë Kowalczyk',
				dataAccess: ['none', 'internal', 'confidential', 'customer_personal'][i % 4],
				systemAccess: ['none', 'read', 'write', 'admin'][i % 4],
				dependency: ['low', 'medium', 'high'][i % 3],
				tierOverride: i === 0 ? 'critical' : null,
				tierOverrideReason: i === 0 ? prose(next, 120) : '',
				contractStart: '2025-01-01',
				renewalDate: '2027-12-31',
				lastReviewedAt: i % 3 ? '2026-06-01' : null,
				assurance: {
					questionnaireReceived: i % 2 ? '2026-05-01' : null,
					soc2:
						i % 2 === 0
							? {
									type: 'type2',
									periodStart: '2025-07-01',
									periodEnd: '2026-06-30',
									opinion: 'unqualified',
									opinionNotes: prose(next, 200),
									bridgeLetterDate: null,
									subserviceOrgs: 'A colocation provider (carved out).',
									cuecsReviewed: true,
									cuecs: [{ description: prose(next, 90), controlId: 'IAM-01' }]
								}
							: null,
					iso27001Expiry: i % 4 === 0 ? '2027-09-30' : null,
					pentestSummaryDate: null
				},
				safeguards: {
					securityRequirements: i % 2 === 0,
					breachNotificationHours: i % 2 === 0 ? 48 : null,
					rightToAudit: i % 3 === 0,
					serviceLevels: true,
					dataProcessingAgreement: i % 3 !== 1,
					dataReturnDeletion: false,
					subprocessorNotice: i % 5 === 0
				},
				notes: prose(next, 2200),
				createdAt: at,
				updatedAt: at
			});
		for (let i = 0; i < 10; i++)
			t.tasks!.push({
				id: uuid(0x7a5c, n, i),
				assessmentId: id,
				gapKey: i < 8 ? `control:${CONTROL_IDS[i * 3 + 1]}` : null,
				title: `Put ${CONTROL_IDS[i * 3 + 1]} in place: ${prose(next, 50).slice(0, -1)}`,
				controlIds: [CONTROL_IDS[i * 3 + 1]!],
				ownerName: 'Sam Okafor',
				ownerDepartment: i % 2 ? 'Engineering' : null,
				effortDays: 1 + (i % 5),
				startDate: i % 2 ? '2026-11-16' : null,
				dueDate: '2027-02-26',
				status: ['todo', 'doing', 'done'][i % 3],
				notes: prose(next, 1200),
				edited: i % 4 === 0 ? ['ownerName', 'dueDate'] : [],
				resolved: false,
				createdAt: at,
				updatedAt: at
			});
		// A roster of 20 (two leavers), each with two checks, and one completed access review.
		for (let i = 0; i < 20; i++) {
			t.people!.push({
				id: uuid(0x9e0, n, i),
				assessmentId: id,
				name: `${prose(next, 14).slice(0, -1)} ${i}`,
				email: `person${i}@client${n}.example`,
				role: 'Engineer',
				department: i % 2 ? 'Engineering' : 'Sales',
				manager: 'Sam Okafor',
				startDate: `202${i % 5}-0${1 + (i % 9)}-1${i % 10}`,
				endDate: i >= 18 ? '2026-10-30' : null,
				employmentType: i % 4 ? 'employee' : 'contractor',
				inScope: i !== 7,
				companyDevice: i % 3 !== 0,
				createdAt: at,
				updatedAt: at
			});
			for (const [k, kind] of ['background_check', 'security_training'].entries())
				t.personChecks!.push({
					id: uuid(0xc4e, n, i * 2 + k),
					assessmentId: id,
					personId: uuid(0x9e0, n, i),
					kind,
					date: `202${i % 5}-0${1 + (i % 9)}-2${k}`,
					note: k ? prose(next, 60) : '',
					updatedAt: at
				});
		}
		t.accessReviews!.push({
			id: uuid(0xacc, n),
			assessmentId: id,
			systemName: 'GitHub',
			reviewDate: '2026-11-01',
			reviewer: 'Sam Okafor',
			completedAt: '2026-11-02',
			accounts: [{ account: 'person0@client.example' }, { account: 'deploy-bot' }],
			decisions: [
				{ account: 'person0@client.example', decision: 'keep', note: '' },
				{ account: 'deploy-bot', decision: 'change', note: prose(next, 80) }
			],
			createdAt: at,
			updatedAt: at
		});
		const file = { assessmentId: id, addedAt: at, addedBy: 'Zoë', updatedAt: at };
		addFile(
			{
				...file,
				id: uuid(0xf11e, n),
				ownerKind: 'evidence',
				ownerId: uuid(0xe1d, n, 0),
				name: `Access review Q3 — client ${n + 1}.pdf`,
				type: 'application/pdf',
				declaredType: 'application/pdf',
				replaces: null,
				replacedBy: null
			},
			3000 + Math.floor(next() * 9000)
		);
		if (n % 10 === 5)
			addFile(
				{
					...file,
					id: uuid(0xf11e, n, 3),
					ownerKind: 'check',
					ownerId: uuid(0xc4e, n, 1),
					name: 'Training certificate.pdf',
					type: 'application/pdf',
					declaredType: 'application/pdf',
					replaces: null,
					replacedBy: null
				},
				4000
			);
		if (n % 10 === 0) {
			const [v1, v2] = [uuid(0xf11e, n, 1), uuid(0xf11e, n, 2)];
			const vendorFile = {
				...file,
				ownerKind: 'vendor',
				ownerId: uuid(0x7e, n, 0),
				type: 'application/pdf',
				declaredType: 'application/pdf'
			};
			addFile({ ...vendorFile, id: v1, name: 'SOC 2 report 2025.pdf', replaces: null, replacedBy: v2 }, 20_000); // prettier-ignore
			addFile({ ...vendorFile, id: v2, name: 'SOC 2 report 2026.pdf', replaces: v1, replacedBy: null }, 24_000); // prettier-ignore
		}
	}
	for (let i = 0; i < 2; i++)
		t.templates!.push({
			id: uuid(0x7e3a, 0, i),
			name: ['SaaS startup, remote', 'Health data processor'][i],
			createdAt: NOW,
			updatedAt: NOW,
			catalogVersion: CATALOG_VERSION,
			answers: {},
			includedCategories: i ? ['confidentiality', 'privacy'] : [],
			declinedCategories: [],
			notes: { 'IAM-01': prose(next, 300) }
		});
	return { tables: t, files };
}

/** Writes the rows and file bytes with the raw IndexedDB API, in one transaction. */
async function seed(page: Page, data: Seed): Promise<void> {
	// One string crosses into the page much faster than the same data as objects.
	await page.evaluate(async (text) => {
		const data = JSON.parse(text) as Seed;
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const names = [...Object.keys(data.tables), 'evidenceFiles', 'fileBlobs'];
		const tx = db.transaction(names, 'readwrite');
		for (const [table, rows] of Object.entries(data.tables))
			for (const row of rows) tx.objectStore(table).put(row);
		for (const f of data.files) {
			const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
			tx.objectStore('evidenceFiles').put(f.record);
			const { id, assessmentId } = f.record;
			tx.objectStore('fileBlobs').put({ id, assessmentId, blob: new Blob([bytes]) });
		}
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, JSON.stringify(data));
}

/**
 * The oracle: every object store of the app's database read with the raw API, rows in key order
 * (as `getAll` returns them), a stored Blob replaced by its size and SHA-256.
 */
async function dump(page: Page): Promise<Record<string, unknown[]>> {
	const text = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('soc2-readiness');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const names = [...db.objectStoreNames];
		const tx = db.transaction(names);
		const lists = await Promise.all(
			names.map(
				(n) =>
					new Promise<unknown[]>((resolve, reject) => {
						const req = tx.objectStore(n).getAll();
						req.onsuccess = () => resolve(req.result);
						req.onerror = () => reject(req.error);
					})
			)
		);
		db.close();
		const hex = (b: ArrayBuffer) =>
			[...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
		const out: Record<string, unknown[]> = {};
		for (const [i, name] of names.entries()) {
			out[name] = await Promise.all(
				lists[i]!.map(async (row) => {
					const r = row as Record<string, unknown>;
					const blob = r.blob;
					if (!(blob instanceof Blob)) return r;
					const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
					return { ...r, blob: { size: blob.size, sha256: hex(digest) } };
				})
			);
		}
		return JSON.stringify(out);
	});
	return JSON.parse(text) as Record<string, unknown[]>;
}

/** JSON with keys sorted at every level, so key order (which the app does not define) is moot. */
function canonical(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
	if (v && typeof v === 'object') {
		const o = v as Record<string, unknown>;
		return `{${Object.keys(o)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(v);
}

/** A SHA-256 of the rows whatever their order. */
function unordered(rows: readonly unknown[]): string {
	const lines = rows.map(canonical).sort();
	return `${rows.length} rows, sha256 ${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
}

/** Rows and a SHA-256 of them per table; `meta` (settings and bookkeeping) is in no backup. */
function fingerprint(tables: Record<string, unknown[]>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, rows] of Object.entries(tables)) {
		if (name === 'meta') continue;
		out[name] =
			`${rows.length} rows, sha256 ${createHash('sha256').update(canonical(rows)).digest('hex')}`;
	}
	return out;
}

/** Entry names and sizes as `unzip -l` lists them (a reader other than the app's). */
function unzipList(path: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const line of execFileSync('unzip', ['-l', path], { encoding: 'utf8' }).split('\n')) {
		const m = /^\s*(\d+)\s+\d{2,4}-\d{2}-\d{2,4}\s+\d{2}:\d{2}\s+(\S.*)$/.exec(line);
		if (m) out.set(m[2]!, Number(m[1]));
	}
	return out;
}

/** Settings' Backups section (the backup reminder has an Export button of its own). */
const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });

async function exportAll(page: Page, passphrase?: string): Promise<string> {
	await backups(page).getByRole('button', { name: 'Export backup' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export backup' });
	if (passphrase) {
		await dialog.getByLabel('Protect with a passphrase').check();
		await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await dialog.getByLabel('Passphrase again').fill(passphrase);
	}
	const download = page.waitForEvent('download', { timeout: 60_000 });
	await dialog.getByRole('button', { name: 'Export backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(
		passphrase
			? /^soc2-backup-\d{4}-\d{2}-\d{2}\.encrypted\.zip$/
			: /^soc2-backup-\d{4}-\d{2}-\d{2}\.zip$/
	);
	await expect(dialog).toBeHidden();
	return file.path();
}

/** A new profile (nothing of the first one, as on another computer) importing `path` in Settings. */
async function importIntoFreshProfile(
	browser: Browser,
	baseURL: string | undefined,
	path: string,
	passphrase?: string
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const page = await context.newPage();
	// What the test fixture checks on its own context: no uncaught error, no other origin.
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		if (new URL(r.url()).hostname !== 'localhost') errors.push(`request to ${r.url()}`);
	});
	await page.goto('/settings');
	const chooser = page.waitForEvent('filechooser');
	await page.getByLabel('Import backup').click();
	await (await chooser).setFiles(path);
	if (passphrase) {
		await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await page.getByRole('button', { name: 'Decrypt' }).click();
	}
	await expect(page.getByText('Will be added:')).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(`: ${ASSESSMENTS} added, 2 templates added`)).toBeVisible({
		timeout: 60_000
	});
	return { context, page, errors };
}

test('100 assessments export from Settings (plain and encrypted) and each file imports into a fresh profile with every row', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(240_000);
	const data = consultantDevice();

	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await waitForAppDatabase(page);
	await seed(page, data);
	await page.reload();
	await expect(backups(page).getByRole('button', { name: 'Export backup' })).toBeVisible();
	const source = await dump(page);
	expect(source.assessments).toHaveLength(ASSESSMENTS);
	expect(source.controlStates).toHaveLength(ASSESSMENTS * 30);
	expect(source.evidenceFiles).toHaveLength(data.files.length);
	// Each stored file's bytes, hashed by the browser, are the bytes hashed here when seeded.
	const shaOf = new Map(data.files.map((f) => [f.record.id, f.record.sha256]));
	for (const b of source.fileBlobs as Array<{ id: string; blob: { sha256: string } }>)
		expect(b.blob.sha256).toBe(shaOf.get(b.id));
	// The source holds exactly what was seeded (and the app added no rows of its own on load).
	const seeded = { ...data.tables, evidenceFiles: data.files.map((f) => f.record) };
	for (const [table, rows] of Object.entries(seeded))
		expect(unordered(source[table] ?? []), table).toBe(unordered(rows));
	const expected = fingerprint(source);

	const plainPath = await exportAll(page);
	const encryptedPath = await exportAll(page, PASSPHRASE);

	// The plain file as unzip reads it: the header, the JSON, one entry per stored file, no more.
	const fileIds = data.files.map((f) => f.record.id).sort();
	const plain = unzipList(plainPath);
	expect([...plain.keys()].sort()).toEqual(
		['backup.json', 'header.json', ...fileIds.map((id) => `files/${id}`)].sort()
	);
	execFileSync('unzip', ['-tq', plainPath]); // every entry's CRC
	const json = execFileSync('unzip', ['-p', plainPath, 'backup.json'], {
		maxBuffer: 256 * 1024 * 1024
	});
	const jsonBytes = json.length;
	expect(plain.get('backup.json')).toBe(jsonBytes);
	expect(jsonBytes, 'the JSON is over the old 15 MB limit').toBeGreaterThan(OLD_LIMIT);
	const bundle = JSON.parse(json.toString('utf8')) as {
		assessments: Array<{ controls: unknown[]; vendors: unknown[]; files: unknown[] }>;
	};
	expect(bundle.assessments).toHaveLength(ASSESSMENTS);
	const total = (field: 'controls' | 'vendors' | 'files') =>
		bundle.assessments.reduce((n, a) => n + a[field].length, 0);
	expect([total('controls'), total('vendors'), total('files')]).toEqual([
		ASSESSMENTS * 30,
		ASSESSMENTS * 10,
		data.files.length
	]);
	for (const { record } of data.files) expect(plain.get(`files/${record.id}`)).toBe(record.size);
	const header = JSON.parse(
		execFileSync('unzip', ['-p', plainPath, 'header.json'], { encoding: 'utf8' })
	);
	expect(header).toMatchObject({ formatVersion: 5, encryption: null });

	// The encrypted file: the same entries sealed, the JSON deflated before it was sealed.
	const encrypted = unzipList(encryptedPath);
	expect([...encrypted.keys()].sort()).toEqual(
		['backup.json.enc', 'header.json', ...fileIds.map((id) => `files/${id}.enc`)].sort()
	);
	expect(encrypted.get('backup.json.enc')).toBeLessThan(jsonBytes / 4);
	const sealedHeader = JSON.parse(
		execFileSync('unzip', ['-p', encryptedPath, 'header.json'], { encoding: 'utf8' })
	);
	expect(sealedHeader).toMatchObject({ formatVersion: 5, encryption: { cipher: 'AES-GCM' } });
	const sizes = {
		jsonMB: +(jsonBytes / 1048576).toFixed(1),
		plainFileMB: +(statSync(plainPath).size / 1048576).toFixed(2),
		encryptedFileMB: +(statSync(encryptedPath).size / 1048576).toFixed(2)
	};
	testInfo.annotations.push({ type: 'sizes', description: JSON.stringify(sizes) });
	console.log('backup sizes', sizes);

	for (const [path, passphrase] of [
		[plainPath, undefined],
		[encryptedPath, PASSPHRASE]
	] as const) {
		const fresh = await importIntoFreshProfile(
			browser,
			testInfo.project.use.baseURL,
			path,
			passphrase
		);
		const imported = await dump(fresh.page);
		expect(fingerprint(imported), passphrase ? 'encrypted import' : 'plain import').toEqual(
			expected
		);
		expect(fresh.errors, 'uncaught errors or foreign requests in the fresh profile').toEqual([]);
		await fresh.context.close();
	}
});
