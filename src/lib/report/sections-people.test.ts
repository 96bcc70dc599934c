import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import type { Section } from './model';
import { makeInput, ID } from '../testing/report';
import { sampleWork } from '../testing/work-sample';
import type { PersonRecord } from '$lib/domain/types';

const TS = '2027-01-01T00:00:00.000Z';

function section(input: ReturnType<typeof makeInput>): Section {
	const s = buildReport(input).sections.find((x) => x.id === 'people');
	if (!s) throw new Error('no people section');
	return s;
}

/** Every word of a section, tables included. */
function words(s: Section): string {
	return JSON.stringify(s.blocks);
}

const person = (
	id: string,
	name: string,
	startDate: string,
	endDate: string | null = null
): PersonRecord => ({
	id,
	assessmentId: ID,
	name,
	email: `${id}@example.com`,
	role: 'Engineer',
	department: 'Engineering',
	manager: 'Manager Name',
	startDate,
	endDate,
	employmentType: 'employee',
	inScope: true,
	companyDevice: false,
	createdAt: TS,
	updatedAt: TS
});

describe('people in the reports', () => {
	it('says what it rests on when there is no roster', () => {
		const s = section(makeInput({}));
		expect(words(s)).toContain('No roster is recorded');
	});

	it('gives counts and rates, never a name, an email or a manager', () => {
		// TODAY in the report fixtures is 2027-01-15. Training is due 30 days after start:
		// ann (2026-10-01) is overdue, cy (2027-01-04) is not due yet.
		const work = sampleWork(ID, TS);
		const people = [
			person('ann', 'Ann <b>Secret</b>', '2026-10-01'),
			person('cy', '=HYPERLINK("x")', '2027-01-04'),
			...work.people
		];
		const input = makeInput({
			people,
			personChecks: work.personChecks,
			accessReviews: work.accessReviews,
			peopleSamples: work.peopleSamples
		});
		const s = section(input);
		const text = words(s);
		for (const p of people) {
			expect(text).not.toContain(p.name.slice(0, 8));
			if (p.email) expect(text).not.toContain(p.email);
		}
		expect(text).not.toContain('Manager Name');
		expect(text).toContain('4 people on the roster, 4 in scope');
		expect(text).toContain('Last completed access review: 3 Mar 2026');
		expect(text).toContain('Seed');
		expect(text).toContain('K7Q2-9XPA');
		const summary = buildReport({ ...input, variant: 'investor' }).sections.find(
			(x) => x.id === 'people'
		);
		const said = JSON.stringify(summary?.blocks);
		expect(said).toContain('4 people in scope');
		for (const p of people) expect(said).not.toContain(p.name.slice(0, 8));
	});
});
