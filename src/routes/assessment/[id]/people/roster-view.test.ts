import { describe, expect, it } from 'vitest';
import type { PersonCheckRecord, PersonRecord } from '$lib/domain/types';
import { checkStateText, filterCounts, filterRoster, rosterRows } from './roster-view';

const TODAY = '2025-06-01';

function person(id: string): PersonRecord {
	return {
		id,
		assessmentId: 'a',
		name: id,
		email: null,
		role: 'Engineer',
		department: 'R&D',
		manager: 'Mia',
		startDate: '2025-01-01',
		endDate: null,
		employmentType: 'employee',
		inScope: true,
		companyDevice: true,
		createdAt: '',
		updatedAt: ''
	};
}

function p(id: string, over: Partial<PersonRecord> = {}): PersonRecord {
	return { ...person(id), ...over };
}

function done(personId: string, kind: PersonCheckRecord['kind'], date: string): PersonCheckRecord {
	return {
		id: `${personId}-${kind}`,
		assessmentId: 'a',
		personId,
		kind,
		date,
		note: '',
		updatedAt: ''
	};
}

const ALL_ONBOARDING = [
	'background_check',
	'security_training',
	'policy_acknowledgement',
	'device_enrolled',
	'mfa_enabled',
	'access_granted'
] as const;

describe('rosterRows', () => {
	it('counts overdue checks and sums them up', () => {
		const rows = rosterRows(
			[p('Bea'), p('Al', { inScope: false }), p('Cy', { startDate: '2025-05-30' })],
			ALL_ONBOARDING.map((k) => done('Bea', k, '2025-01-01')),
			TODAY
		);
		expect(rows.map((r) => [r.person.name, r.summary])).toEqual([
			['Al', 'Not in scope'],
			['Bea', 'All done'],
			// Started two days ago: everything due by day 0 is overdue; MFA and training are still due.
			['Cy', '4 overdue, 2 due']
		]);
	});
});

describe('filterRoster', () => {
	const rows = rosterRows(
		[
			p('Ada', { email: 'ada@example.com' }),
			p('Bob', { endDate: '2025-05-01' }),
			p('Cy', { inScope: false, department: 'Sales' })
		],
		[],
		TODAY
	);
	it('filters by overdue, leavers and scope, and searches text', () => {
		expect(filterRoster(rows, 'overdue', '').map((r) => r.person.id)).toEqual(['Ada', 'Bob']);
		expect(filterRoster(rows, 'leavers', '').map((r) => r.person.id)).toEqual(['Bob']);
		expect(filterRoster(rows, 'out_of_scope', '').map((r) => r.person.id)).toEqual(['Cy']);
		expect(filterRoster(rows, 'all', 'EXAMPLE').map((r) => r.person.id)).toEqual(['Ada']);
		expect(filterRoster(rows, 'all', 'sales').map((r) => r.person.id)).toEqual(['Cy']);
		expect(filterCounts(rows)).toEqual({ all: 3, overdue: 2, leavers: 1, out_of_scope: 1 });
	});
});

describe('checkStateText', () => {
	it('says each state with its dates', () => {
		const [row] = rosterRows(
			[p('Ada', { endDate: '2025-03-01' })],
			[done('Ada', 'security_training', '2025-01-20'), done('Ada', 'access_removed', '2025-03-05')],
			TODAY
		);
		const text = Object.fromEntries((row?.statuses ?? []).map((s) => [s.kind, checkStateText(s)]));
		expect(text).toMatchObject({
			security_training: 'Done 20 Jan 2025',
			background_check: 'Overdue: was due by 1 Jan 2025',
			access_removed: 'Done late 5 Mar 2025 (3 days late)'
		});
		const [cy] = rosterRows([p('Cy', { inScope: false })], [], TODAY);
		expect(cy && checkStateText(cy.statuses[0]!)).toBe(
			'Not applicable: the person is not in scope'
		);
	});
});
