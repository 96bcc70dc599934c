import { describe, expect, it } from 'vitest';
import { merge3, mergePatch, patchOf, sameValue } from './field-patch';

interface Row {
	owner: string;
	notes: string;
	due: string | null;
	tags: string[];
	assurance: { soc2: boolean; notes: string; period?: { from: string; to: string } };
	updatedAt: string;
}

const stored: Row = {
	owner: 'Ana',
	notes: '',
	due: null,
	tags: ['a'],
	assurance: { soc2: false, notes: '' },
	updatedAt: 't1'
};

describe('mergePatch', () => {
	it('changes only the patched fields and leaves another tab’s other fields as stored', () => {
		// Another tab set the notes; this tab changed the owner from what it saw ('Ana').
		const now = { ...stored, notes: 'From the other tab' };
		const r = mergePatch(now, { owner: { value: 'Bo', base: 'Ana' } });
		expect(r.row).toEqual({ ...stored, owner: 'Bo', notes: 'From the other tab' });
		expect(r.conflicts).toEqual({});
		expect(r.changed).toBe(true);
	});

	it('reports a field changed elsewhere to another value as a conflict and keeps it as stored', () => {
		const now = { ...stored, owner: 'Cy' };
		const r = mergePatch(now, {
			owner: { value: 'Bo', base: 'Ana' },
			due: { value: '2026-03-01', base: null }
		});
		expect(r.conflicts).toEqual({ owner: 'Cy' });
		expect(r.row.owner).toBe('Cy');
		expect(r.row.due).toBe('2026-03-01');
	});

	it('is no conflict when both tabs typed the same value, and nothing changes', () => {
		const now = { ...stored, owner: 'Bo' };
		const r = mergePatch(now, { owner: { value: 'Bo', base: 'Ana' } });
		expect(r.conflicts).toEqual({});
		expect(r.changed).toBe(false);
		expect(r.row).toEqual(now);
	});

	it('is safe to apply twice (a journal replayed after its write landed)', () => {
		const patch = { owner: { value: 'Bo', base: 'Ana' } };
		const once = mergePatch(stored, patch).row;
		const twice = mergePatch(once, patch);
		expect(twice.row).toEqual(once);
		expect(twice.changed).toBe(false);
		expect(twice.conflicts).toEqual({});
	});

	it('merges object fields key by key, and conflicts on the same key', () => {
		const now = { ...stored, assurance: { soc2: true, notes: '' } };
		const mine = { soc2: false, notes: 'Asked for the bridge letter' };
		const r = mergePatch(now, { assurance: { value: mine, base: stored.assurance } });
		expect(r.row.assurance).toEqual({ soc2: true, notes: 'Asked for the bridge letter' });
		const clash = mergePatch(
			{ ...stored, assurance: { soc2: false, notes: 'Theirs' } },
			{ assurance: { value: mine, base: stored.assurance } }
		);
		expect(clash.conflicts).toEqual({ assurance: { soc2: false, notes: 'Theirs' } });
		expect(clash.row.assurance).toEqual({ soc2: false, notes: 'Theirs' });
	});

	it('treats arrays as one value', () => {
		const r = mergePatch(
			{ ...stored, tags: ['a', 'b'] },
			{ tags: { value: ['a', 'c'], base: ['a'] } }
		);
		expect(r.conflicts).toEqual({ tags: ['a', 'b'] });
	});
});

describe('merge3 and sameValue', () => {
	it('takes the side that changed', () => {
		expect(merge3('x', 'x', 'y')).toEqual({ ok: true, value: 'y' });
		expect(merge3('x', 'y', 'x')).toEqual({ ok: true, value: 'y' });
		expect(merge3('x', 'y', 'z')).toEqual({ ok: false });
		expect(merge3(null, '', 'z')).toEqual({ ok: false });
	});

	it('compares nested values by content, a missing key like an undefined one', () => {
		expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
		expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameValue([1, 2], [2, 1])).toBe(false);
		expect(sameValue(null, '')).toBe(false);
		expect(sameValue(0, '0')).toBe(false);
	});
});

describe('patchOf', () => {
	it('lists the fields that differ from the base, each with its base', () => {
		expect(patchOf(stored, { owner: 'Bo', notes: '', due: undefined })).toEqual({
			owner: { value: 'Bo', base: 'Ana' }
		});
	});
});
