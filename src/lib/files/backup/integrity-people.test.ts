/** The people records in a backup: each check and sampled item must name someone on the roster. */
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { buildBundle } from './format';
import { bundleFromJson } from './read-json';
import { syntheticAssessments } from '../../testing/synthetic-assessments';

function bundle() {
	return JSON.parse(
		JSON.stringify(
			buildBundle({
				appVersion: 'test',
				catalogVersion: catalog.version,
				exportedAt: '2026-05-01T12:00:00.000Z',
				assessments: syntheticAssessments(1, { vendors: 0 }).map((a) => ({ ...a, files: [] })),
				templates: []
			})
		)
	);
}

describe('people records in a backup', () => {
	it('reads a bundle with a roster, checks, a review and a sample', () => {
		const read = bundleFromJson(bundle());
		expect(read.assessments[0]?.people).toHaveLength(2);
		expect(read.assessments[0]?.personChecks).toHaveLength(2);
	});

	it('refuses a check or a sampled item for someone not on the roster, naming where', () => {
		const b = bundle();
		b.assessments[0].personChecks[0].personId = 'nobody';
		expect(() => bundleFromJson(b)).toThrow(
			'assessments[0].personChecks[0].personId: "nobody" is not a person on this assessment\'s roster'
		);
		const c = bundle();
		c.assessments[0].peopleSamples[0].items[0].personId = 'ghost';
		expect(() => bundleFromJson(c)).toThrow(
			'assessments[0].peopleSamples[0].items[0].personId: "ghost" is not a person on this assessment\'s roster'
		);
	});

	it('refuses the same person id twice and an unknown check kind', () => {
		const b = bundle();
		b.assessments[0].people[1].id = b.assessments[0].people[0].id;
		expect(() => bundleFromJson(b)).toThrow(
			/the person id ".*" is also used by assessments\[0\]\.people\[0\]/
		);
		const c = bundle();
		c.assessments[0].personChecks[0].kind = 'drug_test';
		expect(() => bundleFromJson(c)).toThrow(
			/personChecks\[0\]\.kind: expected one of background_check/
		);
	});
});
