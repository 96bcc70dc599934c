/** Comparisons of control statuses, gaps and tasks, and general properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { compareSnapshots } from './comparison';
import {
	IAM02_DONE,
	data,
	evidence,
	policy,
	side,
	state,
	task,
	with_
} from '../../testing/snapshots';
import type { ControlStatus } from '../types';

describe('compareSnapshots: nothing changed', () => {
	it('reports no changes and zero deltas between identical sides', () => {
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', IAM02_DONE),
			side('Now', '2027-01-01', IAM02_DONE)
		);
		expect(r.statusChanges).toEqual([]);
		expect(r.gapsClosed).toEqual([]);
		expect(r.gapsOpened).toEqual([]);
		expect(r.tasksCompleted).toEqual([]);
		expect(r.controlsAdded).toEqual([]);
		expect(r.controlsRemoved).toEqual([]);
		expect(r.catalogChanged).toBe(false);
		expect(r.catalogNote).toBeNull();
		expect(r.overall.type1.delta).toBe(0);
		for (const c of r.byCriterion.type1) {
			expect(c.afterState).toBe(c.beforeState);
			expect(c.after).toBe(c.before);
			// Not covered on both sides: no number, so no delta either.
			expect(c.delta).toBe(c.beforeState === 'scored' ? 0 : null);
		}
		expect(r.byCategory.type1.map((c) => c.categoryId)).toEqual(['security']);
	});
});

describe('compareSnapshots: control changes', () => {
	it('lists a status change and scores it', () => {
		const before = data();
		const after = with_(before, { controls: [state('IAM-02', { status: 'in_progress' })] });
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', after)
		);
		expect(r.statusChanges).toEqual([
			{
				controlId: 'IAM-02',
				title: 'Multi-factor authentication enforced for all staff accounts',
				// Never answered before: not assessed, not "not started".
				from: 'not_assessed',
				to: 'in_progress'
			}
		]);
		const o = r.overall.type1;
		expect(o.before).toBe(0);
		expect(o.after).toBeGreaterThan(0);
		expect(o.delta).toBe((o.after ?? 0) - (o.before ?? 0));
		const cc61 = r.byCriterion.type1.find((c) => c.criterionId === 'CC6.1');
		expect(cc61?.beforeState).toBe('scored');
		expect(cc61?.delta).toBeGreaterThan(0);
		// Only partly done: the not-implemented gap is still open.
		expect(r.gapsClosed).toEqual([]);
	});

	it('reports a gap closed when a control is done with evidence and an approved policy', () => {
		// Answered "not started" before: a control nobody had answered had no gap to close.
		const before = with_(data(), {
			controls: [state('IAM-02')],
			policies: [policy('POL-ACCESS', 'approved')]
		});
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', IAM02_DONE)
		);
		expect(r.gapsClosed).toEqual([
			{
				controlId: 'IAM-02',
				title: 'Multi-factor authentication enforced for all staff accounts',
				kinds: ['not_implemented'],
				whole: true
			}
		]);
		expect(r.gapsOpened).toEqual([]);
	});

	it('shows the gap that remains when a control is implemented without evidence', () => {
		const before = with_(data(), {
			controls: [state('IAM-02')],
			policies: [policy('POL-ACCESS', 'approved')]
		});
		const after = with_(before, { controls: [state('IAM-02', { status: 'implemented' })] });
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', after)
		);
		expect(r.gapsClosed).toEqual([
			expect.objectContaining({ controlId: 'IAM-02', kinds: ['not_implemented'], whole: false })
		]);
		expect(r.gapsOpened).toEqual([
			expect.objectContaining({ controlId: 'IAM-02', kinds: ['no_evidence'], whole: false })
		]);
	});

	it('reports gaps opened when evidence is removed and the policy goes back to draft', () => {
		const after = with_(IAM02_DONE, { evidence: [], policies: [policy('POL-ACCESS', 'draft')] });
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', IAM02_DONE),
			side('Now', '2027-03-01', after)
		);
		expect(r.gapsOpened).toEqual([
			expect.objectContaining({
				controlId: 'IAM-02',
				kinds: ['no_evidence', 'policy'],
				whole: true
			})
		]);
		expect(r.overall.type1.delta).toBeLessThan(0);
	});

	it('reports the evidence gap closed when evidence is added, for the report type it covers', () => {
		const before = with_(IAM02_DONE, { evidence: [] });
		const after = with_(IAM02_DONE, { evidence: [evidence('IAM-02', 'type1')] });
		const type1 = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', after)
		);
		expect(type1.reportType).toBe('type1');
		expect(type1.gapsClosed).toEqual([
			expect.objectContaining({ controlId: 'IAM-02', kinds: ['no_evidence'], whole: true })
		]);
		const type2 = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', after),
			{ reportType: 'type2' }
		);
		expect(type2.gapsClosed).toEqual([]);
	});

	it('judges a recurring control as of each side’s own date, so it can become overdue', () => {
		// IAM-07 is a quarterly access review: overdue once more than 100 days have passed.
		const d = with_(data('type2'), {
			controls: [
				state('IAM-07', {
					status: 'implemented',
					lastPerformed: '2027-01-10',
					// In place long before either window and run every quarter up to January, so
					// only the schedule as of each side's date can open a gap.
					occurrences: ['2026-10-05', '2026-07-01', '2026-04-01', '2026-01-05'],
					inPlaceSince: '2025-01-01'
				})
			],
			// Dated inside both sides' windows.
			evidence: [{ ...evidence('IAM-07', 'both'), collectedAt: '2027-01-10' }],
			policies: [policy('POL-ACCESS', 'approved')]
		});
		const r = compareSnapshots(catalog, side('Feb', '2027-02-01', d), side('Now', '2027-06-01', d));
		expect(r.reportType).toBe('type2');
		expect(r.statusChanges).toEqual([]);
		expect(r.gapsOpened).toEqual([
			expect.objectContaining({ controlId: 'IAM-07', kinds: ['overdue'], whole: true })
		]);
		expect(r.overall.type2.delta).toBeLessThan(0);
		// A performance recorded and since gone stale is not in place today: Type I drops too.
		expect(r.overall.type1.delta).toBeLessThan(0);
	});

	it('closes the gaps of a control the user marks Not applicable, and shows the status change', () => {
		const before = with_(data(), { controls: [state('IAM-02', { status: 'planned' })] });
		const after = with_(data(), {
			controls: [state('IAM-02', { status: 'not_applicable', naRationale: 'No staff accounts' })]
		});
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', after)
		);
		expect(r.statusChanges).toEqual([
			expect.objectContaining({ from: 'planned', to: 'not_applicable' })
		]);
		expect(r.gapsClosed).toEqual([expect.objectContaining({ controlId: 'IAM-02', whole: true })]);
		expect(r.controlsRemoved).toEqual([]);
	});
});

describe('compareSnapshots: tasks', () => {
	it('lists tasks that became done, matched by id, including ones created since', () => {
		const before = with_(data(), {
			tasks: [task('t1', 'todo'), task('t2', 'doing'), task('t3', 'done')]
		});
		const after = with_(data(), {
			tasks: [task('t1', 'done'), task('t2', 'doing'), task('t3', 'done'), task('t4', 'done')]
		});
		const r = compareSnapshots(
			catalog,
			side('Jan', '2027-01-01', before),
			side('Now', '2027-03-01', after)
		);
		expect(r.tasksCompleted).toEqual([
			{ taskId: 't1', title: 'Task t1', from: 'todo' },
			{ taskId: 't4', title: 'Task t4', from: null }
		]);
	});
});

describe('compareSnapshots properties', () => {
	const ids = catalog.controls.slice(0, 40).map((c) => c.id);
	const statuses: ControlStatus[] = [
		'not_started',
		'planned',
		'in_progress',
		'implemented',
		'not_applicable'
	];
	const arbData = fc
		.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...statuses), fc.boolean()), {
			maxLength: 25
		})
		.map((rows) => {
			const byId = new Map(rows.map(([id, status, ev]) => [id, { status, ev }]));
			return with_(data(), {
				controls: [...byId].map(([id, r]) => state(id, { status: r.status, naRationale: 'n/a' })),
				evidence: [...byId].filter(([, r]) => r.ev).map(([id]) => evidence(id, 'both'))
			});
		});

	it('is the mirror image when the sides are swapped', () => {
		fc.assert(
			fc.property(arbData, arbData, (x, y) => {
				const xy = compareSnapshots(
					catalog,
					side('x', '2027-01-01', x),
					side('y', '2027-01-01', y)
				);
				const yx = compareSnapshots(
					catalog,
					side('y', '2027-01-01', y),
					side('x', '2027-01-01', x)
				);
				expect((xy.overall.type1.delta ?? NaN) + (yx.overall.type1.delta ?? NaN)).toBe(0);
				expect(xy.gapsClosed.map((g) => g.controlId)).toEqual(
					yx.gapsOpened.map((g) => g.controlId)
				);
				expect(xy.statusChanges.map((s) => [s.controlId, s.from, s.to])).toEqual(
					yx.statusChanges.map((s) => [s.controlId, s.to, s.from])
				);
			}),
			{ numRuns: 40 }
		);
	});

	it('finds no change between a side and itself', () => {
		fc.assert(
			fc.property(arbData, (x) => {
				const r = compareSnapshots(catalog, side('x', '2027-01-01', x), side('x', '2027-01-01', x));
				expect(r.statusChanges.length + r.gapsClosed.length + r.gapsOpened.length).toBe(0);
				expect(r.overall.type2.delta).toBe(0);
			}),
			{ numRuns: 30 }
		);
	});
});
