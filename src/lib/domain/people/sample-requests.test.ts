import { describe, expect, it } from 'vitest';
import type { PeopleSampleRecord } from './records';
import { NOT_ON_ROSTER, sampleRequestRows } from './sample-requests';
import { drawSample, peoplePopulations } from './sampling';

const WINDOW = { start: '2026-04-01', end: '2027-03-31' };
const people = Array.from({ length: 20 }, (_, i) => ({
	id: `p${String(i).padStart(2, '0')}`,
	name: `Person ${i}`,
	startDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
	endDate: i < 3 ? '2027-01-15' : null,
	inScope: true,
	companyDevice: i !== 1
}));

function record(process: PeopleSampleRecord['process'], seed: string): PeopleSampleRecord {
	const pop = peoplePopulations(people, [], WINDOW)[process];
	const s = drawSample(pop, seed);
	return {
		id: `${process}-${seed}`,
		assessmentId: 'a',
		window: WINDOW,
		drawnAt: '2027-03-31T10:00:00.000Z',
		...s
	};
}

describe('sampleRequestRows', () => {
	it('gives one row per sampled item, processes in order, with the seed and window', () => {
		const rows = sampleRequestRows([record('leavers', 'S1'), record('hires', 'S1')], people);
		expect(rows.map((r) => r.process)).toEqual([...Array(5).fill('Hires'), 'Leavers', 'Leavers']);
		for (const r of rows) {
			expect(r.seed).toBe('S1');
			expect([r.windowStart, r.windowEnd]).toEqual([WINDOW.start, WINDOW.end]);
			expect(r.evidence).toHaveLength(r.checks.length);
		}
		expect(rows[5]?.controlIds).toContain('IAM-05');
	});

	it('is the same list when drawn again from the same seed, and another from another seed', () => {
		const names = (seed: string) =>
			sampleRequestRows([record('hires', seed)], people).map((r) => r.person);
		expect(names('TEST-SEED')).toEqual(names('TEST-SEED'));
		expect(names('TEST-SEED')).not.toEqual(names('OTHER-SEED'));
	});

	it('asks for no device evidence from someone without a company device', () => {
		const sample: PeopleSampleRecord = {
			...record('leavers', 'x'),
			items: [{ key: 'p01', personId: 'p01', date: '2027-01-15' }]
		};
		const [row] = sampleRequestRows([sample], people);
		expect(row?.checks).toEqual(['Access removed']);
		expect(row?.controlIds).toEqual(['IAM-05', 'HR-08']);
	});

	it('keeps a row for someone no longer on the roster', () => {
		const sample: PeopleSampleRecord = {
			...record('hires', 'x'),
			items: [{ key: 'gone', personId: 'gone', date: '2026-05-01' }]
		};
		expect(sampleRequestRows([sample], people)[0]?.person).toBe(NOT_ON_ROSTER);
	});
});
