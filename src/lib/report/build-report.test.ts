import { sampleWork } from '$lib/testing/work-sample';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { formatScore } from '$lib/domain/format';
import { CAP_NO_EVIDENCE, CAP_OVERDUE, KEY_WEIGHT } from '$lib/domain/scoring/scoring';
import type { Comparison } from '$lib/domain/snapshots/comparison';
import { buildReport, TOP_GAPS } from './build-report';
import type { Block, ReportDocument, Section } from './model';
import { assessment, makeInput, proof, state, vendor } from '../testing/report';
import { GUIDANCE_MAX } from './text';

const ids = (doc: ReportDocument) => doc.sections.map((s) => s.id);

function section(doc: ReportDocument, id: string): Section {
	const s = doc.sections.find((x) => x.id === id);
	if (!s) throw new Error(`no section ${id}`);
	return s;
}

function blocks<K extends Block['kind']>(s: Section, kind: K): Extract<Block, { kind: K }>[] {
	return s.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

function table(s: Section, n = 0) {
	const t = blocks(s, 'table')[n];
	if (!t) throw new Error(`no table ${n} in ${s.id}`);
	return t;
}

/** Every text in the document, for searching. */
function allText(doc: ReportDocument): string {
	return JSON.stringify(doc);
}

describe('buildReport: which sections each variant has', () => {
	it('the investor summary is short: the story, at a glance, strengths, top gaps, terms and the caveat', () => {
		const doc = buildReport(makeInput({}, 'investor'));
		expect(ids(doc)).toEqual([
			'story',
			'glance',
			'strengths',
			'top-gaps',
			'risks',
			'people',
			'glossary',
			'about'
		]);
		expect(doc.contents).toBe(false);
		expect(doc.title).toBe('SOC 2 readiness summary');
	});

	it('the full report adds contents and every detail section, in order', () => {
		const doc = buildReport(makeInput({}, 'full'));
		expect(doc.contents).toBe(true);
		expect(ids(doc)).toEqual([
			'glance',
			'strengths',
			'top-gaps',
			'criteria',
			'all-gaps',
			'timeline',
			'vendors',
			'risks',
			'people',
			'policies',
			'description',
			'framework-iso27001',
			'framework-csf',
			'scope',
			'method',
			'appendix',
			'crosswalk',
			'about'
		]);
	});

	it('adds "Progress since" only when a comparison is given', () => {
		const input = makeInput({}, 'investor');
		const comparison = {
			before: { label: 'Kick-off', date: '2026-10-01', catalogVersion: catalog.version },
			after: { label: 'Now', date: '2027-01-15', catalogVersion: catalog.version },
			reportType: 'type1',
			overall: {
				type1: {
					before: 1000,
					after: 2500,
					beforeState: 'scored',
					afterState: 'scored',
					delta: 1500,
					levelBefore: 'not_ready',
					levelAfter: 'not_ready'
				},
				type2: {
					before: 1000,
					after: 2000,
					beforeState: 'scored',
					afterState: 'scored',
					delta: 1000,
					levelBefore: 'not_ready',
					levelAfter: 'not_ready'
				}
			},
			byCategory: { type1: [], type2: [] },
			byCriterion: { type1: [], type2: [] },
			statusChanges: [],
			gapsClosed: [],
			gapsOpened: [],
			controlsAdded: [],
			controlsRemoved: [],
			tasksCompleted: [],
			catalogChanged: false,
			catalogNote: null
		} satisfies Comparison;
		const doc = buildReport({ ...input, comparison });
		expect(ids(doc)).toEqual([
			'story',
			'glance',
			'strengths',
			'progress',
			'top-gaps',
			'risks',
			'people',
			'glossary',
			'about'
		]);
		expect(allText({ ...doc, sections: [section(doc, 'story')] })).toContain(
			'Since the snapshot “Kick-off” of 1 Oct 2026, readiness moved +15.0 points (10.0% to 25.0%)'
		);
		const s = section(doc, 'progress');
		expect(s.title).toBe('Progress since Kick-off');
		const facts = blocks(s, 'facts')[0]?.rows ?? [];
		expect(facts).toContainEqual([
			'Overall readiness',
			'10.0% (Not ready) to 25.0% (Not ready), +15.0 points'
		]);
	});
});

describe('buildReport: the cover and the file', () => {
	it('says who prepared it for whom, with the logo, when a preparer is set', () => {
		const logo = {
			format: 'PNG' as const,
			dataUrl: 'data:image/png;base64,AA',
			width: 2,
			height: 1
		};
		const input = makeInput();
		const doc = buildReport({
			...input,
			preparer: { name: 'Ada <b>L</b>', firm: '=Firm()', logo }
		});
		expect(doc.cover.facts.slice(0, 2)).toEqual([
			['Prepared for', input.assessment.companyName],
			['Prepared by', 'Ada <b>L</b>, =Firm()']
		]);
		expect(doc.cover.logo).toEqual(logo);
		const plain = buildReport(input);
		expect(plain.cover.facts.map((f) => f[0])).not.toContain('Prepared by');
		expect(plain.cover.logo).toBeNull();
	});

	it('names the company, assessor, date, type, scope and catalog version', () => {
		const doc = buildReport(makeInput());
		expect(doc.company).toBe('Zoë Łukasiewicz — Café Ünal');
		expect(doc.cover.facts).toEqual([
			['Assessor', 'Ada'],
			['Date', '15 Jan 2027'],
			['Report type', 'SOC 2 Type I'],
			['Scope', 'Security'],
			['Catalog version', catalog.version]
		]);
		expect(doc.cover.caveat).toMatch(/not an audit/);
		expect(doc.fileName).toBe('zoe-lukasiewicz-cafe-unal-soc2-gap-report-2027-01-15.pdf');
	});

	it('describes a Type II with its observation window', () => {
		const a = assessment({ reportType: 'type2', observationMonths: 12 });
		const doc = buildReport(makeInput({ assessment: a }, 'investor'));
		expect(doc.cover.facts).toContainEqual([
			'Report type',
			'SOC 2 Type II, 12-month observation window'
		]);
		expect(doc.fileName).toMatch(/-soc2-readiness-summary-2027-01-15\.pdf$/);
	});
});

describe('buildReport: an assessment with nothing filled in', () => {
	const doc = buildReport(makeInput());
	const glance = section(doc, 'glance');

	it('says plainly that nothing was recorded and that scoping was not done', () => {
		const callouts = blocks(glance, 'callout').map((c) => c.text);
		expect(callouts.some((t) => t.startsWith('Nothing has been recorded'))).toBe(true);
		expect(callouts.some((t) => t.includes('scoping questions have not been answered'))).toBe(true);
	});

	it('shows 0.0% and no level: nothing is assessed yet', () => {
		const score = blocks(glance, 'score')[0];
		expect(score?.value).toBe('0.0%');
		expect(score?.level).toBe('Not rated yet');
		const callouts = blocks(glance, 'callout').map((c) => c.text);
		expect(callouts.filter((t) => t.startsWith('No readiness level yet: only 0 of '))).toHaveLength(
			1
		);
		// Said once: the level's own reason is not repeated as a bullet under it.
		expect(
			blocks(glance, 'bullets').some((b) =>
				b.items.some((i) => i.includes('A readiness level is given'))
			)
		).toBe(false);
	});

	it('has no strengths and says so', () => {
		const s = section(doc, 'strengths');
		expect(blocks(s, 'table')).toHaveLength(0);
		expect(blocks(s, 'paragraph')[0]?.text).toBe('No category or criterion has reached 80.0% yet.');
	});

	it('projects dates from the open gaps when no plan was saved', () => {
		const input = makeInput();
		expect(input.plan.source).toBe('gaps');
		const facts = blocks(glance, 'facts')[0]?.rows.map((r) => r[0]) ?? [];
		expect(facts).toContain('Projected audit-ready date');
		expect(allText(doc)).toContain('No remediation plan has been saved yet');
	});
});

describe('buildReport: scores and rows', () => {
	// Every Security control implemented with evidence, approved policies and recent performance.
	const full = () => {
		const a = assessment();
		const base = makeInput({ assessment: a });
		const applicable = base.evaluation.scope.applicableControlIds;
		return makeInput({
			assessment: a,
			controls: applicable.map((id) =>
				state(id, { status: 'implemented', lastPerformed: '2027-01-14', ownerName: 'Ola' })
			),
			evidence: applicable.map((id) => proof(id)),
			policies: base.evaluation.applicablePolicies.map((policyId) => ({
				assessmentId: a.id,
				policyId,
				status: 'approved' as const,
				ownerName: 'Ola',
				approvedAt: '2026-12-01',
				nextReview: '2027-12-01',
				updatedAt: ''
			}))
		});
	};

	it('prints the overall score exactly as the Overview formats it', () => {
		const input = makeInput({ controls: [state('IAM-02', { status: 'in_progress' })] });
		const doc = buildReport(input);
		const expected = formatScore(input.evaluation.score.type1.overall);
		expect(expected).not.toBe('0.0%');
		expect(blocks(section(doc, 'glance'), 'score')[0]?.value).toBe(expected);
	});

	it('lists every in-scope criterion once, in catalog order, with its score', () => {
		const input = makeInput({ controls: [state('IAM-02', { status: 'implemented' })] });
		const doc = buildReport(input);
		const rows = table(section(doc, 'criteria')).rows;
		expect(rows.map((r) => r[0]?.text)).toEqual(input.evaluation.scope.criteria);
		const cc61 = rows.find((r) => r[0]?.text === 'CC6.1');
		expect(cc61?.[3]?.text).toBe(formatScore(input.evaluation.score.type1.byCriterion['CC6.1']));
	});

	it('lists strengths at 80% or more, and only those', () => {
		const input = full();
		const doc = buildReport(input);
		const rows = table(section(doc, 'strengths')).rows;
		const b = input.evaluation.score.type1;
		const strong = input.evaluation.scope.criteria.filter((id) => (b.byCriterion[id] ?? 0) >= 8000);
		expect(strong.length).toBeGreaterThan(0);
		expect(rows.filter((r) => r[0]?.text !== 'Category').map((r) => r[0]?.text)).toEqual(strong);
		expect(rows[0]?.[1]?.text).toBe('Security');
	});

	it('ranks at most ten gaps as the Overview does, with owner and due date', () => {
		// Only answered controls are gaps: answer one "not started", with an owner and a date.
		const first = makeInput().evaluation.score.controls[0]?.controlId ?? '';
		const input = makeInput({
			controls: [
				state(first, { status: 'not_started', ownerName: 'Zoë <b>Ü</b>', dueDate: '2027-03-01' })
			]
		});
		expect(input.evaluation.gaps.type1.map((g) => g.controlId)).toEqual([first]);
		const doc = buildReport(input);
		const rows = table(section(doc, 'top-gaps')).rows;
		const gaps = input.evaluation.gaps.type1;
		expect(rows).toHaveLength(Math.min(TOP_GAPS, gaps.length));
		expect(rows.map((r) => r[1]?.text.split(' ')[0])).toEqual(
			gaps.slice(0, TOP_GAPS).map((g) => g.controlId)
		);
		const row = rows.find((r) => r[1]?.text.startsWith(`${first} `));
		const dept = input.evaluation.controlsById.get(first)?.department;
		expect(row?.[4]?.text).toBe(`Zoë <b>Ü</b> (${dept})`);
		expect(row?.[5]?.text).toMatch(/^Due 1 Mar 2027, planned \d+ \w+ 20\d\d$/);
	});

	it('lists every plan gap with a remediation no longer than the limit', () => {
		const input = makeInput();
		const rows = table(section(buildReport(input), 'all-gaps')).rows;
		expect(rows).toHaveLength(input.planGaps.length);
		for (const r of rows) expect((r[4]?.text.length ?? 0) <= GUIDANCE_MAX).toBe(true);
		const iam = input.evaluation.controlsById.get('IAM-02');
		const row = rows.find((r) => r[0]?.text === `Implement: ${iam?.title}`);
		expect(iam?.guidance.startsWith((row?.[4]?.text ?? 'x').replace(/…$/, ''))).toBe(true);
	});

	it('has no control gaps when every control is in place', () => {
		const input = full();
		const doc = buildReport(input);
		const value = blocks(section(doc, 'glance'), 'score')[0]?.value;
		// Only the vendor programme (no vendor recorded) keeps CC9.2 below 100%.
		expect(value).toBe(formatScore(input.evaluation.score.type1.overall));
		expect(Number.parseFloat(value ?? '0')).toBeGreaterThan(99);
		expect(table(section(doc, 'top-gaps')).rows).toHaveLength(0);
		expect(allText(doc)).not.toContain('Nothing has been recorded');
	});

	it('lists the appendix with every applicable control, its status and evidence as text', () => {
		const input = makeInput({
			controls: [state('IAM-01', { status: 'implemented' })],
			evidence: [proof('IAM-01', '<script>alert(1)</script>', 'https://x.test/a?b=1')]
		});
		const rows = table(section(buildReport(input), 'appendix')).rows;
		expect(rows.map((r) => r[0]?.text)).toEqual(input.evaluation.scope.applicableControlIds);
		const iam = rows.find((r) => r[0]?.text === 'IAM-01');
		expect(iam?.[2]?.text).toBe('Implemented');
		expect(iam?.[4]?.text).toBe('<script>alert(1)</script>: https://x.test/a?b=1');
	});
});

describe('buildReport: vendors, policies, scope, method', () => {
	it('ranks vendors by risk and keeps their names as typed', () => {
		const input = makeInput({ vendors: [vendor('=cmd|calc'), vendor('<img src=x>')] });
		const s = section(buildReport(input), 'vendors');
		const names = table(s).rows.map((r) => r[0]?.text);
		expect(names).toHaveLength(2);
		expect(names).toContain('=cmd|calc');
		expect(names).toContain('<img src=x>');
		expect(table(s).rows[0]?.[4]?.text).toBe('Never reviewed');
	});

	it('says when no vendor is recorded', () => {
		const s = section(buildReport(makeInput()), 'vendors');
		expect(blocks(s, 'callout')[0]?.text).toMatch(/^No vendors recorded/);
	});

	it('lists each applicable policy with its status', () => {
		const input = makeInput();
		const rows = table(section(buildReport(input), 'policies')).rows;
		expect(rows).toHaveLength(input.evaluation.applicablePolicies.length);
		expect(rows.every((r) => r[1]?.text === 'Missing')).toBe(true);
		expect(rows.every((r) => r[2]?.text === '—')).toBe(true);
	});

	it('gives each policy text its newest version and approval', () => {
		const work = sampleWork('a', '2026-01-01T00:00:00.000Z');
		const input = makeInput({ policyTexts: work.policyTexts });
		const s = section(buildReport(input), 'policies');
		const row = table(s).rows.find((r) => r[0]?.text === 'Access Control Policy');
		expect(row?.[2]?.text).toBe('v2 draft (v1 approved 10 Jan 2026)');
		expect(blocks(s, 'paragraph')[0]?.text).toContain('1 of them has a text written in the app');
	});

	it('lists controls left out with their reason and user not-applicable rationales', () => {
		const input = makeInput({
			controls: [state('IAM-03', { status: 'not_applicable', naRationale: 'Two founders only' })]
		});
		const s = section(buildReport(input), 'scope');
		const left = table(s, 2).rows;
		expect(left).toHaveLength(input.evaluation.scope.controls.filter((c) => !c.applicable).length);
		expect(left.every((r) => (r[2]?.text ?? '').length > 0)).toBe(true);
		expect(table(s, 3).rows).toEqual([
			[
				{ text: 'IAM-03', bold: true },
				{ text: input.evaluation.controlsById.get('IAM-03')?.title },
				// The catalog has no standard N/A reason for IAM-03, and three words are not yet one to review.
				{ text: 'Two founders only Review: the reason is shorter than a sentence.', tone: 'warn' }
			]
		]);
	});

	it('explains scoring with the scoring module’s numbers', () => {
		const s = section(buildReport(makeInput()), 'method');
		const text = JSON.stringify(s.blocks);
		expect(text).toContain(`at most ${formatScore(CAP_NO_EVIDENCE)}`);
		expect(text).toContain(`at most ${formatScore(CAP_OVERDUE)}`);
		expect(text).toContain(`count ${KEY_WEIGHT} times`);
	});

	it('draws the timeline from the schedule, with the audit-ready marker', () => {
		const input = makeInput();
		const s = section(buildReport(input), 'timeline');
		const chart = blocks(s, 'chart')[0];
		expect(chart?.spec.kind).toBe('gantt');
		const schedule = input.plan.schedule;
		if (!schedule?.ok || chart?.spec.kind !== 'gantt') throw new Error('expected a schedule');
		expect(chart.spec.rows.length).toBe(Math.min(25, schedule.tasks.length));
		expect(table(s).rows).toHaveLength(schedule.tasks.length);
		expect(chart.spec.markers[0]?.label).toBe('Audit-ready');
		expect(schedule.tasks.length).toBeGreaterThan(25);
		expect(chart.spec.rows.at(-1)?.label).toBe(`The other ${schedule.tasks.length - 24} tasks`);
		// The last bar ends the day after the audit-ready date, where the marker sits.
		expect(chart.spec.rows.at(-1)?.end).toBe(chart.spec.markers[0]?.day);
	});

	it('gives the timeline a key for each colour it uses and its marker, and full task names', () => {
		const input = makeInput();
		const chart = blocks(section(buildReport(input), 'timeline'), 'chart')[0];
		if (chart?.spec.kind !== 'gantt') throw new Error('expected a Gantt chart');
		const used = new Set(chart.spec.rows.map((r) => r.color));
		const key = chart.key ?? [];
		expect(
			key
				.filter((k) => k.mark === 'bar')
				.map((k) => k.color)
				.sort()
		).toEqual([...used].sort());
		expect(key.filter((k) => k.mark === 'line')).toEqual([
			{ label: 'Audit-ready date (projected)', color: 'ok', mark: 'line' }
		]);
		expect(new Set(key.map((k) => k.label)).size).toBe(key.length);
		// Names are whole in the model; the chart fits them into its label column.
		const titles = new Set(input.plan.tasks.map((t) => t.title));
		for (const r of chart.spec.rows.slice(0, -1)) expect(titles.has(r.label)).toBe(true);
	});

	it('recommends a policy’s purpose for a missing policy, without repeating the gap', () => {
		const input = makeInput();
		const rows = table(section(buildReport(input), 'all-gaps')).rows;
		const policy = catalog.policies.find((p) => input.evaluation.applicablePolicies.includes(p.id));
		const row = rows.find((r) => r[0]?.text === `Write and approve: ${policy?.title}`);
		expect(row?.[4]?.text).toBe(policy?.purpose.replace(/\s+/g, ' ').trim());
	});
});
