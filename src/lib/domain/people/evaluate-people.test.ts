/** The people records in the whole evaluation: IAM-07 dated by reviews, blockers per report type. */
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { evaluate } from '../scoring/evaluate';
import { data, evidence, state, TS } from '../../testing/snapshots';
import type { AccessReviewRecord, PersonRecord } from '../types';

const TODAY = '2027-03-01';

const review = (completedAt: string | null): AccessReviewRecord => ({
	id: `r-${completedAt ?? 'open'}`,
	assessmentId: 'a1',
	systemName: 'GitHub',
	reviewDate: '2027-02-01',
	reviewer: 'Sam',
	completedAt,
	accounts: [],
	decisions: [],
	createdAt: TS,
	updatedAt: TS
});

const leaver: PersonRecord = {
	id: 'p1',
	assessmentId: 'a1',
	name: 'Ben',
	email: 'ben@example.com',
	role: '',
	department: '',
	manager: '',
	startDate: '2025-01-06',
	endDate: '2027-01-15',
	employmentType: 'employee',
	inScope: true,
	companyDevice: false,
	createdAt: TS,
	updatedAt: TS
};

describe('evaluate with people records', () => {
	it('a completed access review is the last performance of IAM-07', () => {
		const base = {
			...data('type2'),
			controls: [state('IAM-07', { status: 'implemented' })],
			evidence: [evidence('IAM-07', 'both')]
		};
		const without = evaluate(catalog, base, TODAY);
		expect(without.score.byId.get('IAM-07')?.gaps.type2).toContain('overdue');
		const open = evaluate(catalog, { ...base, accessReviews: [review(null)] }, TODAY);
		expect(open.score.byId.get('IAM-07')?.gaps.type2).toContain('overdue');
		const done = evaluate(catalog, { ...base, accessReviews: [review('2027-02-03')] }, TODAY);
		expect(done.score.byId.get('IAM-07')?.gaps.type2).not.toContain('overdue');
		// A review "completed" in the future does not count.
		const future = evaluate(catalog, { ...base, accessReviews: [review('2027-05-01')] }, TODAY);
		expect(future.score.byId.get('IAM-07')?.gaps.type2).toContain('overdue');
	});

	it("a leaver's access never recorded as removed blocks Audit-ready on IAM-05", () => {
		const e = evaluate(catalog, { ...data('type1'), people: [leaver] }, TODAY);
		expect(e.people?.rosterSize).toBe(1);
		const refs = e.score.type1.blockers.filter((b) => b.kind === 'people').map((b) => b.ref);
		expect(refs).toContain('IAM-05');
		expect(e.score.type2.blockers.filter((b) => b.kind === 'people').map((b) => b.ref)).toContain(
			'IAM-05'
		);
		// Without people records nothing is added.
		const none = evaluate(catalog, data('type1'), TODAY);
		expect(none.people).toBeNull();
		expect(none.score.type1.blockers.some((b) => b.kind === 'people')).toBe(false);
	});
});
