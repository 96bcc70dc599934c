import { describe, expect, it } from 'vitest';
import { checkStatus, openChecks, personCheckStatuses, type CheckedPerson } from './checks';
import { DEFAULT_DEADLINES } from './deadlines';
import type { CheckKind, PersonCheck } from './types';

const ADA: CheckedPerson = {
	id: 'p1',
	startDate: '2026-01-05',
	endDate: null,
	inScope: true,
	companyDevice: true
};

const done = (kind: CheckKind, date: string | null, personId = 'p1'): PersonCheck => ({
	personId,
	kind,
	date
});

describe('DEFAULT_DEADLINES', () => {
	it('are the documented ones', () => {
		expect(DEFAULT_DEADLINES).toEqual({
			backgroundCheckDaysAfterStart: 0,
			trainingDaysAfterStart: 30,
			trainingRepeatMonths: 12,
			acknowledgementDaysAfterStart: 0,
			acknowledgementRepeatMonths: 12,
			deviceEnrolledDaysAfterStart: 0,
			mfaDaysAfterStart: 7,
			accessGrantedDaysAfterStart: 0,
			accessRemovedDaysAfterEnd: 1,
			deviceReturnedDaysAfterEnd: 14
		});
	});
});

describe('background check', () => {
	const bg = (checks: PersonCheck[], today = '2026-03-01', p = ADA) =>
		checkStatus(p, 'background_check', checks, today);

	it('is done when dated on the start date', () => {
		expect(bg([done('background_check', '2026-01-05')])).toEqual({
			kind: 'background_check',
			state: 'done',
			dueDate: null,
			doneDate: '2026-01-05',
			late: [],
			reason: null
		});
	});

	it('is done late the day after the start date', () => {
		const s = bg([done('background_check', '2026-01-06')]);
		expect(s.state).toBe('done_late');
		expect(s.late).toEqual([{ dueDate: '2026-01-05', doneDate: '2026-01-06', daysLate: 1 }]);
	});

	it('must come before access when access was granted before the start date', () => {
		const s = bg([done('access_granted', '2026-01-02'), done('background_check', '2026-01-04')]);
		expect(s.state).toBe('done_late');
		expect(s.late).toEqual([{ dueDate: '2026-01-02', doneDate: '2026-01-04', daysLate: 2 }]);
	});

	it('is due until the start date and overdue after it', () => {
		expect(bg([], '2026-01-05')).toMatchObject({ state: 'due', dueDate: '2026-01-05' });
		expect(bg([], '2026-01-06')).toMatchObject({ state: 'overdue', dueDate: '2026-01-05' });
	});

	it('is due for a future joiner', () => {
		const p = { ...ADA, startDate: '2026-04-01' };
		expect(bg([], '2026-03-01', p)).toMatchObject({ state: 'due', dueDate: '2026-04-01' });
	});

	it('ignores undated records, records dated after today and other people', () => {
		const checks = [
			done('background_check', null),
			done('background_check', '2026-03-05'),
			done('background_check', '2026-01-01', 'p2'),
			done('background_check', 'not a date')
		];
		expect(bg(checks)).toMatchObject({ state: 'overdue', doneDate: null });
	});

	it('judges the first record, not a later repeat', () => {
		const s = bg([done('background_check', '2026-02-01'), done('background_check', '2026-01-03')]);
		expect(s).toMatchObject({ state: 'done', doneDate: '2026-01-03', late: [] });
	});
});

describe('security training', () => {
	const tr = (checks: PersonCheck[], today: string, p = ADA) =>
		checkStatus(p, 'security_training', checks, today);

	it('is due within 30 days of the start, inclusive', () => {
		expect(tr([], '2026-02-04')).toMatchObject({ state: 'due', dueDate: '2026-02-04' });
		expect(tr([], '2026-02-05')).toMatchObject({ state: 'overdue', dueDate: '2026-02-04' });
	});

	it('done on day 30 is on time, and next falls due a year later', () => {
		expect(tr([done('security_training', '2026-02-04')], '2026-03-01')).toMatchObject({
			state: 'done',
			dueDate: '2027-02-04',
			doneDate: '2026-02-04',
			late: []
		});
	});

	it('done on day 31 is late', () => {
		expect(tr([done('security_training', '2026-02-05')], '2026-03-01')).toMatchObject({
			state: 'done_late',
			dueDate: '2027-02-05',
			late: [{ dueDate: '2026-02-04', doneDate: '2026-02-05', daysLate: 1 }]
		});
	});

	it('counts training before the first day as on time', () => {
		expect(tr([done('security_training', '2025-12-20')], '2026-03-01').state).toBe('done');
	});

	it('becomes overdue when the yearly refresher is missed', () => {
		const p = { ...ADA, startDate: '2024-01-08' };
		const checks = [
			done('security_training', '2024-01-20'),
			done('security_training', '2025-01-20')
		];
		expect(tr(checks, '2026-01-20', p)).toMatchObject({ state: 'done', dueDate: '2026-01-20' });
		expect(tr(checks, '2026-01-21', p)).toMatchObject({
			state: 'overdue',
			dueDate: '2026-01-20',
			doneDate: '2025-01-20'
		});
	});

	it('keeps a late refresher as done late even after a later one was on time', () => {
		const p = { ...ADA, startDate: '2024-01-08' };
		const checks = [
			done('security_training', '2024-01-20'),
			done('security_training', '2025-02-01'),
			done('security_training', '2026-01-15')
		];
		expect(tr(checks, '2026-03-01', p)).toMatchObject({
			state: 'done_late',
			dueDate: '2027-01-15',
			late: [{ dueDate: '2025-01-20', doneDate: '2025-02-01', daysLate: 12 }]
		});
	});

	it('handles the leap day: 30 days from 30 January 2024 is 29 February', () => {
		const p = { ...ADA, startDate: '2024-01-30' };
		expect(tr([], '2024-02-29', p)).toMatchObject({ state: 'due', dueDate: '2024-02-29' });
		expect(tr([], '2024-03-01', p)).toMatchObject({ state: 'overdue', dueDate: '2024-02-29' });
	});

	it('a year after 29 February 2024 is 28 February 2025', () => {
		const p = { ...ADA, startDate: '2024-02-01' };
		const checks = [
			done('security_training', '2024-02-29'),
			done('security_training', '2025-03-01')
		];
		expect(tr(checks, '2025-06-01', p).late).toEqual([
			{ dueDate: '2025-02-28', doneDate: '2025-03-01', daysLate: 1 }
		]);
	});

	it('stops falling due once the person has left', () => {
		const p = { ...ADA, startDate: '2025-01-06', endDate: '2025-06-30' };
		expect(tr([done('security_training', '2025-01-20')], '2026-12-03', p)).toMatchObject({
			state: 'done',
			dueDate: null
		});
	});

	it('is not applicable to someone who left before it was due', () => {
		const p = { ...ADA, endDate: '2026-01-20' };
		expect(tr([], '2026-03-01', p)).toMatchObject({
			state: 'not_applicable',
			reason: 'left_before_due'
		});
	});

	it('is still owed by someone who left after the deadline without training', () => {
		const p = { ...ADA, endDate: '2026-02-10' };
		expect(tr([], '2026-03-01', p)).toMatchObject({ state: 'overdue', dueDate: '2026-02-04' });
	});
});

describe('policy acknowledgement', () => {
	it('is due by the start date and yearly by default', () => {
		const s = checkStatus(
			ADA,
			'policy_acknowledgement',
			[done('policy_acknowledgement', '2026-01-02')],
			'2026-03-01'
		);
		expect(s).toMatchObject({ state: 'done', dueDate: '2027-01-02' });
	});

	it('is once only when the repeat is switched off', () => {
		const d = { ...DEFAULT_DEADLINES, acknowledgementRepeatMonths: null };
		const s = checkStatus(
			ADA,
			'policy_acknowledgement',
			[done('policy_acknowledgement', '2026-01-02')],
			'2028-03-01',
			d
		);
		expect(s).toMatchObject({ state: 'done', dueDate: null });
	});
});

describe('device, MFA and access on joining', () => {
	it('gives MFA a week and the device and access none', () => {
		const s = (kind: CheckKind, today: string) => checkStatus(ADA, kind, [], today);
		expect(s('mfa_enabled', '2026-01-12')).toMatchObject({ state: 'due', dueDate: '2026-01-12' });
		expect(s('mfa_enabled', '2026-01-13').state).toBe('overdue');
		expect(s('device_enrolled', '2026-01-06')).toMatchObject({
			state: 'overdue',
			dueDate: '2026-01-05'
		});
		expect(s('access_granted', '2026-01-05')).toMatchObject({
			state: 'due',
			dueDate: '2026-01-05'
		});
	});

	it('does not ask a person without a company device about devices', () => {
		const p = { ...ADA, companyDevice: false, endDate: '2026-02-27' };
		for (const kind of ['device_enrolled', 'device_returned'] as const)
			expect(checkStatus(p, kind, [], '2026-06-01')).toMatchObject({
				state: 'not_applicable',
				reason: 'no_company_device'
			});
	});
});

describe('offboarding', () => {
	const LEAVER = { ...ADA, endDate: '2026-02-27' };
	const off = (kind: CheckKind, checks: PersonCheck[], today: string) =>
		checkStatus(LEAVER, kind, checks, today);

	it('gives access removal one day after the end date', () => {
		expect(off('access_removed', [done('access_removed', '2026-02-28')], '2026-03-05').state).toBe(
			'done'
		);
		expect(off('access_removed', [done('access_removed', '2026-02-27')], '2026-03-05').state).toBe(
			'done'
		);
		expect(off('access_removed', [], '2026-02-28')).toMatchObject({
			state: 'due',
			dueDate: '2026-02-28'
		});
		expect(off('access_removed', [], '2026-03-01')).toMatchObject({
			state: 'overdue',
			dueDate: '2026-02-28'
		});
	});

	it('marks a removal after the deadline as done late', () => {
		expect(
			off('access_removed', [done('access_removed', '2026-03-02')], '2026-03-05')
		).toMatchObject({
			state: 'done_late',
			late: [{ dueDate: '2026-02-28', doneDate: '2026-03-02', daysLate: 2 }]
		});
	});

	it('gives the device 14 days', () => {
		expect(off('device_returned', [], '2026-03-13')).toMatchObject({
			state: 'due',
			dueDate: '2026-03-13'
		});
		expect(off('device_returned', [], '2026-03-14').state).toBe('overdue');
	});

	it('is due ahead for a known future end date', () => {
		const p = { ...ADA, endDate: '2026-12-31' };
		expect(checkStatus(p, 'access_removed', [], '2026-12-03')).toMatchObject({
			state: 'due',
			dueDate: '2027-01-01'
		});
	});

	it('does not apply while there is no end date', () => {
		expect(checkStatus(ADA, 'access_removed', [], '2026-12-03')).toMatchObject({
			state: 'not_applicable',
			reason: 'no_end_date'
		});
	});

	it('follows custom deadlines', () => {
		const d = { ...DEFAULT_DEADLINES, accessRemovedDaysAfterEnd: 0 };
		expect(
			checkStatus(LEAVER, 'access_removed', [done('access_removed', '2026-02-28')], '2026-03-05', d)
				.state
		).toBe('done_late');
	});
});

describe('personCheckStatuses', () => {
	it('lists every check in order, all not applicable out of scope', () => {
		const s = personCheckStatuses(
			{ ...ADA, inScope: false },
			[done('background_check', '2026-01-01')],
			'2026-03-01'
		);
		expect(s.map((x) => x.kind)).toEqual([
			'background_check',
			'security_training',
			'policy_acknowledgement',
			'device_enrolled',
			'mfa_enabled',
			'access_granted',
			'access_removed',
			'device_returned'
		]);
		expect(new Set(s.map((x) => `${x.state}/${x.reason}`))).toEqual(
			new Set(['not_applicable/not_in_scope'])
		);
	});

	it('gives a fully onboarded joiner done everywhere onboarding applies', () => {
		const checks = (
			[
				'background_check',
				'security_training',
				'policy_acknowledgement',
				'device_enrolled',
				'mfa_enabled',
				'access_granted'
			] as const
		).map((k) => done(k, '2026-01-05'));
		expect(personCheckStatuses(ADA, checks, '2026-03-01').map((x) => x.state)).toEqual([
			'done',
			'done',
			'done',
			'done',
			'done',
			'done',
			'not_applicable',
			'not_applicable'
		]);
	});

	it('is deterministic for the same input', () => {
		const checks = [done('security_training', '2026-02-05')];
		expect(personCheckStatuses(ADA, checks, '2026-03-01')).toEqual(
			personCheckStatuses(ADA, checks, '2026-03-01')
		);
	});
});

describe('openChecks', () => {
	it('lists overdue checks and those due by the given day, in a stable order', () => {
		const people: CheckedPerson[] = [
			{ ...ADA, id: 'b', startDate: '2026-03-02' },
			{ ...ADA, id: 'a', startDate: '2026-01-05', endDate: '2026-02-27', companyDevice: false }
		];
		const checks = [
			done('background_check', '2026-01-05', 'a'),
			done('security_training', '2026-01-10', 'a'),
			done('policy_acknowledgement', '2026-01-05', 'a'),
			done('mfa_enabled', '2026-01-05', 'a'),
			done('access_granted', '2026-01-05', 'a'),
			done('background_check', '2026-02-20', 'b')
		];
		expect(openChecks(people, checks, '2026-03-01', { until: '2026-03-02' })).toEqual([
			{ personId: 'a', kind: 'access_removed', state: 'overdue', dueDate: '2026-02-28' },
			{ personId: 'b', kind: 'policy_acknowledgement', state: 'due', dueDate: '2026-03-02' },
			{ personId: 'b', kind: 'device_enrolled', state: 'due', dueDate: '2026-03-02' },
			{ personId: 'b', kind: 'access_granted', state: 'due', dueDate: '2026-03-02' }
		]);
	});

	it('lists only overdue checks by default', () => {
		const people: CheckedPerson[] = [{ ...ADA, startDate: '2026-03-02' }];
		expect(openChecks(people, [], '2026-03-01')).toEqual([]);
		expect(openChecks([], [], '2026-03-01')).toEqual([]);
	});
});
