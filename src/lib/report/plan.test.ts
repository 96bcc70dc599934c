import { describe, expect, it } from 'vitest';
import { projectTimeline } from '$lib/domain/planning/projection';
import type { RemediationTask } from '$lib/domain/types';
import { projectPlan } from './plan';
import { TODAY, assessment, makeInput } from '../testing/report';

describe('projectPlan', () => {
	it('projects one task per open gap when no plan was saved', () => {
		const input = makeInput();
		const p = projectPlan({
			tasks: [],
			projection: null,
			gaps: input.planGaps,
			assessment: input.assessment,
			answers: { compliance_people: 2, compliance_hours: 20 },
			activities: [],
			type2: input.evaluation.score.type2,
			today: TODAY
		});
		// The capacity follows the scoping answers: 2 × 20 h = 5 person-days a week.
		expect(p.timeline?.capacity.perWeek).toBe(5);
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
		const input = makeInput();
		const base = {
			assessment: a,
			answers: {},
			activities: [],
			type2: input.evaluation.score.type2,
			gaps: input.planGaps,
			today: TODAY
		};
		const projection = projectTimeline({ ...base, tasks: [task] });
		const p = projectPlan({ ...base, tasks: [task], projection });
		expect(p).toMatchObject({
			tasks: [task],
			schedule: projection.schedule,
			timeline: projection,
			source: 'plan'
		});
		// Priced from the plan's 3 open person-days, once a day rate is set.
		expect(p.budget.oneOff[0]?.basis).toMatch(/^1\.5–5\.3 person-days \(middle 3\)/);
	});

	it('has nothing to project without tasks or gaps', () => {
		const a = assessment();
		const type2 = makeInput().evaluation.score.type2;
		expect(
			projectPlan({
				tasks: [],
				projection: null,
				gaps: [],
				assessment: a,
				answers: {},
				activities: [],
				type2,
				today: TODAY
			})
		).toMatchObject({ tasks: [], schedule: null, timeline: null, source: 'plan' });
	});
});
