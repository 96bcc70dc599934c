import { describe, expect, it } from 'vitest';
import { describeCatalogChanges } from './catalog-changes';

describe('catalog changes in words', () => {
	it('names every renamed, merged and retired control', () => {
		expect(
			describeCatalogChanges({
				from: '2025.4',
				to: '2026.1',
				renamed: [
					{ from: 'ACC-01', to: 'IAM-01' },
					{ from: 'ACC-05', to: 'IAM-05' }
				],
				merged: [
					{ into: 'IAM-02', from: ['ACC-02', 'ACC-03'], kept: 'ACC-03' },
					{ into: 'IAM-03', from: ['ACC-04'], kept: 'IAM-03' }
				],
				retired: ['OLD-07']
			})
		).toEqual([
			'Renamed: ACC-01 is now IAM-01, ACC-05 is now IAM-05.',
			'Merged: ACC-02 and ACC-03 into IAM-02 (IAM-02 takes the state of ACC-03, the most recently edited; ACC-02 stays on record under its old id).',
			'Merged: ACC-04 into IAM-03 (IAM-03 keeps its own state; ACC-04 stays on record under its old id).',
			'Retired: OLD-07. Its work is kept but no longer scored.'
		]);
	});

	it('says nothing when nothing moved, and uses the plural for several retired controls', () => {
		const none = { from: '2025.4', to: '2026.1', renamed: [], merged: [], retired: [] };
		expect(describeCatalogChanges(none)).toEqual([]);
		expect(describeCatalogChanges({ ...none, retired: ['A-1', 'B-1', 'C-1'] })).toEqual([
			'Retired: A-1, B-1 and C-1. Their work is kept but no longer scored.'
		]);
	});
});
