/** Comparisons across scope changes, catalog updates and snapshots. */
import { describe, expect, it } from 'vitest';
import { catalog, type Catalog } from '$lib/catalog';
import { compareSnapshots } from './comparison';
import {
	IAM02_DONE,
	NOW,
	answer,
	data,
	evidence,
	policy,
	side,
	state,
	with_
} from '../../testing/snapshots';
import { currentSide, snapshotSide, takeSnapshot } from './snapshots';

describe('compareSnapshots: scope changes', () => {
	const before = data();
	const after = with_(data(), { answers: [answer('availability_commitments', 'sla')] });

	it('lists controls added by a category coming into scope, and reports the category', () => {
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', after)
		);
		const availability = catalog.controls.filter((c) =>
			catalog.criteria.some((cr) => cr.id === c.criteria[0] && cr.category === 'availability')
		);
		const added = r.controlsAdded.map((c) => c.controlId);
		expect(added).toContain('AVL-01');
		expect(added.every((id) => availability.some((c) => c.id === id))).toBe(true);
		const avl = r.controlsAdded.find((c) => c.controlId === 'AVL-01');
		expect(avl?.why).toBe('scope');
		expect(avl?.note).toBe(
			'Applies now after a scope change. Before: Availability category is not in scope.'
		);
		expect(r.controlsRemoved).toEqual([]);
		// New controls are not double-counted as opened gaps.
		expect(r.gapsOpened).toEqual([]);
		expect(r.byCategory.type1.find((c) => c.categoryId === 'availability')).toEqual(
			expect.objectContaining({
				before: null,
				beforeState: 'out_of_scope',
				after: 0,
				afterState: 'scored',
				delta: null
			})
		);
		expect(r.byCriterion.type1.find((c) => c.criterionId === 'A1.1')).toEqual(
			expect.objectContaining({ beforeState: 'out_of_scope', afterState: 'scored', delta: null })
		);
	});

	it('lists controls removed when a category leaves scope, with the reason', () => {
		const r = compareSnapshots(
			catalog,
			side('Mar', '2027-03-01', after),
			side('Now', '2027-04-01', before)
		);
		expect(r.controlsRemoved.find((c) => c.controlId === 'AVL-01')).toEqual({
			controlId: 'AVL-01',
			title: catalog.controls.find((c) => c.id === 'AVL-01')?.title,
			why: 'scope',
			note: 'No longer applies after a scope change. Now: Availability category is not in scope.'
		});
		expect(r.byCategory.type1.find((c) => c.categoryId === 'availability')?.afterState).toBe(
			'out_of_scope'
		);
	});

	it('lists a single control that a scoping answer brings into scope', () => {
		const offices = with_(data(), { answers: [answer('offices', 'own')] });
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', offices)
		);
		expect(r.controlsAdded.map((c) => c.controlId)).toEqual(['PHY-01', 'PHY-02']);
		expect(r.controlsAdded.every((c) => c.why === 'scope')).toBe(true);
	});

	it('reports a criterion left with no applicable control as not covered, never as 0', () => {
		// The security criterion supported by the fewest controls; mark them all Not applicable.
		const counts = new Map<string, string[]>();
		for (const c of catalog.controls)
			for (const cr of c.criteria) counts.set(cr, [...(counts.get(cr) ?? []), c.id]);
		const [criterionId, ids] = [...counts]
			.filter(([id]) => id.startsWith('CC'))
			.sort((x, y) => x[1].length - y[1].length)[0] ?? ['', []];
		expect(ids.length).toBeGreaterThan(0);
		const after = with_(data(), {
			// Reviewed reasons: an N/A still awaiting review keeps counting in its criteria.
			controls: ids.map((id) =>
				state(id, {
					status: 'not_applicable',
					naRationale: 'This control has no subject anywhere in our scope.',
					naReviewedAt: '2027-01-02T09:00:00.000Z'
				})
			)
		});
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', data()),
			side('Now', '2027-03-01', after)
		);
		expect(r.byCriterion.type1.find((c) => c.criterionId === criterionId)).toEqual(
			expect.objectContaining({
				before: 0,
				beforeState: 'scored',
				after: null,
				afterState: 'not_covered',
				delta: null
			})
		);
	});
});

describe('compareSnapshots: catalog updates', () => {
	const iam02 = catalog.controls.find((c) => c.id === 'IAM-02');
	if (!iam02) throw new Error('IAM-02 missing from the catalog');
	const updated: Catalog = {
		...catalog,
		version: '2026.2',
		controls: [
			...catalog.controls.filter((c) => c.id !== 'IAM-03'),
			{ ...iam02, id: 'NEW-01', title: 'A control new in 2026.2', key: false }
		]
	};

	it('lists controls added and removed by the update, and compares only shared controls', () => {
		const before = with_(data(), {
			controls: [state('IAM-03', { status: 'implemented' })],
			evidence: [evidence('IAM-03', 'both')],
			policies: [policy('POL-ACCESS', 'approved')]
		});
		const after = with_(data(), {
			controls: [state('NEW-01', { status: 'implemented' })],
			evidence: [evidence('NEW-01', 'both')],
			policies: [policy('POL-ACCESS', 'approved')]
		});
		const r = compareSnapshots(
			updated,
			side('Jan', '2027-01-01', before, { catalog }),
			side('Now', '2027-03-01', after, { catalog: updated, catalogVersion: '2026.2' })
		);
		expect(r.controlsAdded).toEqual([
			{
				controlId: 'NEW-01',
				title: 'A control new in 2026.2',
				why: 'catalog',
				note: 'New in catalog version 2026.2.'
			}
		]);
		expect(r.controlsRemoved).toEqual([
			expect.objectContaining({
				controlId: 'IAM-03',
				why: 'catalog',
				note: 'Not in catalog version 2026.2.'
			})
		]);
		expect(r.catalogChanged).toBe(true);
		expect(r.catalogNote).toContain(
			`only the ${catalog.controls.length - 1} controls both versions contain`
		);
		// Work on controls only one side knows does not move the compared scores.
		expect(r.overall.type1).toEqual(expect.objectContaining({ before: 0, after: 0, delta: 0 }));
		expect(r.statusChanges).toEqual([]);
		expect(r.after.catalogVersion).toBe('2026.2');
	});

	it('lists saved work on a control no catalog knows as removed instead of failing', () => {
		const before = with_(data(), { controls: [state('GONE-99', { status: 'implemented' })] });
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', data())
		);
		expect(r.controlsRemoved).toEqual([
			{
				controlId: 'GONE-99',
				title: 'GONE-99',
				why: 'catalog',
				note: `Not in catalog version ${catalog.version}.`
			}
		]);
		expect(r.statusChanges).toEqual([]);
	});

	it('says so when an older version is no longer available and the current one stands in', () => {
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', data(), { catalogVersion: '2025.4' }),
			side('Now', '2027-03-01', data())
		);
		expect(r.catalogChanged).toBe(true);
		expect(r.catalogNote).toBe(
			`The two sides were made with different catalog versions: "Jan" with 2025.4, "Now" with ${catalog.version}. This app no longer has version 2025.4, so "Jan" is scored with version ${catalog.version}.`
		);
		expect(r.controlsAdded).toEqual([]);
		expect(r.overall.type1.delta).toBe(0);
	});
});

describe('compareSnapshots with snapshots', () => {
	it('compares an empty assessment snapshot, which records zero, with later work', () => {
		const taken = takeSnapshot(data(), 'Baseline', 's1', NOW, catalog.version, []);
		if (!taken.ok) throw new Error(taken.error);
		const r = compareSnapshots(
			catalog,
			snapshotSide(taken.snapshot),
			currentSide(IAM02_DONE, '2027-04-01')
		);
		expect(r.before).toEqual({
			label: 'Baseline',
			date: '2027-03-01',
			catalogVersion: catalog.version
		});
		expect(r.after.label).toBe('Now');
		expect(r.overall.type1.before).toBe(0);
		expect(r.overall.type1.beforeState).toBe('scored');
		expect(r.overall.type1.delta).toBeGreaterThan(0);
	});
});
