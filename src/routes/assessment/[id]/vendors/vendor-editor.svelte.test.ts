import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { freshDb } from '$lib/testing/db';
import type { Vendor } from '$lib/domain/types';
import { VendorEditor } from './vendor-editor.svelte';
import { TODAY, makeVendor } from '../../../../lib/testing/vendors';

/** The stored row as the live query would deliver it, replaced whole. */
class LiveRow {
	current = $state.raw<Vendor>(makeVendor('v1'));
}

/** An editor over a stored row, as the live query delivers it (the test changes it at will). */
async function setup(extra: Partial<Vendor> = {}) {
	const row = new LiveRow();
	row.current = makeVendor('v1', extra);
	await db().vendors.put(row.current);
	const editor = new VendorEditor(
		() => row.current,
		() => TODAY
	);
	return { row, editor };
}

const stored = () => db().vendors.get('v1');

describe('VendorEditor', () => {
	beforeEach(() => {
		freshDb();
	});

	it('saves a valid edit and keeps showing it until the live row arrives', async () => {
		const { row, editor } = await setup();
		editor.set('ownerName', 'Priya', true);
		await editor.flush();
		const saved = await stored();
		expect(saved?.ownerName).toBe('Priya');
		expect(editor.pending).toEqual({});
		// The live query has not answered yet: the view must not flick back to the old value.
		expect(editor.view.ownerName).toBe('Priya');
		row.current = { ...row.current, ownerName: 'Changed in another tab', updatedAt: 'later' };
		expect(editor.view.ownerName).toBe('Changed in another tab');
	});

	it('saves nothing while any field is invalid, and keeps the edit with its message', async () => {
		const { editor } = await setup({ contractStart: '2025-03-01' });
		editor.set('renewalDate', '2025-01-01', true);
		editor.set('ownerName', 'Sam', true);
		await editor.flush();
		expect(await stored()).toEqual(makeVendor('v1', { contractStart: '2025-03-01' }));
		expect(editor.errors.renewalDate).toBe('The renewal date is before the contract start.');
		expect(editor.view).toMatchObject({ renewalDate: '2025-01-01', ownerName: 'Sam' });
		editor.set('renewalDate', '2026-03-01', true);
		await editor.flush();
		expect(await stored()).toMatchObject({ renewalDate: '2026-03-01', ownerName: 'Sam' });
	});

	it('changes nested due-diligence records without losing other fields', async () => {
		const { editor } = await setup();
		editor.setAssurance({ questionnaireReceived: '2025-05-01' }, true);
		editor.setSafeguards({ rightToAudit: true }, true);
		editor.setSafeguards({ breachNotificationHours: 48 }, true);
		await editor.flush();
		const saved = await stored();
		expect(saved?.assurance.questionnaireReceived).toBe('2025-05-01');
		expect(saved?.safeguards).toMatchObject({ rightToAudit: true, breachNotificationHours: 48 });
		// No SOC 2 report recorded: SOC 2 changes are ignored rather than inventing one.
		editor.setSoc2({ periodEnd: '2025-01-01' }, true);
		expect(editor.view.assurance.soc2).toBeNull();
	});

	it('tidies spaces in one-line fields when the user leaves them', async () => {
		const { editor } = await setup();
		editor.set('name', '  Acme   Cloud ');
		editor.set('notes', ' line one\nline two  ');
		editor.tidy();
		await editor.flush();
		expect(await stored()).toMatchObject({ name: 'Acme Cloud', notes: 'line one\nline two' });
	});
});
