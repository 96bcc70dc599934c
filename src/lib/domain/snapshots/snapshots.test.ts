import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../assessments/assessment';
import { RECORD_NAME_MAX, suffixedName, validateRecordName } from '../record-names';
import {
	currentSide,
	defaultSnapshotName,
	snapshotSide,
	takeSnapshot,
	validateSnapshotName
} from './snapshots';
import type { ControlState, FrozenAssessment } from '../types';

const NOW = new Date('2027-03-01T09:30:00.000Z');

function data(controls: ControlState[] = []): FrozenAssessment {
	return {
		assessment: {
			...createAssessment(
				{ companyName: 'Acme', assessor: 'Dana', reportType: 'type1' },
				'a1',
				NOW,
				'2026.1'
			),
			progress: {},
			summary: null
		},
		answers: [{ assessmentId: 'a1', questionId: 'offices', value: 'own', updatedAt: '' }],
		controls,
		evidence: [],
		tasks: [],
		policies: [],
		vendors: [],
		risks: [],
		riskReviews: [],
		description: [],
		policyTexts: [],
		people: [],
		personChecks: [],
		accessReviews: [],
		peopleSamples: []
	};
}
const implemented = (controlId: string): ControlState => ({
	assessmentId: 'a1',
	controlId,
	status: 'implemented',
	ownerName: 'Sam',
	ownerDepartment: null,
	notes: 'Done in January',
	dueDate: null,
	lastPerformed: null,
	naRationale: '',
	updatedAt: NOW.toISOString()
});

describe('takeSnapshot', () => {
	it('freezes a deep copy under a tidied name with the time and catalog version', () => {
		const d = data([implemented('IAM-02')]);
		const r = takeSnapshot(d, '  Q1   baseline ', 's1', NOW, '2026.1', []);
		if (!r.ok) throw new Error(r.error);
		expect(r.snapshot).toEqual({
			id: 's1',
			assessmentId: 'a1',
			name: 'Q1 baseline',
			createdAt: '2027-03-01T09:30:00.000Z',
			catalogVersion: '2026.1',
			data: d
		});
		// Later edits to the assessment never reach the snapshot.
		const first = d.controls[0];
		if (first) first.status = 'planned';
		d.assessment.includedCategories.push('privacy');
		expect(r.snapshot.data.controls[0]?.status).toBe('implemented');
		expect(r.snapshot.data.assessment.includedCategories).toEqual([]);
	});

	it('allows a snapshot of an assessment with nothing recorded', () => {
		const empty = { ...data(), answers: [] };
		const r = takeSnapshot(empty, 'Start', 's1', NOW, '2026.1', []);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.snapshot.data.controls).toEqual([]);
	});

	it('requires a name of at most 120 characters', () => {
		expect(takeSnapshot(data(), '   ', 's1', NOW, '2026.1', [])).toEqual({
			ok: false,
			error: 'Enter a name for the snapshot.',
			suggestion: null
		});
		expect(takeSnapshot(data(), 'x'.repeat(121), 's1', NOW, '2026.1', [])).toEqual({
			ok: false,
			error: 'Keep the snapshot name to 120 characters (this one has 121).',
			suggestion: null
		});
		expect(takeSnapshot(data(), 'x'.repeat(120), 's1', NOW, '2026.1', []).ok).toBe(true);
	});

	it('refuses a name already used, ignoring case and spacing, and suggests a free one', () => {
		const r = takeSnapshot(data(), 'q1  BASELINE', 's2', NOW, '2026.1', ['Q1 baseline']);
		expect(r).toEqual({
			ok: false,
			error:
				'A snapshot called "q1 BASELINE" already exists. Choose another name, such as "q1 BASELINE (2)".',
			suggestion: 'q1 BASELINE (2)'
		});
		const again = validateSnapshotName('Q1 baseline', ['Q1 baseline', 'Q1 baseline (2)']);
		expect(again.ok ? null : again.suggestion).toBe('Q1 baseline (3)');
	});

	it('keeps user text as text', () => {
		const r = validateSnapshotName('<img src=x onerror=alert(1)> =SUM(A1)', []);
		expect(r).toEqual({ ok: true, name: '<img src=x onerror=alert(1)> =SUM(A1)' });
	});
});

describe('suffixedName', () => {
	it('counts on from an existing counter but keeps a year in brackets', () => {
		expect(suffixedName('Audit (2)', ['Audit', 'Audit (2)'])).toBe('Audit (3)');
		expect(suffixedName('Release (2024)', ['Release (2024)'])).toBe('Release (2024) (2)');
	});

	it('always suggests a valid name that is not taken', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 130 }).filter((s) => s.trim() !== ''),
				fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
				(name, others) => {
					const existing = [name, ...others];
					const s = suffixedName(name, existing);
					expect(s.length).toBeLessThanOrEqual(RECORD_NAME_MAX);
					expect(validateRecordName('snapshot', s, existing).ok).toBe(true);
				}
			)
		);
	});
});

describe('comparison sides', () => {
	it('judges a snapshot as of the UTC day it was taken', () => {
		const r = takeSnapshot(
			data(),
			'Late',
			's1',
			new Date('2027-03-01T23:30:00-05:00'),
			'2026.1',
			[]
		);
		if (!r.ok) throw new Error(r.error);
		const side = snapshotSide(r.snapshot);
		expect(side).toMatchObject({
			label: 'Late',
			date: '2027-03-02',
			data: r.snapshot.data,
			catalogVersion: '2026.1'
		});
		// The vendor programme is scored as of that day too (no vendors: CC9.2 gets no credit).
		expect(side.programmes?.find((p) => p.criteria.includes('CC9.2'))?.credit).toEqual({
			type1: 0,
			type2: 0
		});
	});

	it('describes the assessment now with its own catalog version', () => {
		const d = data();
		const side = currentSide(d, '2027-04-01');
		expect(side).toMatchObject({
			label: 'Now',
			date: '2027-04-01',
			data: d,
			catalogVersion: '2026.1'
		});
		expect(side.programmes?.some((p) => p.criteria.includes('CC9.2'))).toBe(true);
	});
});

describe('defaultSnapshotName', () => {
	it('names a snapshot by date and avoids names in use', () => {
		expect(defaultSnapshotName(NOW, [])).toBe('Snapshot 1 Mar 2027');
		expect(defaultSnapshotName(NOW, ['snapshot 1 mar 2027'])).toBe('Snapshot 1 Mar 2027 (2)');
	});
});
