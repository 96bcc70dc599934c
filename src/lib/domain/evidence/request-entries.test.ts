import { describe, expect, it } from 'vitest';
import { entriesOf } from './request-entries';
import type { RequestRow } from './request-list';
import { requestRow } from '$lib/testing/request-rows';

const row = (controlId: string, extra: Partial<RequestRow>): RequestRow =>
	requestRow({ controlId, ...extra });

describe('table entries', () => {
	it('joins the consecutive lines of one control and part', () => {
		const rows = [
			row('GOV-01', { expected: 'Calendar' }),
			row('GOV-01', { expected: 'Minutes' }),
			row('GOV-01', { expected: 'Every minute', part: 'operation' }),
			row('HR-01', { expected: 'Code' })
		];
		expect(entriesOf(rows).map((e) => [e.key, e.expected])).toEqual([
			['GOV-01:design', ['Calendar', 'Minutes']],
			['GOV-01:operation', ['Every minute']],
			['HR-01:design', ['Code']]
		]);
	});
});
