import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import type { AnswerValue } from '$lib/catalog/types';
import { createAssessment, type NewAssessmentInput } from './assessment';
import { scope } from '../scoring/scoping';
import { assessmentFromTemplate, templateFromAssessment, validateTemplateName } from './templates';
import type { AssessmentData, ControlState, Template } from '../types';

const NOW = new Date('2027-03-01T09:30:00.000Z');
const LATER = new Date('2027-05-10T08:00:00.000Z');

const note = (
	controlId: string,
	notes: string,
	extra: Partial<ControlState> = {}
): ControlState => ({
	assessmentId: 'a1',
	controlId,
	status: 'implemented',
	ownerName: 'Sam',
	ownerDepartment: 'Engineering',
	notes,
	dueDate: '2027-04-01',
	lastPerformed: '2027-02-01',
	naRationale: '',
	updatedAt: NOW.toISOString(),
	...extra
});

function source(
	answers: Record<string, AnswerValue>,
	controls: ControlState[] = []
): AssessmentData {
	const assessment = createAssessment(
		{ companyName: 'Client A', assessor: 'Dana', reportType: 'type2' },
		'a1',
		NOW,
		'2026.1'
	);
	return {
		assessment: {
			...assessment,
			includedCategories: ['confidentiality'],
			declinedCategories: ['privacy']
		},
		answers: Object.entries(answers).map(([questionId, value]) => ({
			assessmentId: 'a1',
			questionId,
			value,
			updatedAt: NOW.toISOString()
		})),
		controls,
		evidence: [],
		tasks: [],
		policies: [],
		vendors: [],
		risks: [],
		riskReviews: [],
		description: [],
		policyTexts: [],
		people: [],
		personChecks: [],
		accessReviews: [],
		peopleSamples: []
	};
}

const INPUT = {
	companyName: '  Client  B ',
	assessor: 'Lee',
	reportType: 'type1'
} satisfies NewAssessmentInput;

describe('templateFromAssessment', () => {
	it('keeps the answers, category choices and non-blank notes, and nothing else', () => {
		const d = source({ offices: 'own', cloud_providers: ['aws', 'gcp'], mdm: true }, [
			note('IAM-02', 'We use hardware keys for admins'),
			note('IAM-03', '   '),
			note('GOV-01', '')
		]);
		const t = templateFromAssessment(d, '  SaaS   starter ', 't1', NOW, '2026.1');
		expect(t).toEqual({
			id: 't1',
			name: 'SaaS starter',
			createdAt: '2027-03-01T09:30:00.000Z',
			updatedAt: '2027-03-01T09:30:00.000Z',
			catalogVersion: '2026.1',
			answers: { offices: 'own', cloud_providers: ['aws', 'gcp'], mdm: true },
			includedCategories: ['confidentiality'],
			declinedCategories: ['privacy'],
			notes: { 'IAM-02': 'We use hardware keys for admins' }
		} satisfies Template);
		// Copies, not shared arrays.
		const providers = d.answers.find((a) => a.questionId === 'cloud_providers')?.value;
		if (Array.isArray(providers)) providers.push('azure');
		d.assessment.includedCategories.push('availability');
		expect(t.answers.cloud_providers).toEqual(['aws', 'gcp']);
		expect(t.includedCategories).toEqual(['confidentiality']);
	});
});

describe('assessmentFromTemplate', () => {
	const template = templateFromAssessment(
		source(
			{ offices: 'own', report_type: 'type2', observation_window: '12', cloud_providers: ['aws'] },
			[note('IAM-02', 'Hardware keys for admins')]
		),
		'SaaS starter',
		't1',
		NOW,
		'2026.1'
	);

	it('builds an assessment, answers and note-only control rows ready to write', () => {
		const r = assessmentFromTemplate(template, INPUT, 'b1', LATER, '2026.2');
		expect(r.assessment).toEqual(
			expect.objectContaining({
				id: 'b1',
				companyName: 'Client B',
				assessor: 'Lee',
				reportType: 'type1',
				observationMonths: 12,
				catalogVersion: '2026.2',
				createdAt: LATER.toISOString(),
				includedCategories: ['confidentiality'],
				declinedCategories: ['privacy'],
				deletedAt: null
			})
		);
		const ts = LATER.toISOString();
		expect(r.answers).toEqual([
			{ assessmentId: 'b1', questionId: 'offices', value: 'own', updatedAt: ts },
			// The report type chosen on the form wins over the template's answer.
			{ assessmentId: 'b1', questionId: 'report_type', value: 'type1', updatedAt: ts },
			{ assessmentId: 'b1', questionId: 'observation_window', value: '12', updatedAt: ts },
			{ assessmentId: 'b1', questionId: 'cloud_providers', value: ['aws'], updatedAt: ts }
		]);
		expect(r.controls).toEqual([
			{
				assessmentId: 'b1',
				controlId: 'IAM-02',
				status: 'not_assessed',
				ownerName: '',
				ownerDepartment: null,
				notes: 'Hardware keys for admins',
				dueDate: null,
				lastPerformed: null,
				naRationale: '',
				updatedAt: ts
			}
		]);
		expect(r.skipped).toEqual({ questionIds: [], controlIds: [] });
		// The new assessment does not share arrays with the template.
		r.assessment.includedCategories.push('availability');
		const providers = r.answers.find((a) => a.questionId === 'cloud_providers')?.value;
		if (Array.isArray(providers)) providers.push('gcp');
		expect(template.includedCategories).toEqual(['confidentiality']);
		expect(template.answers.cloud_providers).toEqual(['aws']);
	});

	it('leaves out, and lists, what the current catalog no longer has', () => {
		const old: Template = {
			...template,
			answers: { ...template.answers, retired_question: 'yes' },
			notes: { ...template.notes, 'OLD-07': 'From an older catalog' }
		};
		const r = assessmentFromTemplate(old, INPUT, 'b1', LATER, catalog.version, catalog);
		expect(r.skipped).toEqual({ questionIds: ['retired_question'], controlIds: ['OLD-07'] });
		expect(r.answers.map((a) => a.questionId)).not.toContain('retired_question');
		expect(r.controls.map((c) => c.controlId)).toEqual(['IAM-02']);
	});

	it('treats odd ids from an edited file as plain keys', () => {
		const odd: Template = {
			...template,
			answers: JSON.parse('{"__proto__": "x", "offices": "none"}'),
			notes: JSON.parse('{"__proto__": "note"}')
		};
		const r = assessmentFromTemplate(odd, INPUT, 'b1', LATER, '2026.2');
		expect(r.answers.map((a) => [a.questionId, a.value])).toEqual([
			['__proto__', 'x'],
			['offices', 'none']
		]);
		expect(r.controls.map((c) => c.controlId)).toEqual(['__proto__']);
		expect(r.assessment.observationMonths).toBe(6);
	});

	it('gives the new assessment the same scope as the one the template came from', () => {
		const questions = catalog.scopingQuestions.filter((q) => q.options && q.type === 'single');
		fc.assert(
			fc.property(
				fc.tuple(
					...questions.map((q) =>
						fc.option(fc.constantFrom(...(q.options ?? []).map((o) => o.value)), { nil: undefined })
					)
				),
				(values) => {
					const answers: Record<string, AnswerValue> = {};
					questions.forEach((q, i) => {
						const v = values[i];
						if (v !== undefined && q.id !== 'report_type') answers[q.id] = v;
					});
					const d = source(answers);
					const t = templateFromAssessment(d, 'T', 't1', NOW, '2026.1');
					const r = assessmentFromTemplate(t, INPUT, 'b1', LATER, '2026.1');
					const stored = (rows: { questionId: string; value: AnswerValue }[]) =>
						Object.fromEntries(rows.map((a) => [a.questionId, a.value]));
					const choices = (a: AssessmentData['assessment']) => ({
						included: a.includedCategories,
						declined: a.declinedCategories
					});
					expect(
						scope(catalog, stored(r.answers), choices(r.assessment)).applicableControlIds
					).toEqual(scope(catalog, stored(d.answers), choices(d.assessment)).applicableControlIds);
				}
			),
			{ numRuns: 50 }
		);
	});
});

describe('validateTemplateName', () => {
	it('requires a unique name of at most 120 characters', () => {
		expect(validateTemplateName('', [])).toEqual({
			ok: false,
			error: 'Enter a name for the template.',
			suggestion: null
		});
		expect(validateTemplateName('y'.repeat(121), []).ok).toBe(false);
		expect(validateTemplateName(' SaaS starter ', ['saas STARTER'])).toEqual({
			ok: false,
			error:
				'A template called "SaaS starter" already exists. Choose another name, such as "SaaS starter (2)".',
			suggestion: 'SaaS starter (2)'
		});
		expect(validateTemplateName('Fintech', ['SaaS starter'])).toEqual({
			ok: true,
			name: 'Fintech'
		});
	});
});
