/**
 * Test fixtures for the planning, calendar and department modules: a small catalog and record
 * builders. Imported only by tests, so never part of the app bundle.
 */
import type { Catalog } from '$lib/catalog';
import type { Control, Policy } from '$lib/catalog/types';
import { evaluate, type Evaluation } from '../domain/scoring/evaluate';
import { testControl } from './catalog';
import type {
	ControlState,
	EvidenceItem,
	EvidenceReportType,
	PolicyState,
	RemediationTask
} from '../domain/types';

export const ASSESSMENT_ID = 'a-1';
export const TODAY = '2027-01-15';
export const NOW = '2027-01-15T09:00:00.000Z';

const control = (id: string, extra: Partial<Control>): Control => testControl(id, ['CC7.1'], extra);

const policy = (id: string, title: string, extra: Partial<Policy> = {}): Policy => ({
	id,
	title,
	purpose: '',
	department: 'IT & Security',
	reviewFrequency: 'annually',
	...extra
});

const ONLY_IF_X = { question: 'x', equals: true } as const;

export const MINI_CATALOG: Catalog = {
	version: 'test',
	categories: [{ id: 'security', title: 'Security', summary: '' }],
	series: [
		{ id: 'CC1', category: 'security', title: 'CC1' },
		{ id: 'CC6', category: 'security', title: 'CC6' },
		{ id: 'CC7', category: 'security', title: 'CC7' }
	],
	criteria: ['CC1.1', 'CC6.1', 'CC6.2', 'CC7.1'].map((id) => ({
		id,
		category: 'security',
		series: id.split('.')[0] ?? id,
		title: id,
		explanation: ''
	})),
	controls: [
		control('GOV-01', {
			title: 'Board oversight of security',
			key: true,
			criteria: ['CC1.1'],
			department: 'Leadership',
			frequency: 'annually',
			effortDays: 3,
			policies: ['POL-ISP']
		}),
		control('IAM-01', {
			title: 'Single sign-on',
			criteria: ['CC6.1', 'CC6.2'],
			department: 'IT & Security',
			effortDays: 5,
			policies: ['POL-ACCESS'],
			activities: [
				{ id: 'sso-report', title: 'Review the sign-on exceptions report', frequency: 'monthly' }
			]
		}),
		control('IAM-07', {
			title: 'Quarterly user access review',
			key: true,
			criteria: ['CC6.1', 'CC6.2', 'CC7.1'],
			department: 'IT & Security',
			frequency: 'quarterly',
			effortDays: 2,
			policies: ['POL-ACCESS']
		}),
		control('ENG-01', { title: 'Weekly vulnerability triage', frequency: 'weekly' }),
		control('OPS-01', {
			title: 'Daily backup check',
			department: 'Operations',
			frequency: 'daily'
		}),
		control('OPS-02', {
			title: 'Monthly restore test',
			department: 'Operations',
			frequency: 'monthly',
			appliesWhen: ONLY_IF_X,
			naRationale: 'Not needed.'
		})
	],
	policies: [
		policy('POL-ISP', 'Information Security Policy', { department: 'Leadership' }),
		policy('POL-ACCESS', 'Access Control Policy'),
		policy('POL-PRIV', 'Privacy Policy', { department: 'Legal', appliesWhen: ONLY_IF_X }),
		policy('POL-HR', 'Hiring Policy', { department: 'HR', reviewFrequency: 'semiannually' })
	],
	scopingQuestions: [],
	categoryRules: [],
	migrations: []
};

export function controlState(controlId: string, extra: Partial<ControlState> = {}): ControlState {
	return {
		assessmentId: ASSESSMENT_ID,
		controlId,
		status: 'not_started',
		ownerName: '',
		ownerDepartment: null,
		notes: '',
		dueDate: null,
		lastPerformed: null,
		naRationale: '',
		updatedAt: NOW,
		...extra
	};
}

export function policyState(policyId: string, extra: Partial<PolicyState> = {}): PolicyState {
	return {
		assessmentId: ASSESSMENT_ID,
		policyId,
		status: 'missing',
		ownerName: '',
		approvedAt: null,
		nextReview: null,
		updatedAt: NOW,
		...extra
	};
}

export function evidence(controlId: string, reportType: EvidenceReportType): EvidenceItem {
	return {
		id: `ev-${controlId}-${reportType}`,
		assessmentId: ASSESSMENT_ID,
		controlId,
		title: 'proof',
		location: '',
		collectedAt: null,
		reportType,
		createdAt: NOW,
		updatedAt: NOW
	};
}

export interface MiniData {
	controls?: ControlState[];
	policies?: PolicyState[];
	evidence?: EvidenceItem[];
}

/** Evaluates the mini catalog for the given rows, as the app would. */
export function evaluateMini(data: MiniData = {}, today = TODAY): Evaluation {
	return evaluate(
		MINI_CATALOG,
		{
			assessment: { includedCategories: [], declinedCategories: [] },
			answers: [],
			controls: data.controls ?? [],
			evidence: data.evidence ?? [],
			policies: data.policies ?? []
		},
		today
	);
}

export function task(extra: Partial<RemediationTask> = {}): RemediationTask {
	return {
		id: 't-1',
		assessmentId: ASSESSMENT_ID,
		gapKey: null,
		title: 'Task',
		controlIds: [],
		ownerName: '',
		ownerDepartment: 'Engineering',
		effortDays: 1,
		startDate: null,
		dueDate: null,
		status: 'todo',
		notes: '',
		edited: [],
		resolved: false,
		createdAt: NOW,
		updatedAt: NOW,
		...extra
	};
}
