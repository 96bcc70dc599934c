import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { evaluate } from '../scoring/evaluate';
import {
	controlStatusAfterDone,
	editTask,
	reconcileTasks,
	validateTask,
	MAX_TASK_EFFORT_DAYS,
	planGaps,
	schedulePlan
} from './tasks';
import { ASSESSMENT_ID, NOW, task } from '../../testing/planning';
import type { PlanGap, RemediationTask } from '../types';

const LATER = '2027-02-01T10:00:00.000Z';

function gap(key: string, extra: Partial<PlanGap> = {}): PlanGap {
	return {
		gapKey: key,
		title: `Implement: ${key}`,
		controlIds: [key.split(':')[1] ?? key],
		criteria: ['CC6.1'],
		ownerName: '',
		ownerDepartment: 'IT & Security',
		effortDays: 2,
		priorityPoints: 5,
		priority: 'high',
		priorityReason: 'Key control',
		dueDate: null,
		...extra
	};
}

function ids() {
	let n = 0;
	return () => `new-${++n}`;
}

/** Applies written tasks onto the existing list, as the repository would. */
function apply(existing: RemediationTask[], written: RemediationTask[]): RemediationTask[] {
	const byId = new Map(existing.map((t) => [t.id, t]));
	for (const t of written) byId.set(t.id, t);
	return [...byId.values()];
}

describe('reconcileTasks', () => {
	it('creates a task for each new gap', () => {
		const out = reconcileTasks(
			[],
			[gap('control:IAM-01', { dueDate: '2027-03-01' })],
			ASSESSMENT_ID,
			NOW,
			ids()
		);
		expect(out).toEqual([
			{
				id: 'new-1',
				assessmentId: ASSESSMENT_ID,
				gapKey: 'control:IAM-01',
				title: 'Implement: control:IAM-01',
				controlIds: ['IAM-01'],
				ownerName: '',
				ownerDepartment: 'IT & Security',
				effortDays: 2,
				startDate: null,
				dueDate: '2027-03-01',
				status: 'todo',
				notes: '',
				edited: [],
				resolved: false,
				createdAt: NOW,
				updatedAt: NOW
			}
		]);
	});

	it('returns nothing when the plan is already in step', () => {
		const gaps = [gap('control:IAM-01'), gap('policy:POL-ACCESS')];
		const first = reconcileTasks([], gaps, ASSESSMENT_ID, NOW, ids());
		expect(reconcileTasks(first, gaps, ASSESSMENT_ID, LATER, ids())).toEqual([]);
	});

	it('updates generated fields from the gap but keeps the ones the user edited', () => {
		const existing = task({
			id: 't-9',
			gapKey: 'control:IAM-01',
			title: 'My own title',
			effortDays: 2,
			edited: ['title'],
			status: 'doing'
		});
		const out = reconcileTasks(
			[existing],
			[gap('control:IAM-01', { effortDays: 4, ownerName: 'Zoë' })],
			ASSESSMENT_ID,
			LATER,
			ids()
		);
		expect(out).toEqual([
			{
				...existing,
				title: 'My own title',
				controlIds: ['IAM-01'],
				ownerName: 'Zoë',
				ownerDepartment: 'IT & Security',
				effortDays: 4,
				updatedAt: LATER
			}
		]);
	});

	it('resolves a task whose gap has gone, keeping its status, and reopens it when it returns', () => {
		const existing = task({ id: 't-2', gapKey: 'evidence:IAM-01', status: 'doing' });
		const [resolved] = reconcileTasks([existing], [], ASSESSMENT_ID, LATER, ids());
		expect(resolved).toEqual({ ...existing, resolved: true, updatedAt: LATER });
		if (!resolved) return;
		expect(reconcileTasks([resolved], [], ASSESSMENT_ID, LATER, ids())).toEqual([]);
		const back = reconcileTasks(
			[resolved],
			[
				gap('evidence:IAM-01', {
					title: 'Task',
					controlIds: [],
					ownerDepartment: 'Engineering',
					effortDays: 1
				})
			],
			ASSESSMENT_ID,
			NOW,
			ids()
		);
		expect(back).toEqual([{ ...resolved, resolved: false, updatedAt: NOW }]);
	});

	it('never touches custom tasks or tasks of another assessment', () => {
		const custom = task({ id: 'c-1', gapKey: null, title: 'Buy a shredder' });
		const other = task({ id: 'o-1', assessmentId: 'a-2', gapKey: 'control:IAM-01' });
		const out = reconcileTasks([custom, other], [gap('control:IAM-01')], ASSESSMENT_ID, NOW, ids());
		expect(out.map((t) => t.id)).toEqual(['new-1']);
	});

	it('reaches a fixed point: reconciling the result again writes nothing', () => {
		const keys = ['control:A', 'control:B', 'evidence:A', 'policy:P', 'vendor-review:v'];
		fc.assert(
			fc.property(
				fc.subarray(keys),
				fc.subarray(keys),
				fc.subarray(['title', 'effortDays', 'dueDate', 'ownerName']),
				(before, after, edited) => {
					const newId = ids();
					let tasks = apply(
						[],
						reconcileTasks(
							[],
							before.map((k) => gap(k)),
							ASSESSMENT_ID,
							NOW,
							newId
						)
					);
					tasks = tasks.map((t) => ({ ...t, edited, title: 'edited', effortDays: 9 }));
					const gaps = after.map((k) => gap(k, { effortDays: 3 }));
					tasks = apply(tasks, reconcileTasks(tasks, gaps, ASSESSMENT_ID, LATER, newId));
					expect(reconcileTasks(tasks, gaps, ASSESSMENT_ID, LATER, newId)).toEqual([]);
					for (const t of tasks) {
						const key = t.gapKey ?? '';
						expect(t.resolved).toBe(!after.includes(key));
						// An edited title survives; otherwise a live gap restores it and a resolved
						// task is left as it was.
						const keepsEdit = edited.includes('title') || !after.includes(key);
						expect(t.title === 'edited').toBe(before.includes(key) && keepsEdit);
						if (after.includes(key) && !edited.includes('effortDays')) expect(t.effortDays).toBe(3);
					}
					expect(new Set(tasks.map((t) => t.gapKey)).size).toBe(tasks.length);
				}
			)
		);
	});
});

describe('editTask', () => {
	it('applies the edit, cleans text and records the changed generated fields', () => {
		const t = task({ gapKey: 'control:IAM-01', title: 'Implement: SSO', effortDays: 2 });
		const out = editTask(
			t,
			{ title: '  Roll out   SSO ', effortDays: 2, dueDate: '2027-04-01', notes: 'ask IT' },
			LATER
		);
		expect(out).toEqual({
			...t,
			title: 'Roll out SSO',
			dueDate: '2027-04-01',
			notes: 'ask IT',
			edited: ['title', 'dueDate'],
			updatedAt: LATER
		});
	});

	it('ignores fields given as undefined', () => {
		const t = task({ dueDate: '2027-05-01' });
		expect(editTask(t, { dueDate: undefined, notes: 'x' }, LATER)).toEqual({
			...t,
			notes: 'x',
			updatedAt: LATER
		});
	});

	it('keeps earlier edits', () => {
		const t = task({ edited: ['ownerName'] });
		expect(editTask(t, { effortDays: 3 }, LATER).edited).toEqual(['ownerName', 'effortDays']);
	});
});

describe('validateTask', () => {
	it('accepts a sound edit', () => {
		expect(
			validateTask({
				title: 'Write policy',
				effortDays: 0.5,
				startDate: '2027-02-01',
				dueDate: '2027-02-01'
			})
		).toEqual({});
	});

	it('requires a title of at most 200 characters', () => {
		expect(validateTask({ title: '   ' }).title).toBe('Enter a title for the task.');
		expect(validateTask({ title: 'x'.repeat(201) }).title).toMatch(
			/200 characters \(this one has 201\)/
		);
	});

	it('requires an effort above 0 and at most a year', () => {
		expect(validateTask({ effortDays: 0 }).effortDays).toMatch(/above 0/);
		expect(validateTask({ effortDays: Number.NaN }).effortDays).toMatch(/above 0/);
		expect(validateTask({ effortDays: MAX_TASK_EFFORT_DAYS + 1 }).effortDays).toMatch(/365/);
		expect(validateTask({ effortDays: MAX_TASK_EFFORT_DAYS })).toEqual({});
	});

	it('rejects dates that do not exist and a due date before the start', () => {
		expect(validateTask({ dueDate: '2027-02-30' }).dueDate).toMatch(/real due date/);
		expect(validateTask({ startDate: 'soon' }).startDate).toMatch(/real start date/);
		expect(validateTask({ startDate: '2027-03-02', dueDate: '2027-03-01' }).dueDate).toMatch(
			/before the start date/
		);
		expect(
			validateTask({ dueDate: '2027-03-01' }, { startDate: '2027-03-05', dueDate: null }).dueDate
		).toMatch(/before the start date/);
		expect(
			validateTask({ startDate: null }, { startDate: '2027-03-05', dueDate: '2027-03-01' })
		).toEqual({});
	});
});

describe('controlStatusAfterDone', () => {
	it('offers to mark the control implemented when its control task is done', () => {
		expect(
			controlStatusAfterDone({ gapKey: 'control:IAM-01', status: 'done' }, 'in_progress')
		).toEqual({
			controlId: 'IAM-01',
			status: 'implemented'
		});
	});

	it('offers nothing for other tasks, open tasks or a control already implemented', () => {
		expect(controlStatusAfterDone({ gapKey: 'evidence:IAM-01', status: 'done' })).toBeNull();
		expect(controlStatusAfterDone({ gapKey: null, status: 'done' })).toBeNull();
		expect(controlStatusAfterDone({ gapKey: 'control:IAM-01', status: 'doing' })).toBeNull();
		expect(
			controlStatusAfterDone({ gapKey: 'control:IAM-01', status: 'done' }, 'implemented')
		).toBeNull();
	});
});

describe('the plan for the real catalog', () => {
	it('turns an empty assessment into valid tasks that schedule', () => {
		const today = '2027-01-04';
		const evaluation = evaluate(
			catalog,
			{
				assessment: { includedCategories: [], declinedCategories: [] },
				answers: [],
				controls: [],
				evidence: [],
				policies: []
			},
			today
		);
		const gaps = planGaps({ evaluation, catalog, reportType: 'type2', policyStates: [] });
		const tasks = reconcileTasks([], gaps, ASSESSMENT_ID, NOW, ids());
		expect(tasks).toHaveLength(gaps.length);
		expect(new Set(tasks.map((t) => t.gapKey)).size).toBe(tasks.length);
		for (const t of tasks) expect(validateTask(t)).toEqual({});
		const plan = { startDate: null, capacityPerWeek: 3, departmentCapacity: {} };
		const r = schedulePlan(tasks, plan, { today, reportType: 'type2', observationMonths: 6, gaps });
		expect(r.ok && r.tasks.length).toBe(tasks.length);
	});
});
