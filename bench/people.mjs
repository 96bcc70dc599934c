// The People page's pure work at the largest roster it takes (10,000 people), in Node: roster
// validation of an imported file, the verdict's people findings (every check of every person) and
// drawing a Type II sample. Reported, not asserted.
import { loadTs } from './node-bundle.mjs';
import { median, ms } from './stats.mjs';

export async function measurePeople() {
	const mod = await loadTs('bench/people-entry.ts', 'people');
	const r = mod.run(10_000, 5);
	if (r.drafts !== r.people) throw new Error(`roster bench: ${r.drafts} of ${r.people} rows valid`);
	return {
		rows: [
			{ what: 'roster validation, 10,000 rows (median, Node)', value: ms(median(r.validate)) },
			{
				what: `people findings, 10,000 people / ${r.checks} checks (median, Node)`,
				value: ms(median(r.verdict))
			},
			{
				what: 'Type II populations + sample draw, 10,000 people (median, Node)',
				value: ms(median(r.sample))
			}
		],
		validateMs: median(r.validate),
		verdictMs: median(r.verdict),
		sampleMs: median(r.sample)
	};
}
