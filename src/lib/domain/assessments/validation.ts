/** Validation of the new-assessment and rename forms (loaded with the form, not with the list). */
import { cleanText, type NewAssessmentInput } from './assessment';
import { LIMITS } from '../limits';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Validates the new-assessment form. Any text is allowed (it is always shown as text). */
export function validateAssessmentInput(
	input: NewAssessmentInput
): FieldErrors<keyof NewAssessmentInput> {
	const errors: FieldErrors<keyof NewAssessmentInput> = {};
	const name = cleanText(input.companyName);
	if (name.length === 0) errors.companyName = 'Enter the company name.';
	else if (name.length > LIMITS.companyName)
		errors.companyName = `Keep the company name to ${LIMITS.companyName} characters (this one has ${name.length}).`;
	const assessor = cleanText(input.assessor);
	if (assessor.length > LIMITS.personName)
		errors.assessor = `Keep the assessor's name to ${LIMITS.personName} characters (this one has ${assessor.length}).`;
	if (input.reportType !== 'type1' && input.reportType !== 'type2')
		errors.reportType = 'Choose Type I or Type II.';
	return errors;
}
