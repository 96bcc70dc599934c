import { describe, expect, it } from 'vitest';
import type { DataAccess } from '../types';
import { newVendor, validateVendor } from './index';
import { computeTier } from './tier';
import { cloudProviderOf, vendorSuggestions } from './suggestions';

function v(name: string, dataAccess: DataAccess = 'none', service = '') {
	return { name, service, dataAccess };
}

describe('cloud provider proposals', () => {
	it('proposes each named provider answered in scoping, in the question order', () => {
		const r = vendorSuggestions({ cloud_providers: ['azure', 'aws'] }, []);
		expect(r.proposals.map((p) => [p.id, p.draft.name])).toEqual([
			['cloud:aws', 'Amazon Web Services'],
			['cloud:azure', 'Microsoft Azure']
		]);
		expect(r.otherProvider).toBe(false);
		expect(r.dismissed).toEqual([]);
	});

	it('prefills a critical-tier subservice organisation that passes validation as it stands', () => {
		const [p] = vendorSuggestions({ cloud_providers: ['gcp'] }, []).proposals;
		expect(p?.draft).toMatchObject({
			name: 'Google Cloud',
			service: 'Cloud hosting (subservice organisation)',
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			tierOverride: null
		});
		expect(p?.reason).toBe('You answered in scoping that Google Cloud hosts the system.');
		if (!p) throw new Error('no proposal');
		expect(computeTier(p.draft).tier).toBe('critical');
		const vendor = newVendor(p.draft, 'v1', 'a1', new Date('2026-03-01T10:00:00Z'));
		expect(validateVendor(vendor, '2026-03-01')).toEqual({});
	});

	it('leaves out a provider already recorded, by name in any case or by its short name', () => {
		const answers = { cloud_providers: ['aws', 'gcp', 'azure'] };
		for (const name of ['amazon web services', 'AWS', 'Amazon Web Services (AWS)', 'AWS S3'])
			expect(
				vendorSuggestions(answers, [v(name)]).proposals.map((p) => p.id),
				name
			).toEqual(['cloud:gcp', 'cloud:azure']);
		expect(
			vendorSuggestions(answers, [v('GCP'), v('  Microsoft   AZURE ')]).proposals.map((p) => p.id)
		).toEqual(['cloud:aws']);
	});

	it('does not mistake other products of the same companies, or words inside words, for them', () => {
		for (const name of ['Google Workspace', 'Microsoft 365', 'Amazon Marketplace', 'Laws & Co'])
			expect(cloudProviderOf({ name }), name).toBeNull();
		expect(cloudProviderOf({ name: 'Google Cloud Platform' })).toBe('gcp');
	});

	it('proposes nothing without the answer, for an empty list or for "other" alone', () => {
		expect(vendorSuggestions({}, []).proposals).toEqual([]);
		expect(vendorSuggestions({ cloud_providers: [] }, []).proposals).toEqual([]);
		expect(vendorSuggestions({ cloud_providers: 'aws' }, []).proposals).toEqual([]);
		const other = vendorSuggestions({ cloud_providers: ['other'] }, []);
		expect(other.proposals).toEqual([]);
		expect(other.otherProvider).toBe(true);
	});

	it('stops asking for the other provider once a hosting vendor besides the named ones exists', () => {
		const answers = { cloud_providers: ['aws', 'other'] };
		// The recorded AWS is a named provider: the other one is still missing.
		expect(
			vendorSuggestions(answers, [v('AWS', 'customer_personal', 'Cloud hosting')]).otherProvider
		).toBe(true);
		expect(
			vendorSuggestions(answers, [v('Hetzner', 'customer_personal', 'Server hosting')])
				.otherProvider
		).toBe(false);
		expect(vendorSuggestions(answers, [v('Fonts Inc', 'none', 'Web fonts')]).otherProvider).toBe(
			true
		);
	});

	it('leaves out dismissed suggestions and lists the ones that would otherwise show', () => {
		const answers = { cloud_providers: ['aws', 'gcp', 'other'] };
		const r = vendorSuggestions(answers, [], ['cloud:aws', 'cloud:other', 'cloud:azure']);
		expect(r.proposals.map((p) => p.id)).toEqual(['cloud:gcp']);
		expect(r.otherProvider).toBe(false);
		// Azure was not answered and so was never going to show.
		expect(r.dismissed).toEqual(['cloud:aws', 'cloud:other']);
	});
});

describe('subprocessor nudge', () => {
	const hosting = v('Amazon Web Services', 'customer_personal', 'Cloud hosting');

	it('asks for at least one vendor besides hosting with customer data when the answer is few', () => {
		const none = vendorSuggestions({ subprocessors: 'few' }, [hosting, v('Fonts', 'internal')]);
		expect(none.nudge).toEqual({
			answer: 'few',
			expected: 1,
			recorded: 0,
			text: 'Scoping says 1 to 5 third parties besides hosting store or process customer data, but none is recorded yet with access to customer data: expected at least 1.'
		});
		expect(
			vendorSuggestions({ subprocessors: 'few' }, [hosting, v('Help desk', 'confidential')]).nudge
		).toBeNull();
	});

	it('asks for more than five when the answer is many, counting confidential and personal data', () => {
		const some = [
			v('Mail', 'customer_personal'),
			v('Support', 'confidential'),
			v('Docs', 'internal'),
			hosting,
			v('Hetzner', 'customer_personal', 'Backup hosting')
		];
		const r = vendorSuggestions({ subprocessors: 'many' }, some);
		expect(r.nudge).toMatchObject({ expected: 6, recorded: 2 });
		expect(r.nudge?.text).toContain('more than 5 third parties');
		expect(r.nudge?.text).toContain('but 2 are recorded with access to customer data');
		const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((n) => v(n, 'confidential'));
		expect(vendorSuggestions({ subprocessors: 'many' }, six).nudge).toBeNull();
		expect(vendorSuggestions({ subprocessors: 'many' }, six.slice(1)).nudge?.text).toContain(
			'but 5 are recorded'
		);
		expect(vendorSuggestions({ subprocessors: 'many' }, six.slice(5)).nudge?.text).toContain(
			'but 1 is recorded'
		);
	});

	it('says nothing when the answer is none or missing', () => {
		expect(vendorSuggestions({ subprocessors: 'none' }, []).nudge).toBeNull();
		expect(vendorSuggestions({}, []).nudge).toBeNull();
	});
});
