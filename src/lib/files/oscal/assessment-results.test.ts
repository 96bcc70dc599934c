import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import type { Control } from '$lib/catalog/types';
import type { PolicyState } from '$lib/domain/types';
import { schemaErrors, unescapeMarkdown, uuidSequence, UUID_V4 } from '$lib/testing/oscal';
import { assessment, ID, makeInput, NOW, proof, state } from '$lib/testing/report';
import { oscalAssessmentResults } from './assessment-results';
import type { OscalAssessmentResultsDocument, OscalFinding, OscalProp } from './model';
import { toJson } from './values';

const EXPORTED = new Date('2027-01-15T10:00:00.000Z');
const LONG = 'A'.repeat(10_000);
/** HTML, a spreadsheet formula, Markdown, OSCAL's insert syntax and control characters. */
const EVIL =
	'<script>alert("x")</script> =cmd|\' /C calc\'!A0 **bold** {{ insert: param, x }}' +
	'\u0000\u0007\u001b\u007f\u0085\ud800 end';
/** EVIL as it must read in the file: every character kept except the control characters. */
const EVIL_CLEAN =
	'<script>alert("x")</script> =cmd|\' /C calc\'!A0 **bold** {{ insert: param, x }} end';
const NOTES = `First line\n- not a list\n1. not a numbered item\n${EVIL}\n${LONG}`;
const NOTES_CLEAN = `First line\n- not a list\n1. not a numbered item\n${EVIL_CLEAN}\n${LONG}`;

const byId = new Map(catalog.controls.map((c) => [c.id, c]));
const applicable = makeInput().evaluation.scope.applicableControlIds;
const taken = new Set<string>();
/** The first applicable control that fits, each used once. */
function pick(fits: (c: Control) => boolean): Control {
	const c = applicable.map((id) => byId.get(id)).find((x) => x && !taken.has(x.id) && fits(x));
	if (!c) throw new Error('no control in the catalog fits the sample');
	taken.add(c.id);
	return c;
}
const ongoing = (c: Control) =>
	(c.frequency === 'continuous' || c.frequency === 'per_event') && !c.activities?.length;
const DONE = pick(ongoing);
const STARTED = pick(() => true);
const NA = pick((c) => !c.key && !!c.naRationale);
const NA_PENDING = pick((c) => c.key);

function approved(policyId: string): PolicyState {
	return {
		assessmentId: ID,
		policyId,
		status: 'approved',
		ownerName: '',
		approvedAt: '2026-12-01',
		nextReview: null,
		updatedAt: NOW.toISOString()
	};
}

/** One control done in full, one in progress with hostile notes, two Not applicable, the rest unanswered. */
function sample(extra: Parameters<typeof assessment>[0] = {}) {
	return makeInput({
		assessment: assessment(extra),
		controls: [
			state(DONE.id, { status: 'implemented' }),
			state(STARTED.id, { status: 'in_progress', notes: NOTES, ownerName: 'Bob\nthe builder' }),
			state(NA.id, { status: 'not_applicable', naRationale: `We have no such system. ${EVIL}` }),
			state(NA_PENDING.id, { status: 'not_applicable', naRationale: 'Not for us at all really.' })
		],
		evidence: [proof(DONE.id)],
		policies: DONE.policies.map(approved)
	});
}

function exported(input = sample()) {
	const json = toJson(oscalAssessmentResults(input, { uuid: uuidSequence(), now: EXPORTED }));
	return { json, doc: JSON.parse(json) as OscalAssessmentResultsDocument, input };
}

function resultOf(doc: OscalAssessmentResultsDocument) {
	const [result] = doc['assessment-results'].results;
	if (!result) throw new Error('the document has no result');
	return result;
}
const findingOf = (doc: OscalAssessmentResultsDocument, controlId: string) =>
	resultOf(doc).findings?.find((f) => f.target['target-id'] === `${controlId.toLowerCase()}_smt`);
const value = (props: readonly OscalProp[] | undefined, name: string) =>
	props?.find((p) => p.name === name)?.value;

/** Every string in the document, with the key it sits under. */
function strings(
	node: unknown,
	key = '',
	out: Array<[string, string]> = []
): Array<[string, string]> {
	if (typeof node === 'string') out.push([key, node]);
	else if (Array.isArray(node)) for (const n of node) strings(n, key, out);
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) strings(v, k, out);
	return out;
}

describe('oscalAssessmentResults', () => {
	it('is valid against our OSCAL assessment-results schema', () => {
		expect(schemaErrors('assessment-results', exported().json)).toEqual([]);
		expect(schemaErrors('assessment-results', exported(makeInput()).json)).toEqual([]);
	});

	it('has one finding per applicable control, and reviews exactly those controls', () => {
		const { doc } = exported();
		const result = resultOf(doc);
		// Applicable after scoping, less the one control whose Not applicable is settled.
		const expected = applicable.filter((id) => id !== NA.id).map((id) => id.toLowerCase());
		expect(result.findings?.map((f) => f.target['target-id'].replace(/_smt$/, ''))).toEqual(
			expected
		);
		const reviewed = result['reviewed-controls']['control-selections'][0]?.['include-controls'];
		expect(reviewed?.map((c) => c['control-id'])).toEqual(expected);
		expect(value(result.props, 'applicable-controls')).toBe(String(applicable.length));
		expect(value(result.props, 'assessed-controls')).toBe('4');
	});

	it('never reads a control nobody answered as satisfied', () => {
		const { doc } = exported(makeInput());
		const findings = resultOf(doc).findings ?? [];
		expect(findings).toHaveLength(applicable.length);
		for (const f of findings) {
			expect(f.target.status).toEqual({
				state: 'not-satisfied',
				reason: 'other',
				remarks: 'Not assessed.'
			});
			expect(value(f.props, 'assessed')).toBe('false');
			expect(f.description).toMatch(/^Not assessed/);
		}
	});

	it('is satisfied only for a control assessed in full, and says why the others are not', () => {
		const { doc, input } = exported();
		// The sample gives DONE everything Type I asks for: check the input says so before relying on it.
		expect(input.evaluation.score.byId.get(DONE.id)?.credit.type1).toBe(10_000);
		const done = findingOf(doc, DONE.id) as OscalFinding;
		expect(done.target.status).toEqual({ state: 'satisfied', reason: 'pass' });
		expect(done.target['implementation-status']).toEqual({ state: 'implemented' });
		const started = findingOf(doc, STARTED.id) as OscalFinding;
		expect(started.target.status).toEqual({ state: 'not-satisfied', reason: 'fail' });
		expect(value(started.props, 'status')).toBe('in_progress');
		expect(value(started.props, 'owner')).toBe('Bob the builder');
		const pending = findingOf(doc, NA_PENDING.id) as OscalFinding;
		expect(pending.target.status.state).toBe('not-satisfied');
		expect(value(pending.props, 'not-applicable')).toBe('awaiting-review');
		expect(unescapeMarkdown(pending.remarks ?? '')).toContain('Not for us at all really.');
	});

	it('lists the controls that are not applicable, each with its reason', () => {
		const { doc, input } = exported();
		const observations = resultOf(doc).observations ?? [];
		const scopedOut = input.evaluation.scope.controls.filter((c) => !c.applicable);
		expect(observations).toHaveLength(scopedOut.length + 1);
		const na = observations.find((o) => value(o.props, 'control') === NA.id);
		expect(value(na?.props, 'not-applicable')).toBe('assessor');
		expect(unescapeMarkdown(na?.description ?? '')).toContain(
			`We have no such system. ${EVIL_CLEAN}`
		);
		for (const c of scopedOut) {
			const o = observations.find((x) => value(x.props, 'control') === c.controlId);
			expect(unescapeMarkdown(o?.description ?? '')).toContain(c.reason ?? '');
		}
	});

	it('states the report type, the coverage and the time span', () => {
		const { doc } = exported();
		const result = resultOf(doc);
		expect(value(result.props, 'report-type')).toBe('type-i');
		expect(result.description).toContain('Type I');
		expect(result.description).toContain(`4 of ${applicable.length} applicable controls assessed`);
		expect(result.start).toBe(NOW.toISOString());
		expect(result.end).toBe(EXPORTED.toISOString());
		const two = resultOf(exported(sample({ reportType: 'type2', observationMonths: 12 })).doc);
		expect(value(two.props, 'report-type')).toBe('type-ii');
		expect(value(two.props, 'observation-months')).toBe('12');
		expect(two.description).toContain('12-month observation window');
	});

	it('names the company in the title and the assessor as a party, when there is one', () => {
		const meta = exported().doc['assessment-results'].metadata;
		expect(unescapeMarkdown(meta.title)).toContain('Zoë Łukasiewicz — Café Ünal');
		expect(meta.parties).toEqual([expect.objectContaining({ type: 'person', name: 'Ada' })]);
		expect(meta['responsible-parties']?.[0]?.['party-uuids']).toEqual([meta.parties?.[0]?.uuid]);
		expect(meta['oscal-version']).toBe('1.1.2');
		const none = exported(sample({ assessor: ' ' })).doc['assessment-results'].metadata;
		expect(none.parties).toBeUndefined();
		expect(none.roles).toBeUndefined();
	});

	it('imports no plan, and points at a back-matter resource that says so', () => {
		const ar = exported().doc['assessment-results'];
		const href = ar['import-ap'].href;
		const resource = ar['back-matter']?.resources?.find((r) => `#${r.uuid}` === href);
		expect(resource?.title).toBe('No assessment plan');
	});

	it('gives every UUID once, each of version 4', () => {
		const uuids = strings(exported().doc)
			.filter(([k]) => k === 'uuid')
			.map(([, v]) => v);
		expect(uuids.length).toBeGreaterThan(applicable.length);
		expect(new Set(uuids).size).toBe(uuids.length);
		for (const u of uuids) expect(u).toMatch(UUID_V4);
	});
});

describe('oscalAssessmentResults with hostile text', () => {
	const hostile = () =>
		exported(sample({ companyName: `${EVIL}\n${LONG}`, assessor: `${EVIL}${LONG}` }));

	it('stays valid with HTML, a formula, control characters and 10,000-character texts', () => {
		expect(schemaErrors('assessment-results', hostile().json)).toEqual([]);
	});

	it('carries the text as data, whole, without the control characters', () => {
		const { doc, json } = hostile();
		expect(JSON.parse(json)).toEqual(doc);
		const meta = doc['assessment-results'].metadata;
		expect(value(meta.props, 'company')).toBe(`${EVIL_CLEAN} ${LONG}`);
		expect(meta.parties?.[0]?.name).toBe(`${EVIL_CLEAN}${LONG}`);
		expect(unescapeMarkdown(meta.title)).toBe(
			`SOC 2 readiness self-assessment: ${EVIL_CLEAN} ${LONG}`
		);
		const started = findingOf(doc, STARTED.id);
		expect(unescapeMarkdown(started?.remarks ?? '')).toBe(`Notes: ${NOTES_CLEAN}`);
		for (const [, s] of strings(doc)) {
			// eslint-disable-next-line no-control-regex -- looking for control characters is the point
			expect(s).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
			expect(s).not.toMatch(
				/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
			);
		}
	});

	it('escapes markup so a Markdown reader shows the text, never a tag, a list or an insert', () => {
		const { doc } = hostile();
		const markupKeys = new Set(['title', 'description', 'remarks', 'prose']);
		const markup = strings(doc).filter(([k]) => markupKeys.has(k));
		expect(markup.some(([, s]) => s.includes('script'))).toBe(true);
		for (const [, s] of markup) {
			expect(s).not.toMatch(/(^|[^\\])[<>*{}[\]`|]/);
			expect(s).not.toMatch(/^[-+=]|\n[-+=]|\n\d+\./);
		}
	});
});
