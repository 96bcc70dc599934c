import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment } from '$lib/domain/assessments/assessment';
import type { RemediationTask } from '$lib/domain/types';
import { freshDb } from '../testing/db';
import { makeVendor } from '../testing/vendors';
import type { AppDb } from './db';
import { createAssessmentRow } from './repositories/assessments';
import { defaultControlState, patchControlState, setNaReviewed } from './repositories/controls';
import { applyEdits } from './repositories/edits';
import { patchTask, saveTasks } from './repositories/tasks';
import { patchVendor, saveVendor } from './repositories/vendors';
import { onEditsCommitted } from './write';

let db: AppDb;
const a = createAssessment(
	{ companyName: 'Acme', assessor: 'Ana', reportType: 'type2' },
	'a1',
	new Date('2026-01-05T10:00:00Z'),
	'2026.1'
);

beforeEach(async () => {
	db = freshDb();
	await createAssessmentRow(a);
});

describe('patching a control from two tabs', () => {
	it('keeps both tabs’ edits of different fields made from the same starting row', async () => {
		// Both tabs saw the untouched control; neither write knows the other's.
		const [owner, notes] = await Promise.all([
			patchControlState('a1', 'IAM-01', { ownerName: { value: 'Ana', base: '' } }),
			patchControlState('a1', 'IAM-01', { notes: { value: 'Quarterly review', base: '' } })
		]);
		expect(owner.conflicts).toEqual({});
		expect(notes.conflicts).toEqual({});
		const row = await db.controlStates.get(['a1', 'IAM-01']);
		expect(row).toMatchObject({ ownerName: 'Ana', notes: 'Quarterly review' });
		expect(row?.status).toBe('not_assessed');
	});

	it('does not overwrite a field another tab changed, and says what it holds now', async () => {
		await patchControlState('a1', 'IAM-01', { ownerName: { value: 'Bo', base: '' } });
		const r = await patchControlState('a1', 'IAM-01', {
			ownerName: { value: 'Ana', base: '' },
			notes: { value: 'n', base: '' }
		});
		expect(r.conflicts).toEqual({ ownerName: 'Bo' });
		const row = await db.controlStates.get(['a1', 'IAM-01']);
		expect(row).toMatchObject({ ownerName: 'Bo', notes: 'n', updatedAt: r.updatedAt });
		// Keeping mine: the same edit, now based on their value.
		const kept = await patchControlState('a1', 'IAM-01', {
			ownerName: { value: 'Ana', base: 'Bo' }
		});
		expect(kept.conflicts).toEqual({});
		expect((await db.controlStates.get(['a1', 'IAM-01']))?.ownerName).toBe('Ana');
	});

	it('keeps a Not applicable review only while the reviewed reason stays', async () => {
		await patchControlState('a1', 'IAM-01', {
			status: { value: 'not_applicable', base: 'not_assessed' },
			naRationale: { value: 'No staff', base: '' }
		});
		await setNaReviewed('a1', 'IAM-01', '2026-01-06');
		await patchControlState('a1', 'IAM-01', { notes: { value: 'x', base: '' } });
		expect((await db.controlStates.get(['a1', 'IAM-01']))?.naReviewedAt).toBe('2026-01-06');
		await patchControlState('a1', 'IAM-01', {
			naRationale: { value: 'No staff yet', base: 'No staff' }
		});
		expect((await db.controlStates.get(['a1', 'IAM-01']))?.naReviewedAt).toBeNull();
	});

	it('tells team sync about every committed patch', async () => {
		const heard: string[][] = [];
		const off = onEditsCommitted((ids) => heard.push([...ids]));
		await patchControlState('a1', 'IAM-01', { ownerName: { value: 'Ana', base: '' } });
		await applyEdits(
			{ kind: 'control', assessmentId: 'a1', controlId: 'IAM-02' },
			{
				notes: { value: 'n', base: '' }
			}
		);
		off();
		expect(heard).toEqual([['a1'], ['a1']]);
	});

	it('writes nothing new for a patch that is already in place', async () => {
		const first = await patchControlState('a1', 'IAM-01', { ownerName: { value: 'A', base: '' } });
		const again = await patchControlState('a1', 'IAM-01', { ownerName: { value: 'A', base: '' } });
		expect(again).toEqual({ updatedAt: first.updatedAt, conflicts: {} });
	});
});

describe('patching vendors and tasks', () => {
	it('merges two tabs’ edits of different parts of a vendor’s assurance', async () => {
		const v = makeVendor('v1', { assessmentId: 'a1' });
		await saveVendor(v);
		const base = v.assurance;
		await Promise.all([
			patchVendor('a1', 'v1', {
				assurance: { value: { ...base, questionnaireReceived: '2026-01-02' }, base }
			}),
			patchVendor('a1', 'v1', {
				assurance: { value: { ...base, iso27001Expiry: '2027-05-01' }, base },
				ownerName: { value: 'Dee', base: v.ownerName }
			})
		]);
		const row = await db.vendors.get('v1');
		expect(row?.assurance).toMatchObject({
			questionnaireReceived: '2026-01-02',
			iso27001Expiry: '2027-05-01'
		});
		expect(row?.ownerName).toBe('Dee');
	});

	it('refuses to bring back a vendor deleted in another tab', async () => {
		await expect(
			patchVendor('a1', 'gone', { ownerName: { value: 'x', base: '' } })
		).rejects.toThrow(/no longer stored here/);
		expect(await db.vendors.get('gone')).toBeUndefined();
	});

	it('records a task’s hand-edited fields and keeps the other tab’s status', async () => {
		const task: RemediationTask = {
			id: 't1',
			assessmentId: 'a1',
			gapKey: 'control:IAM-01',
			title: 'Set up reviews',
			controlIds: ['IAM-01'],
			ownerName: '',
			ownerDepartment: null,
			effortDays: 2,
			startDate: null,
			dueDate: null,
			status: 'todo',
			notes: '',
			edited: [],
			resolved: false,
			createdAt: 't0',
			updatedAt: 't0'
		};
		await saveTasks('a1', [task]);
		await patchTask('a1', 't1', { status: { value: 'doing', base: 'todo' } });
		const r = await patchTask('a1', 't1', {
			ownerName: { value: '  Ana  ', base: '' },
			status: { value: 'todo', base: 'todo' }
		});
		expect(r.conflicts).toEqual({});
		const row = await db.tasks.get('t1');
		expect(row).toMatchObject({ ownerName: 'Ana', status: 'doing', edited: ['ownerName'] });
	});
});

it('starts from a default control state for a control nobody touched', async () => {
	await patchControlState('a1', 'IAM-09', { dueDate: { value: '2026-02-01', base: null } });
	expect(await db.controlStates.get(['a1', 'IAM-09'])).toMatchObject({
		...defaultControlState('a1', 'IAM-09'),
		dueDate: '2026-02-01',
		naReviewedAt: null,
		updatedAt: expect.any(String)
	});
});

it('keeps a task edit made in another tab when the plan update writes tasks computed before it', async () => {
	const task: RemediationTask = {
		id: 't2',
		assessmentId: 'a1',
		gapKey: 'control:IAM-02',
		title: 'Old title',
		controlIds: ['IAM-02'],
		ownerName: '',
		ownerDepartment: null,
		effortDays: 2,
		startDate: null,
		dueDate: null,
		status: 'todo',
		notes: '',
		edited: [],
		resolved: false,
		createdAt: 't0',
		updatedAt: 't0'
	};
	await saveTasks('a1', [task]);
	// Another tab sets the owner; this tab's plan update was computed from the task before that.
	await patchTask('a1', 't2', { ownerName: { value: 'Ana', base: '' } });
	await saveTasks('a1', [{ ...task, title: 'New title', resolved: true, updatedAt: 't9' }], [task]);
	expect(await db.tasks.get('t2')).toMatchObject({
		title: 'New title',
		resolved: true,
		ownerName: 'Ana',
		edited: ['ownerName']
	});
});
