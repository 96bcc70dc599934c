import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { minutesDocument, minutesSummary } from '$lib/report/minutes-doc';
import { toMarkdown } from '$lib/files/markdown';
import { compareSnapshots } from './comparison';
import { minutesEmpty, workshopMinutes } from './minutes';
import { data, evidence, policy, side, state, task, with_ } from '../../testing/snapshots';

const before = with_(data(), {
	controls: [state('IAM-01', { status: 'in_progress', ownerName: 'Ann' })],
	tasks: [task('t1', 'todo'), task('t2', 'doing')],
	policies: [policy('POL-ACCESS', 'draft')]
});
const after = with_(before, {
	controls: [
		state('IAM-01', { status: 'implemented', ownerName: 'Ann' }),
		state('IAM-02', { status: 'implemented', ownerName: ' Bo ' }),
		state('IAM-03', { status: 'not_started' })
	],
	evidence: [
		{ ...evidence('IAM-02', 'both'), title: '<b>MFA</b> report', location: '=HYPERLINK()' }
	],
	tasks: [
		{ ...task('t1', 'done'), ownerName: 'Cy' },
		task('t2', 'doing'),
		{ ...task('t3', 'todo'), ownerName: 'Di', dueDate: '2027-04-30' },
		{ ...task('t4', 'todo'), resolved: true }
	],
	policies: [policy('POL-ACCESS', 'approved')]
});

function minutesOf(b = before, a = after) {
	const sb = side('Workshop 1', '2027-01-10', b);
	const sa = side('Now', '2027-03-01', a);
	return workshopMinutes(catalog, compareSnapshots(catalog, sb, sa), sb, sa);
}

describe('workshop minutes', () => {
	it('lists first answers apart from other status changes, with owners', () => {
		const m = minutesOf();
		expect(m.answered.map((a) => [a.controlId, a.status, a.ownerName])).toEqual([
			['IAM-02', 'implemented', 'Bo'],
			['IAM-03', 'not_started', '']
		]);
		expect(m.statusChanges.map((s) => [s.controlId, s.from, s.to])).toEqual([
			['IAM-01', 'in_progress', 'implemented']
		]);
	});

	it('lists evidence, new and completed tasks, owners and policy approvals', () => {
		const m = minutesOf();
		expect(m.evidenceAdded).toEqual([
			{
				controlId: 'IAM-02',
				controlTitle: 'Multi-factor authentication enforced for all staff accounts',
				title: '<b>MFA</b> report',
				location: '=HYPERLINK()'
			}
		]);
		// A resolved generated task is not news; a new one carries its owner and due date.
		expect(m.tasksAdded).toEqual([
			{ title: 'Task t3', ownerName: 'Di', dueDate: '2027-04-30', status: 'todo' }
		]);
		expect(m.tasksCompleted.map((t) => t.taskId)).toEqual(['t1']);
		expect(m.ownersAssigned.map((o) => [o.kind, o.id, o.from, o.to])).toEqual([
			['control', 'IAM-02', '', 'Bo'],
			['task', '', '', 'Cy']
		]);
		expect(m.policiesChanged).toEqual([
			{ policyId: 'POL-ACCESS', title: 'Access Control Policy', from: 'draft', to: 'approved' }
		]);
		expect(minutesEmpty(m)).toBe(false);
	});

	it('says so when nothing changed', () => {
		const m = minutesOf(before, before);
		expect(minutesEmpty(m)).toBe(true);
		const md = toMarkdown(minutesDocument(m, 'Acme', '2027-03-01'));
		expect(md).toContain('No control, evidence, task, owner or policy changed');
		expect(md).toContain('Controls answered \\(0\\)');
	});

	it('prints every change as text, with the score line first', () => {
		const m = minutesOf();
		expect(minutesSummary(m)).toMatch(
			/^Type I readiness: \d+\.\d% → \d+\.\d% \(\+\d+\.\d points; .+\)\. Since the snapshot: 2 controls answered, 1 evidence item recorded, 1 new task, 1 task completed, /
		);
		const doc = minutesDocument(m, '<i>Acme</i>', '2027-03-01');
		expect(doc.title).toBe('Workshop minutes — <i>Acme</i>');
		const md = toMarkdown(doc);
		expect(md).toContain('IAM-02 Multi-factor authentication enforced for all staff accounts');
		expect(md).toContain('Task t3: Di, due 30 Apr 2027, to do');
		expect(md).toContain('Access Control Policy: Draft → Approved');
		expect(md).toContain('IAM-01');
		// User text is escaped for Markdown, never passed through as markup.
		expect(md).not.toMatch(/(^|[^\\])<b>/);
	});
});
