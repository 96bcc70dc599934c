import { describe, expect, it } from 'vitest';
import type { ControlStatus } from '../types';
import { blankRisk } from './new-risk';
import type { Risk, RiskReview } from './records';
import {
	isTreated,
	registerFindings,
	registerStatus,
	riskReviewActivity,
	treatedSummary
} from './register';

const TODAY = '2026-12-02';
const review = (reviewedAt: string, id = 'rv'): RiskReview => ({
	id,
	assessmentId: 'a1',
	reviewedAt,
	reviewer: 'Ada',
	note: '',
	riskCount: 3,
	createdAt: `${reviewedAt}T10:00:00Z`,
	updatedAt: `${reviewedAt}T10:00:00Z`
});
const risk = (id: string, over: Partial<Risk>): Risk => ({
	...blankRisk(id, 'a1', new Date('2026-11-01T00:00:00Z')),
	title: id,
	...over
});
const states: Record<string, ControlStatus> = { 'IAM-02': 'implemented', 'IAM-05': 'in_progress' };
const statusOf = (id: string): ControlStatus | null => states[id] ?? null;

describe('register status', () => {
	it('is none, current up to 365 days, then stale', () => {
		expect(registerStatus([], TODAY).state).toBe('none');
		expect(registerStatus([review('2025-12-02')], TODAY)).toMatchObject({
			state: 'current',
			ageDays: 365,
			due: '2026-12-02'
		});
		expect(registerStatus([review('2025-12-01')], TODAY).state).toBe('stale');
		expect(
			registerStatus([review('2025-01-01', 'a'), review('2026-06-01', 'b')], TODAY).last?.id
		).toBe('b');
	});
});

describe('register findings (what blocks Audit-ready)', () => {
	it('asks for a register when there is none', () => {
		expect(registerFindings([], [], statusOf, TODAY)).toEqual([
			{
				kind: 'risk_review',
				ref: 'CC3.1',
				text: "No risk register: list the company's risks and record a review of the register (CC3.1, CC3.2, CC3.3, CC3.4, CC9.1)."
			}
		]);
	});
	it('flags a stale review and high residual risks without an implemented control', () => {
		const risks = [
			risk('covered', { residual: { likelihood: 4, impact: 4 }, controlIds: ['IAM-02'] }),
			risk('in progress only', { residual: { likelihood: 2, impact: 5 }, controlIds: ['IAM-05'] }),
			risk('critical bare', { residual: { likelihood: 5, impact: 4 } }),
			risk('medium bare', { residual: { likelihood: 3, impact: 3 } })
		];
		expect(registerFindings(risks, [review('2025-06-30')], statusOf, TODAY)).toEqual([
			{
				kind: 'risk_review',
				ref: 'CC3.1',
				text: 'The risk register was last reviewed on 30 Jun 2025, more than a year ago: review it again (CC3.1, CC3.2, CC3.3, CC3.4, CC9.1).'
			},
			{
				kind: 'risk',
				ref: 'critical bare',
				text: 'Critical residual risk "critical bare" (20) has no linked implemented control.'
			},
			{
				kind: 'risk',
				ref: 'in progress only',
				text: 'High residual risk "in progress only" (10) has no linked implemented control.'
			}
		]);
	});
	it('adds nothing for a current review and covered risks', () => {
		const risks = [risk('ok', { residual: { likelihood: 4, impact: 4 }, controlIds: ['IAM-02'] })];
		expect(registerFindings(risks, [review('2026-11-01')], statusOf, TODAY)).toEqual([]);
	});
});

describe('treated risks', () => {
	it('counts mitigation with an implemented control, other treatments with a rationale', () => {
		const risks = [
			risk('m1', { treatment: 'mitigate', controlIds: ['IAM-02'] }),
			risk('m2', { treatment: 'mitigate', controlIds: ['IAM-05'] }),
			risk('a1', { treatment: 'accept', treatmentRationale: 'Cost exceeds harm.' }),
			risk('t1', { treatment: 'transfer', treatmentRationale: '  ' })
		];
		expect(risks.map((r) => isTreated(r, statusOf))).toEqual([true, false, true, false]);
		expect(treatedSummary(risks, statusOf)).toEqual({
			treated: 2,
			total: 4,
			text: '2 of 4 risks treated'
		});
	});
});

describe('calendar entry', () => {
	it('is due today before the first review, a year after the last one after it', () => {
		expect(riskReviewActivity([], TODAY)).toMatchObject({
			lastDone: null,
			nextDue: TODAY,
			overdue: false
		});
		expect(riskReviewActivity([review('2025-11-01')], TODAY)).toMatchObject({
			lastDone: '2025-11-01',
			nextDue: '2026-11-01',
			overdue: true,
			ownerName: 'Ada'
		});
	});
});
