import { describe, expect, it } from 'vitest';
import { departmentView, openControlWork } from './departments';
import { TODAY, controlState, evaluateMini, task } from '../../testing/planning';
import { DEPARTMENTS } from '../types';

describe('departmentView', () => {
	it('returns all nine departments in order, even with nothing to do', () => {
		const view = departmentView(evaluateMini(), [], TODAY);
		expect(view.rows.map((r) => r.department)).toEqual([...DEPARTMENTS]);
		expect(view.rows.find((r) => r.department === 'HR')).toEqual({
			department: 'HR',
			controls: 0,
			implemented: 0,
			openTasks: 0,
			dueSoon: 0,
			overdue: 0,
			openEffortDays: 0
		});
	});

	it("counts applicable controls by the owner set on the control, else the catalog's department", () => {
		const view = departmentView(
			evaluateMini({
				controls: [
					controlState('IAM-01', { status: 'implemented', ownerDepartment: 'Engineering' }),
					controlState('IAM-07', { status: 'implemented' }),
					controlState('OPS-01', { status: 'not_applicable' })
				]
			}),
			[],
			TODAY
		);
		const row = (d: string) => view.rows.find((r) => r.department === d);
		// ENG-01 and IAM-01 (moved) for Engineering; OPS-02 is out of scope, OPS-01 not applicable.
		expect(row('Engineering')).toMatchObject({ controls: 2, implemented: 1 });
		expect(row('IT & Security')).toMatchObject({ controls: 1, implemented: 1 });
		expect(row('Leadership')).toMatchObject({ controls: 1, implemented: 0 });
		expect(row('Operations')).toMatchObject({ controls: 0 });
	});

	it('counts open tasks, due soon, overdue and workload; tasks without a department stay visible', () => {
		const tasks = [
			task({ id: '1', effortDays: 1.5, dueDate: '2027-01-14' }),
			task({ id: '2', effortDays: 2, dueDate: TODAY }),
			task({ id: '3', effortDays: 0.5, dueDate: '2027-01-29' }),
			task({ id: '4', effortDays: 1, dueDate: '2027-01-30' }),
			task({ id: '5', effortDays: 9, status: 'done', dueDate: '2026-01-01' }),
			task({ id: '6', effortDays: 9, resolved: true, dueDate: '2026-01-01' }),
			task({ id: '7', effortDays: 3, ownerDepartment: null, dueDate: '2027-01-01' })
		];
		const view = departmentView(evaluateMini(), tasks, TODAY);
		expect(view.rows.find((r) => r.department === 'Engineering')).toMatchObject({
			openTasks: 4,
			overdue: 1,
			dueSoon: 2,
			openEffortDays: 5
		});
		expect(view.unassigned).toEqual({ openTasks: 1, dueSoon: 0, overdue: 1, openEffortDays: 3 });
	});

	it('keeps workload sums free of floating-point noise', () => {
		const tasks = [0.1, 0.2].map((effortDays, i) => task({ id: String(i), effortDays }));
		const eng = departmentView(evaluateMini(), tasks, TODAY).rows[1];
		expect(eng?.openEffortDays).toBe(0.3);
	});
});

describe('openControlWork', () => {
	it('sums the catalog effort of controls not yet implemented, by owning department', () => {
		const work = openControlWork(
			evaluateMini({
				controls: [
					controlState('IAM-01', { status: 'implemented' }),
					controlState('IAM-07', { status: 'in_progress', ownerDepartment: 'HR' }),
					controlState('OPS-01', { status: 'not_applicable' }),
					// Out of scope: no work, whatever its status.
					controlState('OPS-02', { status: 'planned' })
				]
			})
		);
		// GOV-01 3 days (Leadership), ENG-01 1 day (Engineering), IAM-07 2 days moved to HR.
		expect(work).toEqual([
			{ department: 'Leadership', days: 3 },
			{ department: 'Engineering', days: 1 },
			{ department: 'IT & Security', days: 0 },
			{ department: 'HR', days: 2 },
			{ department: 'Legal', days: 0 },
			{ department: 'Finance', days: 0 },
			{ department: 'Operations', days: 0 },
			{ department: 'Sales', days: 0 },
			{ department: 'Product', days: 0 }
		]);
	});

	it('counts untouched controls as open work', () => {
		const work = openControlWork(evaluateMini());
		expect(work.filter((w) => w.days > 0)).toEqual([
			{ department: 'Leadership', days: 3 },
			{ department: 'Engineering', days: 1 },
			{ department: 'IT & Security', days: 7 },
			{ department: 'Operations', days: 1 }
		]);
	});
});
