/**
 * Builders for catalog records in tests: a control or criterion with every field filled in
 * blandly, so a test states only what it is about. Imported only by tests.
 */
import type { Control, Criterion } from '$lib/catalog/types';

/** A Security criterion unless another category is given; its series is the id's prefix. */
export function testCriterion(id: string, category: Criterion['category'] = 'security'): Criterion {
	return { id, category, series: id.split('.')[0] ?? id, title: id, explanation: '' };
}

/** A continuous, non-key Engineering control with no policy, linked to `criteria`. */
export function testControl(id: string, criteria: string[], extra: Partial<Control> = {}): Control {
	return {
		id,
		title: id,
		question: '?',
		guidance: '',
		evidenceTypeI: [],
		evidenceTypeII: [],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria,
		policies: [],
		...extra
	};
}
