import { describe, expect, it } from 'vitest';
import type { RequestRow } from '$lib/domain/evidence/request-list';
import { requestRow } from '$lib/testing/request-rows';
import { countByStatus, ownerChoices, visibleGroups } from './request-view';

const row = (controlId: string, extra: Partial<RequestRow>): RequestRow =>
	requestRow({ controlId, ...extra });

const ROWS = [
	row('ENG-01', { ownerName: 'Zoë' }),
	row('GOV-01', { department: 'Leadership', status: 'stale', ownerName: 'Adam' }),
	row('ENG-02', { status: 'on_file' }),
	row('ENG-03', { status: 'on_file', ownerName: 'zoë' })
];

describe('the Evidence page view', () => {
	it('counts each status', () => {
		expect(countByStatus(ROWS)).toEqual({ on_file: 2, stale: 1, missing: 1 });
		expect(countByStatus([])).toEqual({ on_file: 0, stale: 0, missing: 0 });
	});

	it('groups by department or owner after filtering, dropping emptied groups', () => {
		const ids = (g: ReturnType<typeof visibleGroups>) =>
			g.map((x) => [x.label, x.rows.map((r) => r.controlId)]);
		expect(ids(visibleGroups(ROWS, 'all', 'department'))).toEqual([
			['Leadership', ['GOV-01']],
			['Engineering', ['ENG-01', 'ENG-02', 'ENG-03']]
		]);
		expect(ids(visibleGroups(ROWS, 'on_file', 'department'))).toEqual([
			['Engineering', ['ENG-02', 'ENG-03']]
		]);
		expect(ids(visibleGroups(ROWS, 'on_file', 'owner'))).toEqual([
			['Zoë', ['ENG-03']],
			['No owner', ['ENG-02']]
		]);
		expect(visibleGroups([], 'all', 'owner')).toEqual([]);
	});

	it('offers every owner of the whole list for the PDF', () => {
		expect(ownerChoices(ROWS)).toEqual([
			{ key: 'adam', label: 'Adam', count: 1 },
			{ key: 'zoë', label: 'Zoë', count: 2 },
			{ key: '', label: 'No owner', count: 1 }
		]);
	});
});
