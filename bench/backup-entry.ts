// Bundled by bench/backup.mjs: times key derivation and the export + encryption of 20 full
// assessments with the app's own backup code (WebCrypto, as in the browser).
import {
	benchDeriveKey,
	benchExportEncrypt,
	syntheticAssessments
} from '$lib/testing/backup-bench';

export async function run(): Promise<{
	deriveMs: number[];
	exportMs: number[];
	bytes: number;
	plainChars: number;
	controlsPerAssessment: number;
	preparedKeyMs: number;
}> {
	const assessments = syntheticAssessments(20, {});
	const deriveMs: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		await benchDeriveKey('correct horse battery staple');
		deriveMs.push(performance.now() - t);
	}
	const exportMs: number[] = [];
	let bytes = 0;
	let plainChars = 0;
	for (let i = 0; i < 3; i++) {
		const t = performance.now();
		const r = await benchExportEncrypt(assessments, 'correct horse battery staple');
		exportMs.push(performance.now() - t);
		bytes = r.encryptedChars;
		plainChars = r.plainChars;
	}
	// With a key derived ahead of time: encryption alone (what the unit suite used to time).
	const key = await benchDeriveKey('correct horse battery staple');
	const t = performance.now();
	await benchExportEncrypt(assessments, 'correct horse battery staple', key);
	const preparedKeyMs = performance.now() - t;
	return {
		deriveMs,
		exportMs,
		bytes,
		plainChars,
		controlsPerAssessment: assessments[0]?.controls.length ?? 0,
		preparedKeyMs
	};
}
