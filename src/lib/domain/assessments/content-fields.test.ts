import { describe, expect, it } from 'vitest';
import { withAllContentFields } from './content-fields';

describe('withAllContentFields', () => {
	it('adds an empty list for each missing content field and keeps what is there', () => {
		const old = { answers: [1], controls: [], evidence: [], tasks: [], policies: [], vendors: [] };
		expect(withAllContentFields(old)).toEqual({
			...old,
			risks: [],
			riskReviews: [],
			description: [],
			policyTexts: [],
			people: [],
			personChecks: [],
			accessReviews: [],
			peopleSamples: []
		});
		const risks = [{ id: 'r' }];
		expect(withAllContentFields({ ...old, risks })).toMatchObject({ risks });
	});

	it('is safe to run twice and leaves non-objects alone', () => {
		const once = withAllContentFields({ assessment: {} });
		expect(withAllContentFields(once)).toBe(once);
		expect(withAllContentFields(null)).toBeNull();
		expect(withAllContentFields([1])).toEqual([1]);
	});
});
