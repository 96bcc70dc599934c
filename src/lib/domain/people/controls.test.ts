import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { CHECK_CONTROLS, PEOPLE_CONTROL } from './controls';
import { CHECK_KINDS } from './types';

describe('people controls', () => {
	const ids = new Set(catalog.controls.map((c) => c.id));

	it('names only controls that exist in the catalog', () => {
		for (const id of Object.values(PEOPLE_CONTROL)) expect(ids.has(id), id).toBe(true);
		for (const kind of CHECK_KINDS)
			for (const id of CHECK_CONTROLS[kind]) expect(ids.has(id), `${kind} ${id}`).toBe(true);
	});

	it('points each check at the control whose title says what the check tests', () => {
		const title = (id: string) => catalog.controls.find((c) => c.id === id)?.title ?? '';
		expect(title('HR-02')).toMatch(/background check/i);
		expect(title('HR-04')).toMatch(/security awareness training/i);
		expect(title('HR-01')).toMatch(/acknowledged/i);
		expect(title('END-01')).toMatch(/device-management/i);
		expect(title('IAM-02')).toMatch(/multi-factor/i);
		expect(title('IAM-04')).toMatch(/access requests approved/i);
		expect(title('IAM-05')).toMatch(/access removed/i);
		expect(title('IAM-07')).toMatch(/access review/i);
		expect(title('IAM-03')).toMatch(/no shared logins/i);
	});

	it('maps every check kind, the specific control first', () => {
		expect(CHECK_CONTROLS.access_removed[0]).toBe('IAM-05');
		expect(CHECK_CONTROLS.background_check[0]).toBe('HR-02');
		expect(CHECK_CONTROLS.device_returned).toEqual(['HR-08']);
		expect(Object.keys(CHECK_CONTROLS).sort()).toEqual([...CHECK_KINDS].sort());
	});
});
