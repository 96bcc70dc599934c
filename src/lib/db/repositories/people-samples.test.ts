import { beforeEach, describe, expect, it } from 'vitest';
import type { PeopleSampleRecord } from '$lib/domain/types';
import type { AppDb } from '../db';
import { freshDb } from '../../testing/db';
import { replaceSamples, undoReplaceSamples } from './people';

let db: AppDb;
const sample = (id: string, assessmentId = 'a1', seed = 'S'): PeopleSampleRecord => ({
	id,
	assessmentId,
	process: 'hires',
	window: { start: '2026-04-01', end: '2027-03-31' },
	seed,
	populationSize: 1,
	size: 1,
	items: [{ key: 'p1', personId: 'p1', date: '2026-05-01' }],
	drawnAt: '2027-03-31T10:00:00.000Z'
});

beforeEach(() => {
	db = freshDb();
});

describe('replaceSamples', () => {
	it('swaps one draw for another in one write, leaves other assessments alone, and undoes', async () => {
		await db.peopleSamples.bulkPut([sample('old1'), sample('old2'), sample('other', 'a2')]);
		const drawn = [sample('new1', 'a1', 'T')];
		const previous = await replaceSamples('a1', drawn);
		expect(previous.map((s) => s.id).sort()).toEqual(['old1', 'old2']);
		const ids = async () => (await db.peopleSamples.toArray()).map((s) => s.id).sort();
		expect(await ids()).toEqual(['new1', 'other']);
		await undoReplaceSamples('a1', drawn, previous);
		expect(await ids()).toEqual(['old1', 'old2', 'other']);
	});
});
