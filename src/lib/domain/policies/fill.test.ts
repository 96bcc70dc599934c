import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCOPING_QUESTIONS } from '$lib/catalog/scoping-questions';
import type { PolicyTemplate } from '$lib/catalog/policy-texts/types';
import { fillTemplate, fillText, placeholderValues, startingBody, toCompleteMarkers } from './fill';

const template: PolicyTemplate = {
	policyId: 'POL-X',
	sections: {
		purpose: '{{company}} protects data.',
		scope: 'Runs on {{cloudProviders}} ({{hosting}}).',
		roles: '{{policyOwner}} owns it; {{securityLead}} supports; {{oversight}} oversees.',
		requirements: '- Sign in with {{identityProvider}}.\n- Devices: {{deviceManagement}}.',
		exceptions: 'Data: {{dataTypes}}. {{ unknownThing }}',
		review: 'Reviewed {{reviewCadence}}.'
	}
};

describe('fillText', () => {
	it('fills known values and marks the rest to complete', () => {
		expect(fillText('{{company}} / {{securityLead}}', { company: 'Acme' })).toBe(
			'Acme / [to complete: security lead]'
		);
		expect(fillText('{{company}}', { company: '   ' })).toBe('[to complete: company name]');
		expect(fillText('{{nope}} {{}}', {})).toBe('[to complete: nope] [to complete: missing detail]');
	});

	it('never expands or runs what a value holds', () => {
		const company = '{{securityLead}} <script>alert(1)</script> =SUM(A1)';
		expect(fillText('{{company}}', { company, securityLead: 'X' })).toBe(company);
	});

	it('leaves no placeholder syntax, whatever the template and values', () => {
		const name = fc.constantFrom('company', 'policyOwner', 'securityLead', 'nope', '', ' company ');
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.string(),
						name.map((n) => `{{${n}}}`)
					)
				),
				fc.string(),
				(parts, company) => {
					const text = parts.join('').replace(/[{}]/g, '');
					const templated = `${text}{{company}}${parts.filter((p) => p.startsWith('{{')).join(' ')}`;
					const out = fillText(templated, { company: company.replace(/[{}]/g, '') });
					expect(out).not.toMatch(/\{\{|\}\}/);
				}
			)
		);
	});
});

describe('placeholderValues and fillTemplate', () => {
	it('fills from the assessment, scoping and the tracker', () => {
		const values = placeholderValues({
			companyName: ' Café Ünal ',
			answers: {
				hosting: 'public_cloud',
				cloud_providers: ['aws', 'gcp', 'other'],
				governing_body: 'none',
				mdm: true,
				data_types: ['personal', 'payment', 'none']
			},
			questions: SCOPING_QUESTIONS,
			policy: { reviewFrequency: 'annually' },
			policyOwner: 'Alex Kim',
			securityLead: ''
		});
		const body = fillTemplate(template, values);
		expect(body).toEqual({
			purpose: 'Café Ünal protects data.',
			scope: 'Runs on Amazon Web Services and Google Cloud (a public cloud).',
			roles:
				'Alex Kim owns it; [to complete: security lead] supports; the leadership team oversees.',
			requirements:
				'- Sign in with [to complete: identity provider (single sign-on)].\n- Devices: the company’s device-management tool.',
			exceptions:
				'Data: personal data about people and payment card or bank details. [to complete: unknownThing]',
			review: 'Reviewed at least once a year.'
		});
		expect(toCompleteMarkers(body)).toEqual([
			'security lead',
			'identity provider (single sign-on)',
			'unknownThing'
		]);
	});

	it('marks every scoping-based value to complete when nothing was answered', () => {
		const values = placeholderValues({
			companyName: 'Acme',
			answers: {},
			questions: SCOPING_QUESTIONS,
			policy: { reviewFrequency: 'quarterly' },
			policyOwner: '',
			securityLead: ''
		});
		const body = fillTemplate(template, values);
		expect(body.scope).toBe(
			'Runs on [to complete: cloud providers] ([to complete: where the system runs]).'
		);
		expect(body.review).toBe('Reviewed at least every three months.');
		expect(body.requirements).toContain('Devices: [to complete: device-management tool].');
	});

	it('leaves the device-management tool to complete when the company has none', () => {
		for (const answers of [{ mdm: false }, { managed_devices: 'none' }]) {
			const values = placeholderValues({
				companyName: 'Acme',
				answers,
				questions: SCOPING_QUESTIONS,
				policy: { reviewFrequency: 'annually' },
				policyOwner: '',
				securityLead: ''
			});
			expect(fillTemplate(template, values).requirements).toContain(
				'Devices: [to complete: device-management tool].'
			);
		}
	});

	it('starts a policy without a template from its catalog purpose and empty sections', () => {
		expect(startingBody({ purpose: 'Why it exists.' }, undefined, { company: 'Acme' })).toEqual({
			purpose: 'Why it exists.',
			scope: '',
			roles: '',
			requirements: '',
			exceptions: '',
			review: ''
		});
		expect(startingBody({ purpose: 'unused' }, template, { company: 'Acme' }).purpose).toBe(
			'Acme protects data.'
		);
	});
});
