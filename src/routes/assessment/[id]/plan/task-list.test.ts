import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { task } from '$lib/testing/planning';
import type { PlanGap, RemediationTask } from '$lib/domain/types';
import {
	CUSTOM_REASON,
	DEFAULT_TASK_FILTERS,
	RESOLVED_REASON,
	filterTasks,
	isFiltered,
	paginate,
	taskViews,
	type TaskFilters,
	type TaskView
} from './task-list';

const gap = (gapKey: string, extra: Partial<PlanGap> = {}): PlanGap => ({
	gapKey,
	title: gapKey,
	controlIds: [],
	criteria: [],
	ownerName: '',
	ownerDepartment: null,
	effortDays: 1,
	priorityPoints: 5,
	priority: 'high',
	priorityReason: 'Key control, supports 2 criteria, not started',
	dueDate: null,
	...extra
});

const CRITERIA: Record<string, string[]> = { 'IAM-01': ['CC6.1', 'CC6.2'], 'IAM-07': ['CC6.2'] };
const criteriaOf = (id: string) => CRITERIA[id] ?? [];

function views(tasks: RemediationTask[], gaps: PlanGap[] = []): TaskView[] {
	return taskViews({ tasks, gaps, criteriaOf, scheduled: [] });
}

describe('taskViews', () => {
	it('takes priority and reason from the gap of a generated task', () => {
		const [v] = views(
			[task({ id: 'a', gapKey: 'control:IAM-01', controlIds: ['IAM-01'] })],
			[gap('control:IAM-01', { priority: 'low', priorityPoints: 2, priorityReason: 'Why' })]
		);
		expect(v).toMatchObject({ priority: 'low', points: 2, reason: 'Why' });
		expect(v?.criteria).toEqual(['CC6.1', 'CC6.2']);
	});

	it('counts a custom task as medium and says so', () => {
		const [v] = views([task({ gapKey: null })]);
		expect(v).toMatchObject({ priority: 'medium', points: 3, reason: CUSTOM_REASON });
	});

	it('gives a resolved task no priority, whether or not its gap is still listed', () => {
		const gone = views([task({ gapKey: 'control:X' })]);
		const flagged = views([task({ gapKey: 'control:X', resolved: true })], [gap('control:X')]);
		for (const v of [...gone, ...flagged])
			expect(v).toMatchObject({ priority: null, reason: RESOLVED_REASON });
	});

	it('merges criteria of several controls once each, else falls back to the gap', () => {
		const [both] = views([task({ controlIds: ['IAM-01', 'IAM-07'] })]);
		expect(both?.criteria).toEqual(['CC6.1', 'CC6.2']);
		const [policy] = views(
			[task({ gapKey: 'policy:P', controlIds: ['UNKNOWN'] })],
			[gap('policy:P', { criteria: ['CC1.1'] })]
		);
		expect(policy?.criteria).toEqual(['CC1.1']);
	});

	it('attaches the projected dates of open tasks', () => {
		const [v] = taskViews({
			tasks: [task({ id: 'a' })],
			gaps: [],
			criteriaOf,
			scheduled: [{ taskId: 'a', start: '2027-01-01', end: '2027-01-05', late: false }]
		});
		expect(v?.scheduled?.end).toBe('2027-01-05');
	});
});

describe('filterTasks', () => {
	const all = views(
		[
			task({ id: '1', title: 'Write policy', gapKey: 'policy:A', ownerDepartment: 'Legal' }),
			task({ id: '2', title: 'Set up SSO', gapKey: 'control:IAM-01', controlIds: ['IAM-01'] }),
			task({ id: '3', title: 'Buy locks', status: 'done', ownerDepartment: null }),
			task({ id: '4', title: 'Old work', gapKey: 'control:OLD', resolved: true }),
			task({ id: '5', title: 'Draft notes', status: 'doing', dueDate: '2027-01-02' })
		],
		[
			gap('policy:A', { priority: 'medium', priorityPoints: 3 }),
			gap('control:IAM-01', { priority: 'high', priorityPoints: 6 })
		]
	);
	const ids = (f: Partial<TaskFilters>) =>
		filterTasks(all, { ...DEFAULT_TASK_FILTERS, ...f }).map((v) => v.task.id);

	it('orders open work by priority, then done, then resolved', () => {
		expect(ids({})).toEqual(['2', '5', '1', '3', '4']);
	});

	it('orders by due date inside each group, dated first', () => {
		expect(ids({ sort: 'due' })).toEqual(['5', '2', '1', '3', '4']);
	});

	it('orders by title alone when asked', () => {
		expect(ids({ sort: 'title' })).toEqual(['3', '5', '4', '2', '1']);
	});

	it('filters by status, open meaning to do or doing and not resolved', () => {
		expect(ids({ status: 'open' })).toEqual(['2', '5', '1']);
		expect(ids({ status: 'done' })).toEqual(['3']);
		expect(ids({ status: 'doing' })).toEqual(['5']);
	});

	it('filters by department, including tasks without one', () => {
		expect(ids({ department: 'Legal' })).toEqual(['1']);
		expect(ids({ department: 'none' })).toEqual(['3']);
	});

	it('filters by priority and hides resolved tasks on request', () => {
		expect(ids({ priority: 'high' })).toEqual(['2']);
		expect(ids({ priority: 'medium' })).toEqual(['5', '1', '3']);
		expect(ids({ hideResolved: true })).not.toContain('4');
	});

	it('searches title, controls and criteria without caring about case', () => {
		expect(ids({ query: 'sso' })).toEqual(['2']);
		expect(ids({ query: 'cc6.2' })).toEqual(['2']);
		expect(ids({ query: '  ' })).toHaveLength(5);
	});

	it('reports whether anything narrows the list', () => {
		expect(isFiltered(DEFAULT_TASK_FILTERS)).toBe(false);
		expect(isFiltered({ ...DEFAULT_TASK_FILTERS, sort: 'title' })).toBe(false);
		expect(isFiltered({ ...DEFAULT_TASK_FILTERS, hideResolved: true })).toBe(true);
	});

	it('never loses or invents a task, whatever the sort', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('priority', 'due', 'title') as fc.Arbitrary<TaskFilters['sort']>,
				(sort) => {
					const out = ids({ sort });
					expect([...out].sort()).toEqual(['1', '2', '3', '4', '5']);
				}
			)
		);
	});
});

describe('paginate', () => {
	const items = Array.from({ length: 120 }, (_, i) => i);

	it('cuts a list into pages with 1-based positions', () => {
		const p = paginate(items, 1, 50);
		expect(p).toMatchObject({ page: 1, pages: 3, from: 51, to: 100, total: 120 });
		expect(p.items[0]).toBe(50);
		expect(paginate(items, 2, 50)).toMatchObject({ from: 101, to: 120 });
	});

	it('clamps a page that no longer exists', () => {
		expect(paginate(items, 9, 50).page).toBe(2);
		expect(paginate(items, -3, 50).page).toBe(0);
		expect(paginate(items, Number.NaN, 50).page).toBe(0);
	});

	it('has one empty page for an empty list', () => {
		expect(paginate([], 4)).toEqual({ items: [], page: 0, pages: 1, from: 0, to: 0, total: 0 });
	});

	it('shows every item exactly once across its pages', () => {
		fc.assert(
			fc.property(fc.nat(300), fc.integer({ min: 1, max: 60 }), (n, size) => {
				const list = Array.from({ length: n }, (_, i) => i);
				const { pages } = paginate(list, 0, size);
				const seen = Array.from({ length: pages }, (_, p) => paginate(list, p, size).items).flat();
				expect(seen).toEqual(list);
			})
		);
	});
});
