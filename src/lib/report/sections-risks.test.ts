import { describe, expect, it } from 'vitest';
import { blankRisk } from '$lib/domain/risks/new-risk';
import type { Risk } from '$lib/domain/risks/records';
import { buildReport } from './build-report';
import type { Block, Section } from './model';
import { makeInput, state, vendor } from '../testing/report';

const risk = (id: string, over: Partial<Risk>): Risk => ({
	...blankRisk(id, 'a', new Date('2027-01-01T00:00:00Z')),
	title: id,
	...over
});

function section(input: ReturnType<typeof makeInput>): Section {
	const s = buildReport(input).sections.find((x) => x.id === 'risks');
	if (!s) throw new Error('no risks section');
	return s;
}
const of = <K extends Block['kind']>(s: Section, kind: K) =>
	s.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

describe('risk register in the reports', () => {
	const risks = [
		risk('=HYPERLINK("x")', {
			residual: { likelihood: 4, impact: 5 },
			treatment: 'mitigate',
			controlIds: ['IAM-02'],
			ownerName: '<b>Ana</b>'
		}),
		risk('Accepted', {
			residual: { likelihood: 1, impact: 2 },
			treatment: 'accept',
			treatmentRationale: 'Cheaper to live with.'
		}),
		risk('Bare', { residual: { likelihood: 3, impact: 4 } })
	];

	it('lists the top residual risks with treatment and owner, as text', () => {
		const s = section(makeInput({ risks, controls: [state('IAM-02', { status: 'implemented' })] }));
		const t = of(s, 'table')[0];
		expect(t?.rows.map((r) => r[0]?.text)).toEqual([
			'=HYPERLINK("x") (Security)',
			'Bare (Security)',
			'Accepted (Security)'
		]);
		expect(t?.rows[0]?.map((c) => c.text)).toEqual([
			'=HYPERLINK("x") (Security)',
			'20 Critical',
			'Mitigate',
			'<b>Ana</b>',
			'IAM-02 (1 implemented)'
		]);
		expect(t?.rows[2]?.[2]?.text).toBe('Accept: Cheaper to live with.');
		expect(of(s, 'paragraph')[0]?.text).toContain(
			'3 risks recorded; by residual rating: critical 1, high 1, medium 0, low 1. 2 of 3 risks treated'
		);
		expect(of(s, 'callout')[0]?.text).toMatch(/^The risk register has not been reviewed/);
	});

	it('gives the heat map counts and the vendor risks', () => {
		const s = section(makeInput({ risks, vendors: [vendor('Cloudy')] }));
		const heat = of(s, 'table')[1];
		// Rows run from likelihood 5 down to 1; the critical risk is likelihood 4 × impact 5.
		expect(heat?.rows[1]?.map((c) => c.text)).toEqual(['4 Likely', '0', '0', '0', '0', '1']);
		expect(of(s, 'table')[2]?.rows[0]?.[0]?.text).toBe(
			'Cloudy fails, is breached or misuses our data'
		);
	});

	it('names in the investor summary how many risks are treated', () => {
		const doc = buildReport(
			makeInput({ risks, controls: [state('IAM-02', { status: 'implemented' })] }, 'investor')
		);
		const s = doc.sections.find((x) => x.id === 'risks');
		expect(s && of(s, 'paragraph')[0]?.text).toBe(
			'2 of 3 risks treated: mitigated by an implemented control, or accepted, transferred or avoided with a written rationale.'
		);
	});
});
