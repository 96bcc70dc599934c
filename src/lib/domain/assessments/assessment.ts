/**
 * Creating assessments. Pure: ids and the clock are passed in.
 */
import { LIMITS } from '../limits';
import type { Assessment, ObservationMonths, ReportType } from '../types';

export interface NewAssessmentInput {
	companyName: string;
	assessor: string;
	reportType: ReportType;
}

/** Collapses runs of whitespace and trims; returns the text that would be stored. */
export function cleanText(value: string): string {
	return value.replace(/\s+/g, ' ').trim();
}

/** Builds a new assessment record. Call only with input that passed validation. */
export function createAssessment(
	input: NewAssessmentInput,
	id: string,
	now: Date,
	catalogVersion: string
): Assessment {
	const ts = now.toISOString();
	return {
		id,
		companyName: cleanText(input.companyName),
		assessor: cleanText(input.assessor),
		reportType: input.reportType,
		observationMonths: 6 satisfies ObservationMonths,
		catalogVersion,
		createdAt: ts,
		updatedAt: ts,
		deletedAt: null,
		includedCategories: [],
		declinedCategories: [],
		plan: { startDate: null, capacityPerWeek: 1, departmentCapacity: {} }
	};
}

/** The name given to a duplicate: "Acme (copy)", "Acme (copy 2)", … unique among existing names. */
export function duplicateName(name: string, existing: readonly string[]): string {
	const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
	const taken = new Set(existing);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
		if (!taken.has(candidate)) return candidate.slice(0, LIMITS.companyName + 12);
	}
}
