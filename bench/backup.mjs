// Backup figures: key derivation (PBKDF2-SHA256, 600,000 iterations) and the export and
// encryption of 20 full assessments, in Node's WebCrypto.
import { loadTs } from './node-bundle.mjs';
import { median, ms } from './stats.mjs';

export async function measureBackup() {
	const mod = await loadTs('bench/backup-entry.ts', 'backup');
	const r = await mod.run();
	const derive = median(r.deriveMs);
	const exp = median(r.exportMs);
	return {
		rows: [
			{
				what: 'key derivation (median)',
				value: ms(derive),
				target: '<= 1000 ms',
				ok: derive <= 1000
			},
			{
				what: 'export + encryption, 20 full assessments (median)',
				value: ms(exp),
				target: '<= 2000 ms',
				ok: exp <= 2000
			},
			{ what: 'encrypted backup of 20 assessments', value: `${(r.bytes / 1048576).toFixed(1)} MB` },
			{
				what: 'export + encryption with a key derived ahead',
				value: ms(r.preparedKeyMs)
			},
			{
				// Base64 of the plaintext plus the 16-byte tag and a short header, nothing more.
				what: 'encrypted size over base64 of the plain text',
				value: `${r.bytes - Math.ceil((r.plainChars * 4) / 3)} chars`,
				target: '0 to 400 chars',
				ok: r.bytes > (r.plainChars * 4) / 3 && r.bytes < (r.plainChars * 4) / 3 + 400
			},
			{
				what: 'controls per full assessment (bench data)',
				value: String(r.controlsPerAssessment),
				target: '> 100',
				ok: r.controlsPerAssessment > 100
			}
		],
		deriveMs: derive,
		exportEncryptMs: exp,
		bytes: r.bytes
	};
}
