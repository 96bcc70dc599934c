import { describe, expect, it } from 'vitest';
import { packageLayout } from '$lib/files/auditor-package/layout';
import { layoutInput, packFile } from '$lib/testing/auditor-package';
import { checkEvidenceEntries } from './evidence';
import type { PersonCheckRecord } from './records';

const check = (
	id: string,
	personId: string,
	kind: PersonCheckRecord['kind']
): PersonCheckRecord => ({
	id,
	assessmentId: 'a1',
	personId,
	kind,
	date: '2027-01-03',
	note: '',
	updatedAt: '2027-01-03T00:00:00.000Z'
});

describe('check files in the auditor package', () => {
	it('files a check under the control it evidences first, titled with the check and the person', () => {
		const checks = [check('c1', 'p1', 'mfa_enabled'), check('c2', 'p1', 'access_removed')];
		const entries = checkEvidenceEntries(
			[{ id: 'p1', name: 'Zoë <b>Ng</b>' }],
			checks,
			new Set(['c1'])
		);
		expect(entries).toEqual([
			{
				id: 'c1',
				controlId: 'IAM-02',
				title: 'Multi-factor authentication on — Zoë <b>Ng</b>',
				collectedAt: '2027-01-03'
			}
		]);
		const input = layoutInput([
			packFile('f1', { ownerKind: 'check', ownerId: 'c1', name: 'mfa.png' })
		]);
		const layout = packageLayout({ ...input, evidence: [...input.evidence, ...entries] });
		expect(layout.files[0]?.path).toBe(
			'CC6.1/IAM-02 MFA/Multi-factor authentication on — Zoë _b_Ng_ - b_/mfa.png'
		);
		expect(layout.files[0]?.controlId).toBe('IAM-02');
	});
});
