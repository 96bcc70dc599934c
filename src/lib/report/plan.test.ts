import { describe, expect, it } from 'vitest';
import { schedulePlan } from '$lib/domain/planning/schedule';
import type { RemediationTask } from '$lib/domain/types';
import { projectPlan } from './plan';
import { TODAY, assessment, makeInput } from '../testing/report';

describe('projectPlan', () => {
	it('projects one task per open gap when no plan was saved', () => {
		const input = makeInput();
		const p = projectPlan([], null, input.planGaps, input.assessment, TODAY);
		expect(p.source).toBe('gaps');
		expect(p.tasks.map((t) => t.gapKey)).toEqual(input.planGaps.map((g) => g.gapKey));
		expect(new Set(p.tasks.map((t) => t.id)).size).toBe(p.tasks.length);
		expect(p.schedule?.ok).toBe(true);
		if (p.schedule?.ok) expect(p.schedule.openTasks).toBe(input.planGaps.length);
	});

	it('uses the saved plan and its schedule as they are', () => {
		const a = assessment();
		const task: RemediationTask = {
			id: 't1',
			assessmentId: a.id,
			gapKey: null,
			title: 'Custom',
			controlIds: [],
			ownerName: '',
			ownerDepartment: null,
			effortDays: 3,
			startDate: null,
			dueDate: null,
			status: 'todo',
			notes: '',
			edited: [],
			resolved: false,
			createdAt: '',
			updatedAt: ''
		};
		const schedule = schedulePlan([task], a.plan, {
			today: TODAY,
			reportType: a.reportType,
			observationMonths: a.observationMonths
		});
		const p = projectPlan([task], schedule, makeInput().planGaps, a, TODAY);
		expect(p).toEqual({ tasks: [task], schedule, source: 'plan' });
	});

	it('has nothing to project without tasks or gaps', () => {
		const a = assessment();
		expect(projectPlan([], null, [], a, TODAY)).toEqual({
			tasks: [],
			schedule: null,
			source: 'plan'
		});
	});
});
