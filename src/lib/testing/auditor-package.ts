/**
 * Builders for auditor's-package tests: evidence file records with every field filled in blandly,
 * and a small layout input with two criteria, a control serving both and a vendor.
 */
import type { EvidenceFile } from '$lib/domain/types';
import type { LayoutInput } from '$lib/files/auditor-package/layout';

export function packFile(id: string, extra: Partial<EvidenceFile> = {}): EvidenceFile {
	return {
		id,
		assessmentId: 'a1',
		ownerKind: 'evidence',
		ownerId: 'ev1',
		name: `${id}.txt`,
		type: '',
		declaredType: 'text/plain',
		size: 3,
		sha256: '0'.repeat(64),
		addedAt: '2027-01-02T10:00:00.000Z',
		addedBy: 'Ana',
		replaces: null,
		replacedBy: null,
		updatedAt: '2027-01-02T10:00:00.000Z',
		...extra
	};
}

export function layoutInput(files: EvidenceFile[]): LayoutInput {
	return {
		criteria: [
			{ id: 'CC6.1', title: 'Logical access' },
			{ id: 'CC6.2', title: 'User registration' },
			{ id: 'CC9.2', title: 'Vendors' }
		],
		controls: [
			{
				id: 'IAM-01',
				title: 'Single sign-on for every business application',
				criteria: ['CC6.1', 'CC6.2']
			},
			{ id: 'IAM-02', title: 'MFA', criteria: ['CC6.1'] }
		],
		evidence: [
			{ id: 'ev1', controlId: 'IAM-01', title: 'SSO/IdP export', collectedAt: '2027-01-01' },
			{ id: 'ev2', controlId: 'IAM-02', title: 'MFA report', collectedAt: null },
			{ id: 'ev3', controlId: 'IAM-02', title: 'mfa REPORT', collectedAt: '2026-12-01' }
		],
		vendors: [{ id: 'v1', name: 'Acme Cloud <GmbH>' }],
		files
	};
}
