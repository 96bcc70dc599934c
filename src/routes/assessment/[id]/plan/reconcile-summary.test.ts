import { describe, expect, it } from 'vitest';
import { reconcileTasks } from '$lib/domain/planning/tasks';
import {
	ASSESSMENT_ID,
	controlState,
	evaluateMini,
	MINI_CATALOG,
	NOW,
	task
} from '$lib/testing/planning';
import { planGaps } from '$lib/domain/planning/plan-gaps';
import { describeChanges, describePending, isEmpty, summariseChanges } from './reconcile-summary';

function gapsFor(states = [controlState('GOV-01')]) {
	const evaluation = evaluateMini({ controls: states });
	return planGaps({ evaluation, catalog: MINI_CATALOG, reportType: 'type2', policyStates: [] });
}

describe('summariseChanges', () => {
	it('counts every task of a first generation as added', () => {
		const gaps = gapsFor();
		let n = 0;
		const changes = reconcileTasks([], gaps, ASSESSMENT_ID, NOW, () => `id-${n++}`);
		expect(summariseChanges([], changes)).toEqual({ added: gaps.length, updated: 0, resolved: 0 });
	});

	it('counts closed gaps as resolved and changed ones as updated', () => {
		let n = 0;
		const first = reconcileTasks([], gapsFor(), ASSESSMENT_ID, NOW, () => `id-${n++}`);
		// GOV-01 implemented: its "Implement" task resolves; evidence and schedule tasks appear.
		const later = gapsFor([controlState('GOV-01', { status: 'implemented' })]);
		const changes = reconcileTasks(first, later, ASSESSMENT_ID, NOW, () => `id-${n++}`);
		const s = summariseChanges(first, changes);
		expect(s.resolved).toBe(1);
		expect(s.added).toBeGreaterThan(0);
		expect(s.added + s.updated + s.resolved).toBe(changes.length);
	});

	it('counts a task whose gap returned as updated', () => {
		const old = task({ id: 'x', gapKey: 'control:A', resolved: true });
		expect(summariseChanges([old], [{ ...old, resolved: false }])).toEqual({
			added: 0,
			updated: 1,
			resolved: 0
		});
	});
});

describe('describeChanges', () => {
	it('says what happened in one sentence', () => {
		expect(describeChanges({ added: 12, updated: 1, resolved: 2 })).toBe(
			'Added 12 tasks, updated 1 task and marked 2 tasks resolved.'
		);
		expect(describeChanges({ added: 0, updated: 0, resolved: 1 })).toBe('Marked 1 task resolved.');
		expect(describeChanges({ added: 3, updated: 0, resolved: 0 })).toBe('Added 3 tasks.');
	});

	it('says when nothing changed', () => {
		const none = { added: 0, updated: 0, resolved: 0 };
		expect(isEmpty(none)).toBe(true);
		expect(describeChanges(none)).toMatch(/already up to date/);
		expect(isEmpty({ ...none, added: 1 })).toBe(false);
	});
});

describe('describePending', () => {
	it('says what updating would do, or that the plan is up to date', () => {
		expect(describePending({ added: 3, updated: 0, resolved: 1 })).toBe(
			'Your gaps have changed since the plan was last updated. Updating would add 3 tasks and mark 1 task resolved.'
		);
		expect(describePending({ added: 0, updated: 0, resolved: 0 })).toBe(
			'The plan is up to date with your gaps.'
		);
	});
});
