import { describe, expect, it } from 'vitest';
import type { Catalog } from '$lib/catalog';
import { testControl, testCriterion } from '$lib/testing/catalog';
import { ASSESSMENT_ID, NOW, controlState, task } from '$lib/testing/planning';
import { evaluate } from '../scoring/evaluate';
import type { ControlState, EvidenceItem, EvidenceReportType, ReportType } from '../types';
import {
	GENERIC_LINE,
	groupByDepartment,
	groupByOwner,
	requestList,
	type RequestRow
} from './request-list';

// Today 2027-01-15; a 6-month window starts 2026-07-15.
const TODAY = '2027-01-15';

const CATALOG: Catalog = {
	version: 'test',
	categories: [{ id: 'security', title: 'Security', summary: '' }],
	series: [{ id: 'CC1', category: 'security', title: 'CC1' }],
	criteria: [testCriterion('CC1.1')],
	controls: [
		testControl('GOV-01', ['CC1.1'], {
			title: 'Board oversight',
			key: true,
			department: 'Leadership',
			frequency: 'annually',
			evidenceTypeI: ['Board charter', 'Security committee minutes'],
			evidenceTypeII: ['Minutes of each meeting in the period']
		}),
		testControl('IAM-01', ['CC1.1'], {
			title: 'Single sign-on',
			department: 'IT & Security',
			frequency: 'continuous',
			evidenceTypeI: ['SSO configuration screenshot'],
			evidenceTypeII: ['Sign-in logs sample']
		}),
		testControl('IAM-07', ['CC1.1'], {
			title: 'Access review',
			key: true,
			department: 'IT & Security',
			frequency: 'quarterly',
			evidenceTypeI: ['Review procedure'],
			evidenceTypeII: ['Each quarterly review']
		}),
		// No lines in the catalog: the generic ones stand in.
		testControl('ENG-01', ['CC1.1'], { title: 'Vulnerability triage', frequency: 'weekly' }),
		testControl('OPS-01', ['CC1.1'], {
			title: 'Backup check',
			department: 'Operations',
			frequency: 'daily',
			evidenceTypeI: ['Backup job settings'],
			evidenceTypeII: ['Daily check log']
		}),
		// Marked Not applicable by the user: not listed.
		testControl('HR-01', ['CC1.1'], {
			title: 'Background checks',
			department: 'HR',
			evidenceTypeI: ['Policy'],
			evidenceTypeII: ['Checks']
		}),
		// Out of scope after scoping: not listed.
		testControl('OPS-02', ['CC1.1'], {
			title: 'Restore test',
			department: 'Operations',
			frequency: 'monthly',
			appliesWhen: { question: 'x', equals: true },
			naRationale: 'Not needed.',
			evidenceTypeI: ['Plan'],
			evidenceTypeII: ['Tests']
		})
	],
	policies: [],
	scopingQuestions: [],
	categoryRules: [],
	migrations: []
};

let n = 0;
function ev(
	controlId: string,
	reportType: EvidenceReportType,
	title: string,
	collectedAt: string | null
): EvidenceItem {
	n += 1;
	return {
		id: `ev-${n}`,
		assessmentId: ASSESSMENT_ID,
		controlId,
		title,
		location: '',
		collectedAt,
		reportType,
		createdAt: NOW,
		updatedAt: NOW
	};
}

const STATES: ControlState[] = [
	controlState('GOV-01', {
		status: 'implemented',
		ownerName: ' Ana ',
		dueDate: '2027-03-01'
	}),
	controlState('IAM-07', { ownerName: 'Dana', ownerDepartment: 'Engineering' }),
	controlState('ENG-01', { ownerName: 'ana' }),
	controlState('HR-01', { status: 'not_applicable', naRationale: 'No staff.' })
];

const EVIDENCE: EvidenceItem[] = [
	// GOV-01, annual (380 days): 320 days old, on file for design; nothing for operation.
	ev('GOV-01', 'type1', 'Charter v2', '2026-03-01'),
	ev('GOV-01', 'type1', 'Charter v1', '2025-01-01'),
	// IAM-01, continuous: design 410 days old (> 365), stale; operation dated in the window.
	ev('IAM-01', 'type1', 'SSO screenshot', '2025-12-01'),
	ev('IAM-01', 'type2', 'Logs May', '2026-05-01'),
	ev('IAM-01', 'type2', 'Logs Aug', '2026-08-01'),
	// IAM-07, quarterly (100 days): 136 days old, stale for both parts.
	ev('IAM-07', 'both', 'Q3 review', '2026-09-01'),
	// OPS-01: undated.
	ev('OPS-01', 'both', 'Backup console', null),
	// Belongs to a control the user marked Not applicable.
	ev('HR-01', 'both', 'Ignored', '2027-01-01')
];

const TASKS = [
	task({ id: 't1', controlIds: ['IAM-07'], dueDate: '2027-04-01' }),
	task({ id: 't2', controlIds: ['IAM-07'], dueDate: '2027-02-01', status: 'done' }),
	task({ id: 't3', controlIds: ['IAM-07'], dueDate: '2027-02-02', resolved: true }),
	task({ id: 't4', controlIds: ['IAM-07', 'ENG-01', 'GOV-01'], dueDate: '2027-03-15' })
];

function list(reportType: ReportType, evidence = EVIDENCE, observationMonths = 6): RequestRow[] {
	const evaluation = evaluate(
		CATALOG,
		{
			assessment: { includedCategories: [], declinedCategories: [], observationMonths: 6 },
			answers: [],
			controls: STATES,
			evidence,
			policies: []
		},
		TODAY
	);
	return requestList({
		evaluation,
		evidence,
		tasks: TASKS,
		reportType,
		today: TODAY,
		observationMonths
	});
}

/** [control, part, expected line, status, due date] */
const brief = (rows: RequestRow[]) =>
	rows.map((r) => [r.controlId, r.part, r.expected, r.status, r.dueDate]);

describe('request list', () => {
	it('lists Type I design lines of applicable controls with status and due date', () => {
		expect(brief(list('type1'))).toEqual([
			['GOV-01', 'design', 'Board charter', 'on_file', '2027-03-01'],
			['GOV-01', 'design', 'Security committee minutes', 'on_file', '2027-03-01'],
			['IAM-01', 'design', 'SSO configuration screenshot', 'stale', null],
			['IAM-07', 'design', 'Review procedure', 'stale', '2027-03-15'],
			['ENG-01', 'design', GENERIC_LINE.design, 'missing', '2027-03-15'],
			['OPS-01', 'design', 'Backup job settings', 'stale', null]
		]);
	});

	it('lists design and operation lines for Type II', () => {
		expect(brief(list('type2'))).toEqual([
			['GOV-01', 'design', 'Board charter', 'on_file', '2027-03-01'],
			['GOV-01', 'design', 'Security committee minutes', 'on_file', '2027-03-01'],
			['GOV-01', 'operation', 'Minutes of each meeting in the period', 'missing', '2027-03-01'],
			['IAM-01', 'design', 'SSO configuration screenshot', 'stale', null],
			['IAM-01', 'operation', 'Sign-in logs sample', 'on_file', null],
			['IAM-07', 'design', 'Review procedure', 'stale', '2027-03-15'],
			['IAM-07', 'operation', 'Each quarterly review', 'stale', '2027-03-15'],
			['ENG-01', 'design', GENERIC_LINE.design, 'missing', '2027-03-15'],
			['ENG-01', 'operation', GENERIC_LINE.operation, 'missing', '2027-03-15'],
			['OPS-01', 'design', 'Backup job settings', 'stale', null],
			['OPS-01', 'operation', 'Daily check log', 'stale', null]
		]);
	});

	it('carries owner, department, key and the evidence on file, newest first', () => {
		const rows = list('type2');
		const gov = rows[0];
		expect(gov).toMatchObject({
			title: 'Board oversight',
			key: true,
			ownerName: 'Ana',
			department: 'Leadership',
			evidenceTitles: ['Charter v2', 'Charter v1'],
			newestCollected: '2026-03-01',
			dueSource: 'control'
		});
		const iam07 = rows.find((r) => r.controlId === 'IAM-07');
		expect(iam07).toMatchObject({ department: 'Engineering', dueSource: 'task' });
		const iam01op = rows.find((r) => r.controlId === 'IAM-01' && r.part === 'operation');
		expect(iam01op?.evidenceTitles).toEqual(['Logs Aug', 'Logs May']);
		expect(rows.find((r) => r.controlId === 'OPS-01')?.reason).toBe(
			'No date recorded on the evidence'
		);
		expect(rows.find((r) => r.controlId === 'IAM-01')?.dueSource).toBeNull();
	});

	it('marks continuous Type II evidence stale once nothing is dated inside the window', () => {
		// A 3-month window starts 2026-10-15: August is outside it.
		const rows = list('type2', EVIDENCE, 3);
		expect(rows.find((r) => r.controlId === 'IAM-01' && r.part === 'operation')?.status).toBe(
			'stale'
		);
	});

	it('keeps a recurring control on file up to its interval and stale one day past it', () => {
		// Quarterly: 100 days. 2026-10-07 is 100 days before today; 2026-10-06 is 101.
		const at = (date: string) =>
			list('type1', [ev('IAM-07', 'type1', 'Review', date)]).find((r) => r.controlId === 'IAM-07')
				?.status;
		expect(at('2026-10-07')).toBe('on_file');
		expect(at('2026-10-06')).toBe('stale');
		// Evidence dated in the future does not make it current.
		expect(at('2027-02-01')).toBe('stale');
	});
});

describe('grouping', () => {
	it('groups by department in the app’s order, with counts', () => {
		const groups = groupByDepartment(list('type1'));
		expect(groups.map((g) => [g.label, g.rows.length, g.counts])).toEqual([
			['Leadership', 2, { on_file: 2, stale: 0, missing: 0 }],
			['Engineering', 2, { on_file: 0, stale: 1, missing: 1 }],
			['IT & Security', 1, { on_file: 0, stale: 1, missing: 0 }],
			['Operations', 1, { on_file: 0, stale: 1, missing: 0 }]
		]);
	});

	it('groups by owner ignoring case, with unowned rows last', () => {
		const groups = groupByOwner(list('type1'));
		expect(groups.map((g) => [g.label, g.rows.map((r) => r.controlId)])).toEqual([
			['Ana', ['GOV-01', 'GOV-01', 'ENG-01']],
			['Dana', ['IAM-07']],
			['No owner', ['IAM-01', 'OPS-01']]
		]);
	});
});
