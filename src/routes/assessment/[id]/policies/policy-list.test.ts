import { describe, expect, it } from 'vitest';
import type { Policy } from '$lib/catalog/types';
import type { PolicyText } from '$lib/domain/types';
import { exportSet, policyListRows } from './policy-list';

const policy = (id: string): Policy => ({
	id,
	title: id,
	purpose: '',
	department: 'HR',
	reviewFrequency: 'annually'
});
const text = (policyId: string, version: number, approvedAt: string | null) =>
	({ id: `${policyId}${version}`, policyId, version, approvedAt, approvedBy: 'S' }) as PolicyText;

describe('policyListRows', () => {
	it('lists applicable policies in catalog order with text state, status and controls governed', () => {
		const texts = [text('B', 1, '2026-01-01'), text('B', 2, null)];
		const rows = policyListRows(
			[policy('A'), policy('B'), policy('C')],
			['C', 'B'],
			new Map([['B', 'approved' as const]]),
			[{ policies: ['B'] }, { policies: ['B', 'C'] }, { policies: [] }],
			texts
		);
		expect(rows.map((r) => [r.policy.id, r.text.kind, r.status, r.governs])).toEqual([
			['B', 'draft', 'approved', 2],
			['C', 'not_started', 'missing', 1]
		]);
		expect(exportSet(rows, texts).map((e) => `${e.policy.id}v${e.text.version}`)).toEqual(['Bv2']);
	});
});
