import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanSettings } from '$lib/domain/types';
import { readSettingsForm, sameSettings, settingsToForm, type SettingsForm } from './plan-settings';

const STORED: PlanSettings = {
	capacityPerWeek: 2.5,
	startDate: '2027-02-01',
	departmentCapacity: { Engineering: 1, HR: 0 }
};

const form = (extra: Partial<SettingsForm> = {}): SettingsForm => ({
	...settingsToForm(STORED),
	...extra
});

describe('capacity settings form', () => {
	it('round-trips stored settings', () => {
		const r = readSettingsForm(settingsToForm(STORED));
		expect(r.errors).toEqual({});
		expect(r.settings).toEqual(STORED);
	});

	it('leaves departments without a limit blank', () => {
		const f = settingsToForm(STORED);
		expect(f.departments.Engineering).toBe('1');
		expect(f.departments.HR).toBe('0');
		expect(f.departments.Legal).toBe('');
	});

	it('refuses a capacity of zero or less with a message that says why', () => {
		for (const capacity of ['0', '-1', '-0.5']) {
			const r = readSettingsForm(form({ capacity }));
			expect(r.settings).toBeNull();
			expect(r.errors.capacity).toMatch(/more than 0 person-days a week/);
		}
	});

	it('asks for a number when the capacity is blank or not a number', () => {
		expect(readSettingsForm(form({ capacity: ' ' })).errors.capacity).toMatch(/Enter the team/);
		expect(readSettingsForm(form({ capacity: 'five' })).errors.capacity).toMatch(/as a number/);
		expect(readSettingsForm(form({ capacity: '5000' })).errors.capacity).toMatch(/at most/);
	});

	it('accepts a comma as the decimal mark', () => {
		expect(readSettingsForm(form({ capacity: '1,5' })).settings?.capacityPerWeek).toBe(1.5);
	});

	it('checks the start date, and a blank one means no planned start', () => {
		expect(readSettingsForm(form({ startDate: '2027-02-30' })).errors.startDate).toBeDefined();
		expect(readSettingsForm(form({ startDate: '' })).settings?.startDate).toBeNull();
	});

	it('accepts 0 for a department but not a negative limit', () => {
		const departments = { ...form().departments, Legal: '-1', Sales: 'x' };
		const r = readSettingsForm(form({ departments }));
		expect(r.settings).toBeNull();
		expect(Object.keys(r.errors.departments ?? {}).sort()).toEqual(['Legal', 'Sales']);
		expect(r.errors.departments?.Legal).toMatch(/0 or more/);
	});

	it('stores nothing while any field is wrong, and something whenever all are right', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.constant(''),
					fc.constant('abc'),
					fc.double({ min: -10, max: 2000, noNaN: true }).map(String)
				),
				(capacity) => {
					const r = readSettingsForm(form({ capacity }));
					const hasError = Object.keys(r.errors).length > 0;
					expect(r.settings === null).toBe(hasError);
					if (r.settings) expect(r.settings.capacityPerWeek).toBeGreaterThan(0);
				}
			)
		);
	});
});

describe('sameSettings', () => {
	it('compares capacity, start and every department', () => {
		expect(sameSettings(STORED, { ...STORED, departmentCapacity: { HR: 0, Engineering: 1 } })).toBe(
			true
		);
		expect(sameSettings(STORED, { ...STORED, capacityPerWeek: 3 })).toBe(false);
		expect(sameSettings(STORED, { ...STORED, departmentCapacity: { Engineering: 1 } })).toBe(false);
	});
});
