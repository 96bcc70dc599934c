import { describe, expect, it } from 'vitest';
import {
	benchDeriveKey,
	benchExportEncrypt,
	syntheticAssessments
} from '../../testing/backup-bench';

describe('benchmark helpers', () => {
	it('export and encrypt 20 full assessments with a prepared key', async () => {
		const assessments = syntheticAssessments(20);
		expect(assessments[0]?.controls.length).toBeGreaterThan(100);
		const key = await benchDeriveKey('bench passphrase');
		const sizes = await benchExportEncrypt(assessments, 'bench passphrase', key);
		expect(sizes.plainChars).toBeGreaterThan(1_000_000);
		// Base64 of the plaintext plus the 16-byte tag, plus a short header.
		expect(sizes.encryptedChars).toBeGreaterThan((sizes.plainChars * 4) / 3);
		expect(sizes.encryptedChars).toBeLessThan((sizes.plainChars * 4) / 3 + 400);
	}, 60_000);
});
