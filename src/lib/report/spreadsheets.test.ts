import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '$lib/files/csv';
import { makeInput, proof, state } from '../testing/report';
import { controlsToCsv, planToCsv } from './spreadsheets';

function parse(csv: string): Record<string, string>[] {
	expect(csv.startsWith(CSV_BOM)).toBe(true);
	return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true })
		.data;
}

describe('controlsToCsv', () => {
	it('has one row per applicable control with status, owner, evidence and criteria', () => {
		const input = makeInput({
			controls: [
				state('IAM-01', {
					status: 'implemented',
					ownerName: '=HYPERLINK("x")',
					dueDate: '2027-02-01',
					notes: 'Zoë’s <b>note</b>'
				})
			],
			evidence: [proof('IAM-01', 'SSO export', '+44 shared drive')]
		});
		const rows = parse(controlsToCsv(input.evaluation, input.evidence, 'type1'));
		expect(rows.map((r) => r.Control)).toEqual(input.evaluation.scope.applicableControlIds);
		const iam = rows.find((r) => r.Control === 'IAM-01');
		expect(iam?.Status).toBe('Implemented');
		expect(iam?.Owner).toBe(`'=HYPERLINK("x")`);
		expect(iam?.['Due date']).toBe('2027-02-01');
		expect(iam?.Criteria).toBe('CC6.1, CC6.2');
		expect(iam?.['Evidence items']).toBe('1');
		expect(iam?.Evidence).toBe('SSO export (Type I and II): +44 shared drive');
		expect(iam?.Notes).toBe('Zoë’s <b>note</b>');
		// No policy is tracked as approved, so the one governing IAM-01 caps it, by name.
		expect(iam?.Gaps).toBe('Policy not approved: Access Control Policy');
		expect(iam?.['Type I credit']).toBe(
			`${(input.evaluation.score.byId.get('IAM-01')?.credit.type1 ?? 0) / 100}.0%`
		);
	});

	it('leaves the internal notes out of a client copy, and nothing else', () => {
		const input = makeInput({ controls: [state('IAM-01', { notes: 'internal only' })] });
		const all = parse(controlsToCsv(input.evaluation, [], 'type1'));
		const client = parse(controlsToCsv(input.evaluation, [], 'type1', { internalNotes: false }));
		expect(Object.keys(all[0] ?? {})).toContain('Notes');
		expect(Object.keys(client[0] ?? {})).toEqual(
			Object.keys(all[0] ?? {}).filter((k) => k !== 'Notes')
		);
		expect(JSON.stringify(client)).not.toContain('internal only');
		expect(client.map((r) => r.Status)).toEqual(all.map((r) => r.Status));
	});

	it('neutralises a cell that starts with a formula character', () => {
		const input = makeInput({ controls: [state('IAM-02', { notes: '-1+1' })] });
		const rows = parse(controlsToCsv(input.evaluation, [], 'type2'));
		expect(rows.find((r) => r.Control === 'IAM-02')?.Notes).toBe(`'-1+1`);
	});
});

describe('planToCsv', () => {
	it('lists the projected tasks in work order with priority and projected dates', () => {
		const input = makeInput();
		const rows = parse(planToCsv(input.plan, input.planGaps));
		const schedule = input.plan.schedule;
		if (!schedule?.ok) throw new Error('expected a schedule');
		expect(rows).toHaveLength(input.plan.tasks.length);
		const titles = new Map(input.plan.tasks.map((t) => [t.id, t.title]));
		expect(rows.map((r) => r.Task)).toEqual(schedule.tasks.map((s) => titles.get(s.taskId)));
		expect(rows[0]?.['Projected start']).toBe(schedule.tasks[0]?.start);
		expect(rows[0]?.Priority).toBe('High');
		expect(rows.every((r) => r.Status === 'To do')).toBe(true);
	});
});
