import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { answer, data, IAM02_DONE, state, task, TS, with_ } from '$lib/testing/snapshots';
import type { Snapshot } from '../types';
import { computeSummary, trendSinceLastSnapshot } from './compute-summary';

const TODAY = '2027-03-01';

function snap(name: string, createdAt: string, d = data()): Snapshot {
	return {
		id: `s-${name}`,
		assessmentId: 'a1',
		name,
		createdAt,
		catalogVersion: catalog.version,
		data: d
	};
}

describe('computeSummary', () => {
	it('counts what is assessed and implemented, and nothing for an untouched assessment', () => {
		const empty = computeSummary(catalog, data(), TODAY);
		expect(empty.assessedControls).toBe(0);
		expect(empty.implementedControls).toBe(0);
		expect(empty.applicableControls).toBeGreaterThan(0);

		const one = computeSummary(catalog, IAM02_DONE, TODAY);
		expect(one.assessedControls).toBe(1);
		expect(one.implementedControls).toBe(1);
		expect(one.applicableControls).toBe(empty.applicableControls);
		expect(one.type1 ?? 0).toBeGreaterThan(empty.type1 ?? 0);
	});

	it('leaves the computed time for the caller to stamp', () => {
		expect(computeSummary(catalog, data(), TODAY).computedAt).toBe('');
	});

	it('carries the target date answered in scoping, and no projected date without a task', () => {
		const d = with_(data(), { answers: [answer('target_date', '2027-09-30')] });
		const s = computeSummary(catalog, d, TODAY);
		expect(s.targetDate).toBe('2027-09-30');
		expect(s.reportDate).toBeNull();
	});

	it('projects a report date once there is a plan with work left', () => {
		const base = data();
		const d = with_(base, {
			assessment: {
				...base.assessment,
				plan: { ...base.assessment.plan, startDate: '2027-03-01', capacityPerWeek: 5 }
			},
			controls: [state('IAM-02', { status: 'not_started' })],
			tasks: [task('t1', 'todo')]
		});
		const s = computeSummary(catalog, d, TODAY);
		expect(s.reportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect((s.reportDate ?? '') > TODAY).toBe(true);
	});
});

describe('trendSinceLastSnapshot', () => {
	it('is null without snapshots', () => {
		expect(trendSinceLastSnapshot(catalog, IAM02_DONE, [], TODAY)).toBeNull();
	});

	it('shows no change against a snapshot of the same work', () => {
		const t = trendSinceLastSnapshot(catalog, IAM02_DONE, [snap('W1', TS, IAM02_DONE)], TODAY);
		expect(t).toEqual({ name: 'W1', createdAt: TS, delta: 0 });
	});

	it('measures from the newest snapshot, whatever order they come in', () => {
		const older = snap('Workshop 1', '2027-01-10T10:00:00.000Z', data());
		const newer = snap('Workshop 2', '2027-02-10T10:00:00.000Z', IAM02_DONE);
		const t = trendSinceLastSnapshot(catalog, IAM02_DONE, [older, newer], TODAY);
		expect(t?.name).toBe('Workshop 2');
		expect(t?.delta).toBe(0);
		const u = trendSinceLastSnapshot(catalog, IAM02_DONE, [newer, older], TODAY);
		expect(u?.name).toBe('Workshop 2');
	});

	it('is the rise in the headline score since the snapshot', () => {
		const t = trendSinceLastSnapshot(catalog, IAM02_DONE, [snap('W1', TS, data())], TODAY);
		const before = computeSummary(catalog, data(), TODAY).type1 ?? 0;
		const after = computeSummary(catalog, IAM02_DONE, TODAY).type1 ?? 0;
		expect(t?.delta).toBeGreaterThan(0);
		expect(t?.delta).toBe(after - before);
	});
});
