import { describe, expect, it } from 'vitest';
import { drawSample, peoplePopulations, type PopulationItem } from './sampling';
import type { PersonCheck } from './types';

const WINDOW = { start: '2026-01-01', end: '2026-06-30' };

const person = (id: string, startDate: string, endDate: string | null = null, inScope = true) => ({
	id,
	startDate,
	endDate,
	inScope
});

describe('peoplePopulations', () => {
	const people = [
		person('before', '2025-12-31'),
		person('first-day', '2026-01-01'),
		person('last-day', '2026-06-30', '2026-06-30'),
		person('after', '2026-07-01'),
		person('leaver-start', '2024-03-01', '2026-01-01'),
		person('leaver-after', '2024-03-01', '2026-07-01'),
		person('out', '2026-03-01', '2026-04-01', false)
	];
	const check = (
		personId: string,
		kind: PersonCheck['kind'],
		date: string | null
	): PersonCheck => ({
		personId,
		kind,
		date
	});
	const checks: PersonCheck[] = [
		check('first-day', 'security_training', '2026-01-20'),
		check('first-day', 'security_training', '2026-01-20'),
		check('before', 'security_training', '2025-12-31'),
		check('last-day', 'security_training', '2026-06-30'),
		check('out', 'security_training', '2026-03-02'),
		check('first-day', 'access_granted', '2026-01-01'),
		check('leaver-start', 'access_removed', '2026-01-02'),
		check('last-day', 'access_removed', null),
		check('first-day', 'mfa_enabled', '2026-01-01')
	];
	const pops = peoplePopulations(people, checks, WINDOW);
	const keys = (items: PopulationItem[]) => items.map((i) => i.key);

	it('counts hires with the start date in the window, both ends included', () => {
		expect(keys(pops.hires.items)).toEqual(['first-day', 'last-day']);
	});

	it('counts leavers with the end date in the window, both ends included', () => {
		expect(keys(pops.leavers.items)).toEqual(['leaver-start', 'last-day']);
	});

	it('counts training completions in the window once per person and day', () => {
		expect(keys(pops.training_completions.items)).toEqual([
			'first-day|security_training|2026-01-20',
			'last-day|security_training|2026-06-30'
		]);
	});

	it('counts access grants and removals with a date, leaving other checks out', () => {
		expect(keys(pops.access_changes.items)).toEqual([
			'first-day|access_granted|2026-01-01',
			'leaver-start|access_removed|2026-01-02'
		]);
	});

	it('leaves out-of-scope people out of every population', () => {
		for (const p of Object.values(pops))
			expect(p.items.some((i) => i.personId === 'out')).toBe(false);
	});

	it('is empty for an empty roster', () => {
		const empty = peoplePopulations([], [], WINDOW);
		expect(Object.values(empty).map((p) => p.items.length)).toEqual([0, 0, 0, 0]);
	});
});

function population(n: number) {
	const items: PopulationItem[] = [];
	for (let i = 0; i < n; i++) {
		const day = String((i % 28) + 1).padStart(2, '0');
		items.push({
			key: `p${String(i).padStart(4, '0')}`,
			personId: `p${i}`,
			date: `2026-03-${day}`
		});
	}
	return { process: 'hires' as const, items };
}

describe('drawSample', () => {
	const POP = population(100);

	it('draws the size the table gives, never more than the population', () => {
		expect(drawSample(POP, 's').size).toBe(25);
		expect(drawSample(population(40), 's').items).toHaveLength(5);
		expect(drawSample(population(3), 's', { size: 10 }).items).toHaveLength(3);
		expect(drawSample(population(0), 's').items).toEqual([]);
		expect(drawSample(population(1), 's').items.map((i) => i.key)).toEqual(['p0000']);
	});

	it('gives the same sample for the same seed', () => {
		expect(drawSample(POP, 'FY26-Q2')).toEqual(drawSample(POP, 'FY26-Q2'));
	});

	it('does not depend on the order the population arrived in', () => {
		const reversed = { ...POP, items: [...POP.items].reverse() };
		expect(drawSample(reversed, 'FY26-Q2').items).toEqual(drawSample(POP, 'FY26-Q2').items);
	});

	it('gives different samples for different seeds', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 20; i++)
			seen.add(
				drawSample(POP, `seed ${i}`)
					.items.map((x) => x.key)
					.join()
			);
		expect(seen.size).toBe(20);
	});

	it('draws independently per process from one seed', () => {
		const leavers = { ...POP, process: 'leavers' as const };
		expect(drawSample(leavers, 'x').items).not.toEqual(drawSample(POP, 'x').items);
	});

	it('returns distinct members of the population sorted by date then key', () => {
		const s = drawSample(POP, 'sorted');
		const keys = s.items.map((i) => i.key);
		expect(new Set(keys).size).toBe(25);
		for (const k of keys) expect(POP.items.some((i) => i.key === k)).toBe(true);
		const sorted = [...s.items].sort((a, b) =>
			a.date === b.date ? (a.key < b.key ? -1 : 1) : a.date < b.date ? -1 : 1
		);
		expect(s.items).toEqual(sorted);
		expect(s).toMatchObject({ process: 'hires', seed: 'sorted', populationSize: 100, size: 25 });
	});

	it('takes the whole population when the size equals it', () => {
		const s = drawSample(population(5), 'all', { size: 5 });
		expect(s.items.map((i) => i.key).sort()).toEqual(['p0000', 'p0001', 'p0002', 'p0003', 'p0004']);
	});

	it('gives every item a fair chance over many seeds', () => {
		const counts = new Map<string, number>();
		const pop = population(20);
		for (let i = 0; i < 4000; i++)
			for (const it of drawSample(pop, `fair ${i}`, { size: 5 }).items)
				counts.set(it.key, (counts.get(it.key) ?? 0) + 1);
		// Expected 4000 * 5 / 20 = 1000 per item.
		expect(counts.size).toBe(20);
		for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(150);
	});

	it('follows the control frequency when given', () => {
		expect(drawSample(POP, 's', { frequency: 'quarterly' }).size).toBe(2);
		expect(drawSample(population(400), 's', { largePopulation: 60 }).size).toBe(60);
	});
});
