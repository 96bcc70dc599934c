import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { buildReport } from './build-report';
import type { Block, Section } from './model';
import { GLOSSARY } from './sections-story';
import { assessment, makeInput, proof, state } from '../testing/report';

function story(input = makeInput({}, 'investor')): Section {
	const s = buildReport(input).sections.find((x) => x.id === 'story');
	if (!s) throw new Error('no story');
	return s;
}
const texts = (s: Section) =>
	s.blocks.flatMap((b: Block) =>
		b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items : []
	);

describe('the investor story', () => {
	it('says where the company is, with its coverage, in plain words', () => {
		const a = assessment({ companyName: 'Acme <b>Ltd</b>', reportType: 'type2' });
		const input = makeInput(
			{
				assessment: a,
				controls: [state('IAM-02', { status: 'implemented' }), state('IAM-01')],
				evidence: [proof('IAM-02')]
			},
			'investor'
		);
		const [first] = texts(story(input));
		const cov = input.evaluation.score.coverage;
		expect(first).toMatch(
			/^Acme <b>Ltd<\/b> is preparing for a SOC 2 Type II report, which looks at how its controls worked over a \d+-month observation window\./
		);
		expect(first).toContain(`rests on 2 of ${cov.applicable} applicable controls assessed`);
		expect(first).toContain('too few controls are assessed yet to give a readiness level');
	});

	it('lists what is done beyond the strongest criteria', () => {
		const input = makeInput(
			{ controls: [state('IAM-02', { status: 'implemented' })], evidence: [proof('IAM-02')] },
			'investor'
		);
		const done = texts(story(input)).filter((t) =>
			/in place|evidence item|approved by management|Risk register|risk register|System description|or more\.$/.test(
				t
			)
		);
		expect(done).toHaveLength(6);
		const key = input.evaluation.score.controls.filter((c) => c.key).length;
		expect(done[0]).toBe(
			`1 of ${input.evaluation.score.coverage.applicable} applicable controls in place, 1 of the ${key} key ones.`
		);
		expect(done[1]).toBe('1 evidence item recorded for the auditor.');
		expect(done).toContain('No risks recorded in the risk register yet.');
	});

	it('names the first blockers and counts the rest', () => {
		const input = makeInput({}, 'investor');
		const n = input.evaluation.score[input.assessment.reportType].blockers.length;
		expect(n).toBeGreaterThan(3);
		const line = texts(story(input)).find((t) => t.startsWith('Before an Audit-ready verdict: '));
		expect(line).toMatch(new RegExp(`; and ${n - 3} more items\\.$`));
	});

	it('says what is left, by when, from the plan', () => {
		const line = texts(story()).find((t) => t.startsWith('Still open: '));
		expect(line).toMatch(
			/^Still open: \d+ remediation tasks of about [\d.]+ person-days in all\. At 1 person-day of work a week \(an assumption: the team has not said\), /
		);
		expect(line).toMatch(/the plan projects audit-ready by \d{1,2} \w{3} \d{4}/);
	});

	it('explains every SOC 2 term once, in the investor summary only', () => {
		const doc = buildReport(makeInput({}, 'investor'));
		const g = doc.sections.find((s) => s.id === 'glossary');
		const rows = g?.blocks[0]?.kind === 'facts' ? g.blocks[0].rows : [];
		expect(rows.map((r) => r[0])).toEqual(GLOSSARY.map((r) => r[0]));
		expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
		expect(rows.find((r) => r[0] === 'Trust Services Criteria')?.[1]).toContain(
			`The ${catalog.criteria.length} requirements`
		);
		expect(buildReport(makeInput({}, 'full')).sections.map((s) => s.id)).not.toContain('glossary');
	});
});
