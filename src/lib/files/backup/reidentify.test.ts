import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importedName, reidentify } from './reidentify';
import { sampleBundle } from '../../testing/sample-bundle';
import { COMPANY_NAME_MAX } from './schema-records';
import { syntheticAssessments } from '../../testing/synthetic-assessments';

function fresh() {
	let n = 0;
	return () => `fresh-${++n}`;
}

describe('keep both', () => {
	it('gives the copy and every row it owns new ids; nothing points at the old ones', () => {
		for (const item of [
			sampleBundle().assessments[0]!,
			...syntheticAssessments(1, { vendors: 2 })
		]) {
			const copy = reidentify(item, fresh());
			const oldIds = [
				item.assessment.id,
				...item.evidence.map((r) => r.id),
				...item.tasks.map((r) => r.id),
				...item.vendors.map((r) => r.id),
				...item.snapshots.map((r) => r.id)
			];
			const text = JSON.stringify({
				...copy,
				snapshots: copy.snapshots.map((s) => ({ ...s, data: s.data.assessment.id }))
			});
			for (const id of oldIds) expect(text).not.toContain(`"${id}"`);
			const owner = copy.assessment.id;
			for (const rows of [
				copy.answers,
				copy.controls,
				copy.evidence,
				copy.tasks,
				copy.policies,
				copy.vendors,
				copy.snapshots
			])
				for (const row of rows) expect(row.assessmentId).toBe(owner);
			expect(copy.controls.map((c) => c.controlId)).toEqual(item.controls.map((c) => c.controlId));
		}
	});

	it('keeps names within the limit while adding the suffix', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: COMPANY_NAME_MAX }), (name) => {
				const result = importedName(name);
				expect(result.endsWith(' (imported)')).toBe(true);
				expect(result.length).toBeLessThanOrEqual(COMPANY_NAME_MAX);
				if (name.length + 11 <= COMPANY_NAME_MAX) expect(result).toBe(`${name} (imported)`);
			})
		);
	});
});
