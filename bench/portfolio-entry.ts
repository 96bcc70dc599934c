// Bundled by bench/portfolio-scale.mjs: a backup ZIP of `n` synthetic full assessments, written
// by the app's own backup writer (unencrypted, as "Export backup" writes it without a passphrase).
import { writeBackupZip } from '$lib/files/backup/container-write';
import { buildBundle } from '$lib/files/backup/format';
import { syntheticAssessments } from '$lib/testing/synthetic-assessments';

export async function backupZip(n: number): Promise<Uint8Array> {
	const assessments = syntheticAssessments(n, { snapshots: 0 });
	const bundle = buildBundle({
		assessments,
		templates: [],
		appVersion: 'bench',
		catalogVersion: assessments[0]!.assessment.catalogVersion,
		exportedAt: '2026-05-01T12:00:00.000Z'
	});
	// Synthetic assessments carry no evidence files, so no file is ever asked for.
	const zip = await writeBackupZip(bundle, async () => undefined);
	return new Uint8Array(await zip.arrayBuffer());
}
