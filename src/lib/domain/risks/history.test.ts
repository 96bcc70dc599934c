import { describe, expect, it } from 'vitest';
import { blankRisk } from './new-risk';
import { riskChanges, withHistory } from './history';

const before = blankRisk('r1', 'a1', new Date('2026-12-01T10:00:00Z'));

describe('risk history', () => {
	it('records decisions, one line each', () => {
		const after = {
			...before,
			residual: { likelihood: 2, impact: 3 },
			treatment: 'accept' as const,
			ownerName: 'Ada',
			controlIds: ['IAM-02'],
			reviewedAt: '2026-12-01'
		};
		expect(riskChanges(before, after)).toEqual([
			'Residual rating 3×3 = 9 → 2×3 = 6',
			'Treatment Mitigate → Accept',
			'Owner (none) → Ada',
			'Controls linked: IAM-02',
			'Reviewed 1 Dec 2026'
		]);
	});
	it('does not record wording edits', () => {
		const after = { ...before, description: 'New words', treatmentRationale: 'Because' };
		expect(riskChanges(before, after)).toEqual([]);
		expect(withHistory(before, after, 'Ada', 'T')).toBe(after);
	});
	it('appends entries with who and when', () => {
		const after = { ...before, controlIds: [] as string[], category: 'fraud' as const };
		const linked = { ...before, controlIds: ['A', 'B'] };
		expect(withHistory(linked, after, 'Ada', '2026-12-02T09:00:00Z').history.slice(1)).toEqual([
			{ at: '2026-12-02T09:00:00Z', by: 'Ada', change: 'Category Security → Fraud' },
			{ at: '2026-12-02T09:00:00Z', by: 'Ada', change: 'Controls unlinked: A, B' }
		]);
	});
});
