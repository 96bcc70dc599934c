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
				...item.people.map((r) => r.id),
				...item.personChecks.map((r) => r.id),
				...item.accessReviews.map((r) => r.id),
				...item.peopleSamples.map((r) => r.id),
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
				copy.people,
				copy.personChecks,
				copy.accessReviews,
				copy.peopleSamples,
				copy.snapshots
			])
				for (const row of rows) expect(row.assessmentId).toBe(owner);
			expect(copy.controls.map((c) => c.controlId)).toEqual(item.controls.map((c) => c.controlId));
		}
	});

	it("moves the roster's links with it: checks, samples and a check's files name the new people", () => {
		const [item] = syntheticAssessments(1, { vendors: 0 });
		if (!item) throw new Error('no assessment');
		const check = item.personChecks[0];
		if (!check) throw new Error('no check');
		const file = {
			id: 'file-1',
			assessmentId: item.assessment.id,
			ownerKind: 'check' as const,
			ownerId: check.id,
			name: 'training.pdf',
			type: 'application/pdf',
			declaredType: 'application/pdf',
			size: 3,
			sha256: '0'.repeat(64),
			addedAt: '2026-01-02T10:00:00.000Z',
			addedBy: 'Ana',
			replaces: null,
			replacedBy: null,
			updatedAt: '2026-01-02T10:00:00.000Z'
		};
		const copy = reidentify({ ...item, files: [file] }, fresh());
		const people = new Set(copy.people.map((p) => p.id));
		expect(people.size).toBe(item.people.length);
		for (const c of copy.personChecks) expect(people.has(c.personId)).toBe(true);
		for (const s of copy.peopleSamples)
			for (const it of s.items) {
				expect(people.has(it.personId)).toBe(true);
				expect(it.key.split('|')[0]).toBe(it.personId);
			}
		const movedCheck = copy.personChecks[item.personChecks.indexOf(check)];
		expect(copy.files[0]?.ownerId).toBe(movedCheck?.id);
		expect(copy.files[0]?.ownerId).not.toBe(check.id);
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
