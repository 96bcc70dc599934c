/**
 * The drawn samples as an evidence request list: one row per sampled item, saying which controls
 * it evidences and what to provide, with the seed and window it was drawn from so the list can
 * be redrawn and checked. Pure; the CSV and XLSX files are made from these rows.
 */
import type { PeopleSampleRecord } from './records';
import { PROCESS_LABEL } from './sample-basis';
import { checksForItem, evidenceFor, itemControls } from './sample-controls';
import { PEOPLE_PROCESSES } from './sampling';
import { CHECK_KIND_LABEL, type Person } from './types';

export interface SampleRequestRow {
	/** The process's title ('Hires'). */
	process: string;
	/** 'HR-02, HR-07, …' in the mapping's order. */
	controlIds: string[];
	/** The person's name as on the roster; a placeholder when they are no longer on it. */
	person: string;
	/** The item's date: start date, end date or the check's date. */
	date: string;
	/** Which checks are tested, by their labels. */
	checks: string[];
	/** What to provide, one line per check. */
	evidence: string[];
	seed: string;
	windowStart: string;
	windowEnd: string;
	populationSize: number;
	sampleSize: number;
	/** ISO timestamp of the draw. */
	drawnAt: string;
}

export const NOT_ON_ROSTER = '(no longer on the roster)';

/**
 * One row per sampled item, processes in their usual order (hires, leavers, training, access),
 * items by date within each sample, samples of one process oldest draw first.
 */
export function sampleRequestRows(
	samples: readonly PeopleSampleRecord[],
	people: readonly Pick<Person, 'id' | 'name' | 'companyDevice'>[]
): SampleRequestRow[] {
	const byId = new Map(people.map((p) => [p.id, p]));
	const order = (s: PeopleSampleRecord) => PEOPLE_PROCESSES.indexOf(s.process);
	const sorted = [...samples].sort(
		(a, b) => order(a) - order(b) || (a.drawnAt < b.drawnAt ? -1 : a.drawnAt > b.drawnAt ? 1 : 0)
	);
	return sorted.flatMap((s) =>
		s.items.map((item) => {
			const person = byId.get(item.personId);
			const device = person?.companyDevice ?? true;
			const kinds = checksForItem(s.process, item, device);
			return {
				process: PROCESS_LABEL[s.process].title,
				controlIds: itemControls(s.process, item, device),
				person: person?.name ?? NOT_ON_ROSTER,
				date: item.date,
				checks: kinds.map((k) => CHECK_KIND_LABEL[k]),
				evidence: kinds.map((k) => evidenceFor(s.process, k, item.date)),
				seed: s.seed,
				windowStart: s.window.start,
				windowEnd: s.window.end,
				populationSize: s.populationSize,
				sampleSize: s.size,
				drawnAt: s.drawnAt
			};
		})
	);
}
