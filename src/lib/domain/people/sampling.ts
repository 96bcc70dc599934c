/**
 * Populations of the recurring people processes in a Type II window, and a sample drawn from each
 * reproducibly: the same seed, population and size always give the same items, so the auditor
 * can redraw it from the seed shown on screen. The sample becomes the evidence request list.
 */
import type { Frequency } from '$lib/catalog';
import { seededRandom } from './prng';
import { sampleSize, type SampleSizeOptions } from './sample-size';
import type { CheckKind, Person, PersonCheck } from './types';

export type PeopleProcess = 'hires' | 'leavers' | 'training_completions' | 'access_changes';

export const PEOPLE_PROCESSES = [
	'hires',
	'leavers',
	'training_completions',
	'access_changes'
] as const satisfies readonly PeopleProcess[];

/** A Type II observation window, both ends included, 'YYYY-MM-DD'. */
export interface ObservationWindow {
	start: string;
	end: string;
}

export interface PopulationItem {
	/** Stable and unique within the population: what the sample is drawn over. */
	key: string;
	personId: string;
	date: string;
	/** For check-based populations, which check. */
	kind?: CheckKind;
}

export interface Population {
	process: PeopleProcess;
	window: ObservationWindow;
	/** Sorted by date, then key. */
	items: PopulationItem[];
}

export interface Sample {
	process: PeopleProcess;
	seed: string;
	populationSize: number;
	size: number;
	/** Sorted by date, then key. */
	items: PopulationItem[];
}

const inWindow = (date: string, w: ObservationWindow) => date >= w.start && date <= w.end;

function byDateThenKey(a: PopulationItem, b: PopulationItem): number {
	return a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function checkItems(
	checks: readonly PersonCheck[],
	kinds: readonly CheckKind[],
	inScope: ReadonlySet<string>,
	w: ObservationWindow
): PopulationItem[] {
	const items = new Map<string, PopulationItem>();
	for (const c of checks) {
		if (c.date === null || !kinds.includes(c.kind) || !inScope.has(c.personId)) continue;
		if (!inWindow(c.date, w)) continue;
		const key = `${c.personId}|${c.kind}|${c.date}`;
		items.set(key, { key, personId: c.personId, date: c.date, kind: c.kind });
	}
	return [...items.values()];
}

/**
 * The population of each people process in the window, in-scope people only: hires (start date
 * in the window), leavers (end date in it), security training completions and access changes
 * (access granted or removed) dated in it. One check on one day for one person counts once.
 * Role changes are not recorded on the roster, so they are not in the access changes.
 */
export function peoplePopulations(
	people: readonly Pick<Person, 'id' | 'startDate' | 'endDate' | 'inScope'>[],
	checks: readonly PersonCheck[],
	window: ObservationWindow
): Record<PeopleProcess, Population> {
	const scoped = people.filter((p) => p.inScope);
	const ids = new Set(scoped.map((p) => p.id));
	const pop = (process: PeopleProcess, items: PopulationItem[]): Population => ({
		process,
		window,
		items: items.sort(byDateThenKey)
	});
	return {
		hires: pop(
			'hires',
			scoped
				.filter((p) => inWindow(p.startDate, window))
				.map((p) => ({ key: p.id, personId: p.id, date: p.startDate }))
		),
		leavers: pop(
			'leavers',
			scoped.flatMap((p) =>
				p.endDate !== null && inWindow(p.endDate, window)
					? [{ key: p.id, personId: p.id, date: p.endDate }]
					: []
			)
		),
		training_completions: pop(
			'training_completions',
			checkItems(checks, ['security_training'], ids, window)
		),
		access_changes: pop(
			'access_changes',
			checkItems(checks, ['access_granted', 'access_removed'], ids, window)
		)
	};
}

/**
 * A reproducible sample: the population is put in key order (so the order it arrived in does not
 * matter), shuffled by a partial Fisher–Yates driven by mulberry32 seeded from the FNV-1a hash of
 * `seed` and the process name (one seed on screen, an independent draw per process), and the
 * first `size` items are returned by date. `size` defaults to the documented table
 * (sample-size.ts) and is never more than the population.
 */
export function drawSample(
	population: Pick<Population, 'process' | 'items'>,
	seed: string,
	options: SampleSizeOptions & { size?: number; frequency?: Frequency | null } = {}
): Sample {
	const pool = [...population.items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const wanted = options.size ?? sampleSize(pool.length, options.frequency ?? null, options);
	const size = Math.max(0, Math.min(pool.length, Math.floor(wanted)));
	const random = seededRandom(`${seed}\u0000${population.process}`);
	for (let i = 0; i < size; i++) {
		const j = i + Math.floor(random() * (pool.length - i));
		const a = pool[i];
		const b = pool[j];
		if (a === undefined || b === undefined) break;
		pool[i] = b;
		pool[j] = a;
	}
	return {
		process: population.process,
		seed,
		populationSize: pool.length,
		size,
		items: pool.slice(0, size).sort(byDateThenKey)
	};
}
