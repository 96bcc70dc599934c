import { describe, expect, it } from 'vitest';
import { newVendor, type VendorDraft } from '../vendors/index';
import { prefillDescription, subserviceCandidates, type PrefillInput } from './prefill';
import { emptySection } from './sections';

const NOW = new Date('2027-05-01T10:00:00Z');

function vendor(id: string, patch: Partial<VendorDraft>) {
	const draft: VendorDraft = {
		name: id,
		service: '',
		ownerName: '',
		dataAccess: 'none',
		systemAccess: 'none',
		dependency: 'low',
		tierOverride: null,
		tierOverrideReason: '',
		contractStart: null,
		renewalDate: null,
		lastReviewedAt: null,
		notes: '',
		...patch
	};
	return newVendor(draft, id, 'a1', NOW);
}

const input = (patch: Partial<PrefillInput> = {}): PrefillInput => ({
	companyName: 'Acme Ltd',
	reportType: 'type2',
	observationMonths: 6,
	answers: {
		hosting: 'public_cloud',
		cloud_providers: ['aws', 'other'],
		data_types: ['personal', 'payment'],
		personal_data_role: 'processor',
		software_development: 'in_house',
		offices: 'none',
		availability_commitments: 'sla'
	},
	vendors: [
		vendor('Amazon Web Services', { service: 'Hosting', dependency: 'high' }),
		vendor('Stripe', { service: 'Payments', dataAccess: 'customer_personal' }),
		vendor('Slack', { service: 'Chat', dataAccess: 'internal' })
	],
	...patch
});

let n = 0;
const ids = () => `id-${++n}`;

describe('prefill from scoping and vendors', () => {
	it('names the hosting providers, the data types and the company', () => {
		const byId = new Map(prefillDescription(input(), [], ids).map((p) => [p.sectionId, p]));
		expect(byId.get('infrastructure')?.text).toBe(
			'The system runs entirely in a public cloud.\n\nHosting is provided by Amazon Web Services and [to complete: the other provider].\n\nMain components: [to complete: accounts, regions, networks, databases, backups].\n\nThe company is fully remote and has no office in scope.'
		);
		expect(byId.get('data')?.text).toContain(
			'The system stores and processes: personal data about people and payment card or bank details.'
		);
		expect(byId.get('data')?.text).toContain('on behalf of our business customers');
		expect(byId.get('services')?.text).toMatch(/^Acme Ltd provides \[to complete: /);
		expect(byId.get('services')?.text).toContain('over a 6-month period');
		expect(byId.get('commitments')?.text).toContain('contractual uptime commitment');
		expect(byId.get('software')?.text).toContain('built and changed by our own engineers');
	});

	it('proposes hosting and data-processing vendors as carve-outs, never a chat tool', () => {
		const sub = prefillDescription(input(), [], ids).find((p) => p.sectionId === 'subservice');
		expect(sub?.items.map((i) => [i.name, i.method])).toEqual([
			['Amazon Web Services', 'carve_out'],
			['Stripe', 'carve_out']
		]);
		expect(sub?.items[1]?.detail).toMatch(
			/^Service: Payments\. Controls we rely on it to operate: \[to complete: /
		);
	});

	it('adds a provider answered in scoping but not recorded as a vendor', () => {
		const sub = prefillDescription(
			input({ answers: { hosting: 'public_cloud', cloud_providers: ['gcp'] }, vendors: [] }),
			[],
			ids
		).find((p) => p.sectionId === 'subservice');
		expect(sub?.items.map((i) => i.name)).toEqual(['Google Cloud']);
	});

	it('leaves out sections it knows nothing about, and every section the user wrote', () => {
		const written = [
			{ ...emptySection('a1', 'services'), text: 'Our own words' },
			{
				...emptySection('a1', 'cuecs'),
				items: [{ id: 'x', name: 'Mine', method: null, detail: '' }]
			},
			// Reviewed and then emptied: not written, so it may be proposed again.
			{ ...emptySection('a1', 'data'), text: ' ' }
		];
		const got = prefillDescription(input({ answers: {}, vendors: [] }), written, ids).map(
			(p) => p.sectionId
		);
		expect(got).toEqual(['commitments', 'boundaries', 'changes', 'incidents', 'assertion']);
	});

	it('says a Type I description has no period, and never leaves template syntax', () => {
		const all = prefillDescription(input({ reportType: 'type1', companyName: ' ' }), [], ids);
		const changes = all.find((p) => p.sectionId === 'changes');
		expect(changes?.text).toContain('Type I description as of a date');
		const text = all.map((p) => p.text + p.items.map((i) => i.name + i.detail).join('')).join('');
		expect(text).not.toMatch(/\$\{|\{\{|undefined|null/);
		expect(all.find((p) => p.sectionId === 'services')?.text).toMatch(
			/^\[to complete: company name\] provides/
		);
	});

	it('selects subservice candidates by provider name or high tier with data access', () => {
		const got = subserviceCandidates([
			vendor('AWS S3', {}),
			vendor('Payroll', { dataAccess: 'confidential' }),
			vendor('Notes', { dataAccess: 'internal', dependency: 'high' })
		]).map((v) => v.name);
		expect(got).toEqual(['AWS S3', 'Payroll']);
	});
});
