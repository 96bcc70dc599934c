/** The link between the risk register and the verdict, through the whole evaluation. */
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { evaluate } from '../scoring/evaluate';
import type { ControlState } from '../types';
import { blankRisk } from './new-risk';
import type { Risk, RiskReview } from './records';

const TODAY = '2026-12-02';
const A = { includedCategories: [], declinedCategories: [] };
const state = (controlId: string, status: ControlState['status']): ControlState => ({
	assessmentId: 'a1',
	controlId,
	status,
	ownerName: '',
	ownerDepartment: null,
	notes: '',
	dueDate: null,
	lastPerformed: null,
	naRationale: '',
	updatedAt: TODAY
});
const risk = (id: string, over: Partial<Risk>): Risk => ({
	...blankRisk(id, 'a1', new Date('2026-11-01T00:00:00Z')),
	title: id,
	...over
});
const review: RiskReview = {
	id: 'rv1',
	assessmentId: 'a1',
	reviewedAt: '2026-11-20',
	reviewer: 'Ada',
	note: '',
	riskCount: 2,
	createdAt: '2026-11-20T09:00:00Z',
	updatedAt: '2026-11-20T09:00:00Z'
};
const base = {
	assessment: A,
	answers: [],
	evidence: [],
	policies: [],
	controls: [state('IAM-02', 'implemented'), state('IAM-05', 'in_progress')]
};
const registerBlockers = (e: ReturnType<typeof evaluate>) =>
	e.score.type1.blockers.filter((b) => b.kind === 'risk' || b.kind === 'risk_review');

describe('risk register in the verdict', () => {
	it('lists no register and no review as a blocker once the register is read', () => {
		const e = evaluate(catalog, { ...base, risks: [], riskReviews: [] }, TODAY);
		expect(registerBlockers(e).map((b) => b.kind)).toEqual(['risk_review']);
		// Callers that only score controls pass no register and get no register blocker.
		expect(registerBlockers(evaluate(catalog, base, TODAY))).toEqual([]);
	});

	it('lists a high residual risk whose only control is not implemented; a covered one clears', () => {
		const risks = [
			risk('Covered', { residual: { likelihood: 4, impact: 5 }, controlIds: ['IAM-02'] }),
			risk('Bare', { residual: { likelihood: 2, impact: 5 }, controlIds: ['IAM-05'] })
		];
		const e = evaluate(catalog, { ...base, risks, riskReviews: [review] }, TODAY);
		expect(registerBlockers(e)).toEqual([
			{
				kind: 'risk',
				ref: 'Bare',
				text: 'High residual risk "Bare" (10) has no linked implemented control.'
			}
		]);
		expect(e.score.type2.blockers.filter((b) => b.kind === 'risk')).toHaveLength(1);
	});

	it('never changes a score', () => {
		const risks = [risk('Bare', { residual: { likelihood: 5, impact: 5 } })];
		const without = evaluate(catalog, base, TODAY).score.type1;
		const withRegister = evaluate(catalog, { ...base, risks, riskReviews: [] }, TODAY).score.type1;
		expect(withRegister.overall).toBe(without.overall);
		expect(withRegister.byCriterion).toEqual(without.byCriterion);
	});
});
