import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editTask } from '$lib/domain/planning/tasks';
import { NOW, task } from '$lib/testing/planning';
import {
	emptyTaskForm,
	newCustomTask,
	parseControlIds,
	parseDecimal,
	readTaskForm,
	taskToForm,
	type TaskForm
} from './task-form';

const KNOWN = new Set(['IAM-01', 'IAM-07']);
const isControl = (id: string) => KNOWN.has(id);
const form = (extra: Partial<TaskForm>): TaskForm => ({
	...emptyTaskForm(),
	title: 'Buy a shredder',
	...extra
});

describe('parseControlIds', () => {
	it('splits on commas, semicolons and spaces, upper-cases and drops repeats', () => {
		expect(parseControlIds(' iam-01, IAM-07;IAM-01  ')).toEqual(['IAM-01', 'IAM-07']);
		expect(parseControlIds('')).toEqual([]);
	});
});

describe('parseDecimal', () => {
	it('reads dots and commas as the decimal mark', () => {
		expect(parseDecimal('2')).toBe(2);
		expect(parseDecimal(' 0.5 ')).toBe(0.5);
		expect(parseDecimal('1,5')).toBe(1.5);
		expect(parseDecimal('.5')).toBe(0.5);
		expect(parseDecimal('-1')).toBe(-1);
	});

	it('gives NaN for blanks and anything that is not a plain number', () => {
		for (const s of ['', '  ', 'two', '1e3', '2 days', '0x10', 'Infinity'])
			expect(parseDecimal(s)).toBeNaN();
	});

	it('reads back any non-negative number it printed', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (n) => {
				const text = String(n);
				if (/e/i.test(text)) return;
				expect(parseDecimal(text)).toBe(n);
			})
		);
	});
});

describe('readTaskForm', () => {
	it('gives a patch with every field and no errors for a good form', () => {
		const r = readTaskForm(
			form({ controls: 'iam-01', effortDays: '2.5', ownerDepartment: 'HR', dueDate: '2027-02-01' }),
			isControl
		);
		expect(r.errors).toEqual({});
		expect(r.patch).toMatchObject({
			controlIds: ['IAM-01'],
			effortDays: 2.5,
			ownerDepartment: 'HR',
			startDate: null,
			dueDate: '2027-02-01'
		});
	});

	it('says what is wrong with zero, negative or missing effort', () => {
		for (const e of ['0', '-2', '', 'lots'])
			expect(readTaskForm(form({ effortDays: e }), isControl).errors.effortDays).toMatch(/above 0/);
	});

	it('rejects a due date before the start date', () => {
		const r = readTaskForm(form({ startDate: '2027-03-10', dueDate: '2027-03-01' }), isControl);
		expect(r.errors.dueDate).toMatch(/before the start date/);
	});

	it('names the control ids that are not in the catalog', () => {
		const r = readTaskForm(form({ controls: 'IAM-01, XYZ-99, ABC-1' }), isControl);
		expect(r.errors.controls).toContain('XYZ-99, ABC-1');
		expect(readTaskForm(form({ controls: 'NOPE' }), isControl).errors.controls).toMatch(
			/^There is no control NOPE/
		);
	});

	it('asks for a title', () => {
		expect(readTaskForm(form({ title: '   ' }), isControl).errors.title).toBeDefined();
	});

	it('keeps HTML in a title as the text typed', () => {
		const r = readTaskForm(form({ title: '<b>Bold</b> <script>x</script>' }), isControl);
		expect(r.errors).toEqual({});
		expect(r.patch.title).toBe('<b>Bold</b> <script>x</script>');
	});
});

describe('task forms and tasks', () => {
	it('round-trips a stored task through the form without marking anything edited', () => {
		const t = task({
			gapKey: 'control:IAM-01',
			title: 'Implement: SSO',
			controlIds: ['IAM-01', 'IAM-07'],
			ownerName: 'Ann',
			effortDays: 0.5,
			dueDate: '2027-02-01',
			notes: 'n'
		});
		const { patch, errors } = readTaskForm(taskToForm(t), isControl);
		expect(errors).toEqual({});
		expect(editTask(t, patch, NOW).edited).toEqual([]);
	});

	it('marks only the fields the user changed as edited', () => {
		const t = task({ gapKey: 'control:IAM-01', title: 'Implement: SSO', effortDays: 5 });
		const { patch } = readTaskForm(
			{ ...taskToForm(t), title: 'SSO for everyone', effortDays: '3' },
			isControl
		);
		expect(editTask(t, patch, NOW).edited.sort()).toEqual(['effortDays', 'title']);
	});

	it('builds a custom task with cleaned text and To do status', () => {
		const { patch } = readTaskForm(
			form({ title: '  Buy   a shredder ', effortDays: '2' }),
			isControl
		);
		const t = newCustomTask(patch, 'a-1', 'id-1', NOW);
		expect(t).toMatchObject({
			id: 'id-1',
			assessmentId: 'a-1',
			gapKey: null,
			title: 'Buy a shredder',
			effortDays: 2,
			status: 'todo',
			resolved: false,
			edited: []
		});
	});
});
