/**
 * Templates: the reusable part of an assessment (scoping answers, category choices and control
 * notes) saved under a name, so a consultant can start the next similar client from it. Only
 * what carries over between companies is kept: no statuses, owners, dates, evidence or tasks.
 */
import type { Catalog } from '$lib/catalog';
import type { AnswerValue } from '$lib/catalog/types';
import { cleanText, createAssessment, type NewAssessmentInput } from './assessment';
import { validateRecordName, type NameCheck } from '../record-names';
import type {
	Assessment,
	AssessmentData,
	ControlState,
	ObservationMonths,
	ScopingAnswer,
	Template
} from '../types';

/** Arrays are copied so a template and the assessments made from it never share one. */
function copyValue(value: AnswerValue): AnswerValue {
	return Array.isArray(value) ? [...value] : value;
}

/**
 * Checks a template name against the names of the other templates. A duplicate (ignoring case
 * and spacing) is refused with a message and a suffixed `suggestion`; nothing is renamed silently.
 */
export function validateTemplateName(name: string, existingNames: readonly string[]): NameCheck {
	return validateRecordName('template', name, existingNames);
}

/**
 * Builds a template from an assessment: its scoping answers, included and declined categories,
 * and each control's notes when they are not blank. Call with a name that passed
 * `validateTemplateName`; spacing is tidied here.
 */
export function templateFromAssessment(
	data: Pick<AssessmentData, 'assessment' | 'answers' | 'controls'>,
	name: string,
	id: string,
	now: Date,
	catalogVersion: string
): Template {
	const ts = now.toISOString();
	// fromEntries defines own properties, so no id can reach an object's prototype.
	const answers = Object.fromEntries(data.answers.map((a) => [a.questionId, copyValue(a.value)]));
	const notes = Object.fromEntries(
		data.controls.filter((c) => c.notes.trim() !== '').map((c) => [c.controlId, c.notes])
	);
	return {
		id,
		name: cleanText(name),
		createdAt: ts,
		updatedAt: ts,
		catalogVersion,
		answers,
		includedCategories: [...data.assessment.includedCategories],
		declinedCategories: [...data.assessment.declinedCategories],
		notes
	};
}

export interface AssessmentFromTemplate {
	assessment: Assessment;
	answers: ScopingAnswer[];
	/** One row per carried-over note, status Not started. */
	controls: ControlState[];
	/** What the template held that the current catalog no longer has (empty without a catalog). */
	skipped: { questionIds: string[]; controlIds: string[] };
}

function observationMonths(value: AnswerValue | undefined): ObservationMonths | null {
	if (value === '3') return 3;
	if (value === '6') return 6;
	if (value === '12') return 12;
	return null;
}

/**
 * Builds a new assessment from a template, ready to write in one transaction. The form's report
 * type wins over the template's answer to the report-type question (the answer is rewritten to
 * match, as the scope page keeps them in step); a template observation window sets the
 * assessment's. With `catalog`, answers and notes for questions and controls it no longer has are
 * left out and listed in `skipped`. Call with input that passed `validateAssessmentInput`.
 */
export function assessmentFromTemplate(
	template: Template,
	input: NewAssessmentInput,
	id: string,
	now: Date,
	catalogVersion: string,
	catalog?: Pick<Catalog, 'controls' | 'scopingQuestions'>
): AssessmentFromTemplate {
	const ts = now.toISOString();
	const knownQuestions = catalog ? new Set(catalog.scopingQuestions.map((q) => q.id)) : null;
	const knownControls = catalog ? new Set(catalog.controls.map((c) => c.id)) : null;
	const skipped: AssessmentFromTemplate['skipped'] = { questionIds: [], controlIds: [] };

	// A Map, not an object: ids come from a file the user may have edited, '__proto__' included.
	const values = new Map<string, AnswerValue>();
	for (const [questionId, value] of Object.entries(template.answers)) {
		if (knownQuestions && !knownQuestions.has(questionId)) skipped.questionIds.push(questionId);
		else values.set(questionId, copyValue(value));
	}
	if (values.has('report_type')) values.set('report_type', input.reportType);

	const base = createAssessment(input, id, now, catalogVersion);
	const assessment: Assessment = {
		...base,
		observationMonths:
			observationMonths(values.get('observation_window')) ?? base.observationMonths,
		includedCategories: [...template.includedCategories],
		declinedCategories: [...template.declinedCategories]
	};

	const answers: ScopingAnswer[] = [...values].map(([questionId, value]) => ({
		assessmentId: id,
		questionId,
		value,
		updatedAt: ts
	}));

	const controls: ControlState[] = [];
	for (const [controlId, notes] of Object.entries(template.notes)) {
		if (notes.trim() === '') continue;
		if (knownControls && !knownControls.has(controlId)) {
			skipped.controlIds.push(controlId);
			continue;
		}
		controls.push({
			assessmentId: id,
			controlId,
			status: 'not_assessed',
			ownerName: '',
			ownerDepartment: null,
			notes,
			dueDate: null,
			lastPerformed: null,
			naRationale: '',
			updatedAt: ts
		});
	}
	return { assessment, answers, controls, skipped };
}
