/**
 * The scoring method as report blocks: the same words as the app's ScoringMethod component, from
 * domain/scoring/method.ts, so the PDF cannot drift from the code.
 */
import { METHOD_INTRO, scoringMethod } from '$lib/domain/scoring/method';
import type { Block } from './model';

/** How scores are calculated, in words a founder can repeat. */
export function scoringMethodBlocks(): Block[] {
	return [
		{ kind: 'paragraph', text: METHOD_INTRO },
		...scoringMethod().flatMap((p): Block[] => [
			{ kind: 'heading', text: p.heading },
			{ kind: 'bullets', items: p.items }
		])
	];
}
