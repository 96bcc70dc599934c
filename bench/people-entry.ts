// Bundled by bench/people.mjs and run in Node: the People page's pure work at 10,000 people
// (the most a roster may hold): validating an imported roster, the verdict's people findings and
// a Type II sample draw.
import {
	CHECK_KINDS,
	drawSample,
	peoplePopulations,
	peopleVerdict,
	validateRoster,
	type Person,
	type PersonCheck
} from '$lib/domain/people';

const TODAY = '2026-12-01';
const day = (n: number) =>
	new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

function records(n: number): Record<string, string>[] {
	return Array.from({ length: n }, (_, i) => ({
		'Full name': `Person ${i} Müller`,
		'Work email': `person${i}@example.com`,
		'Job title': i % 7 === 0 ? 'Engineer' : 'Analyst',
		Department: i % 3 === 0 ? 'Engineering' : 'Sales',
		Manager: `Manager ${i % 50}`,
		'Hire date': day(i % 2000),
		'Termination date': i % 10 === 0 ? day((i % 2000) + 200) : '',
		'Worker type': i % 5 === 0 ? 'Contractor' : 'Employee'
	}));
}

const MAPPING = {
	name: 'Full name',
	email: 'Work email',
	role: 'Job title',
	department: 'Department',
	manager: 'Manager',
	startDate: 'Hire date',
	endDate: 'Termination date',
	employmentType: 'Worker type'
} as const;

function time(f: () => unknown): number {
	const t = performance.now();
	f();
	return performance.now() - t;
}

export function run(n: number, repeats: number) {
	const rows = records(n);
	const validate: number[] = [];
	let drafts = 0;
	for (let i = 0; i < repeats; i++)
		validate.push(
			time(() => {
				drafts = validateRoster(rows, MAPPING, { today: TODAY }).drafts.length;
			})
		);
	const people: Person[] = rows.map((r, i) => ({
		id: `p${i}`,
		name: r['Full name'] ?? '',
		email: r['Work email'] ?? null,
		role: '',
		department: '',
		manager: '',
		startDate: r['Hire date'] ?? TODAY,
		endDate: r['Termination date'] || null,
		employmentType: 'employee',
		inScope: true,
		companyDevice: i % 2 === 0
	}));
	const checks: PersonCheck[] = people.flatMap((p, i) =>
		CHECK_KINDS.filter((_, k) => (i + k) % 4 !== 0).map((kind, k) => ({
			personId: p.id,
			kind,
			date: day((i % 2000) + k)
		}))
	);
	const applicable = new Set([
		'HR-01',
		'HR-02',
		'HR-04',
		'HR-07',
		'HR-08',
		'END-01',
		'IAM-02',
		'IAM-04',
		'IAM-05'
	]);
	const verdict: number[] = [];
	for (let i = 0; i < repeats; i++)
		verdict.push(
			time(() =>
				peopleVerdict(
					{ people, personChecks: checks, accessReviews: [] },
					{ today: TODAY, observationMonths: 12, applicable }
				)
			)
		);
	const sample: number[] = [];
	for (let i = 0; i < repeats; i++)
		sample.push(
			time(() => {
				const pops = peoplePopulations(people, checks, { start: '2020-01-01', end: TODAY });
				drawSample(pops.hires, `seed-${i}`);
			})
		);
	return { people: n, drafts, checks: checks.length, validate, verdict, sample };
}
