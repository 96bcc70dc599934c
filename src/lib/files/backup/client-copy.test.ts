import { describe, expect, it } from 'vitest';
import { sampleBundle } from '$lib/testing/sample-bundle';
import { withoutInternalNotes } from './client-copy';

describe('a backup for the client', () => {
	it('empties every internal note and keeps everything else', () => {
		const bundle = sampleBundle();
		const a = bundle.assessments[0];
		if (!a) throw new Error('the sample has no assessment');
		a.controls = a.controls.map((c, i) => (i === 0 ? { ...c, notes: 'internal <b>only</b>' } : c));
		const before = JSON.stringify(bundle);
		const out = withoutInternalNotes(bundle);
		expect(JSON.stringify(bundle)).toBe(before);
		expect(JSON.stringify(out)).not.toContain('internal <b>only</b>');
		for (const x of out.assessments) {
			for (const rows of [
				x.controls,
				x.tasks,
				x.vendors,
				...x.snapshots.flatMap((s) => [s.data.controls, s.data.tasks, s.data.vendors])
			])
				for (const r of rows) expect(r.notes).toBe('');
		}
		const y = out.assessments[0];
		expect(y?.controls.map((c) => c.status)).toEqual(a.controls.map((c) => c.status));
		expect(y?.evidence).toEqual(a.evidence);
		expect(y?.files).toEqual(a.files);
		expect(out.templates.every((t) => Object.keys(t.notes).length === 0)).toBe(true);
	});
});
