import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import { askedQuestions, effectiveAnswers, holds } from './conditions';
import { scope } from './scoping';

const categoryOf = new Map(catalog.criteria.map((c) => [c.id, c.category]));
const primaryCategory = (controlId: string) =>
	categoryOf.get(catalog.controls.find((c) => c.id === controlId)?.criteria[0] ?? '');

const SECURITY_ONLY_SAAS = {
	company_size: '11-50',
	hosting: 'public_cloud',
	cloud_providers: ['aws'],
	offices: 'none',
	remote_work: 'most',
	managed_devices: 'all',
	mdm: true,
	data_types: ['none'],
	privacy_commitments: 'no',
	subprocessors: 'few',
	availability_commitments: 'none',
	recovery_commitments: 'no',
	confidentiality_commitments: 'no',
	transaction_processing: 'no',
	software_development: 'in_house',
	report_type: 'type1'
};

describe('conditions', () => {
	it('treats unanswered questions as not matching, and not() of them as matching', () => {
		expect(holds({ question: 'offices', equals: 'own' }, {})).toBe(false);
		expect(holds({ not: { question: 'offices', equals: 'own' } }, {})).toBe(true);
		expect(
			holds(
				{ question: 'data_types', includesAny: ['health', 'personal'] },
				{ data_types: ['health'] }
			)
		).toBe(true);
		expect(holds({ question: 'compliance_people', atLeast: 2 }, { compliance_people: 3 })).toBe(
			true
		);
	});

	it('ignores answers to questions that are no longer asked, but keeps them stored', () => {
		const stored = { report_type: 'type1', observation_window: '12' };
		expect(effectiveAnswers(catalog.scopingQuestions, stored)).toEqual({ report_type: 'type1' });
		expect(askedQuestions(catalog.scopingQuestions, stored).map((q) => q.id)).not.toContain(
			'observation_window'
		);
		expect(
			effectiveAnswers(catalog.scopingQuestions, { ...stored, report_type: 'type2' })
				.observation_window
		).toBe('12');
	});
});

describe('scope', () => {
	it('keeps Security in scope always, with a reason', () => {
		const r = scope(catalog, {});
		const security = r.categories.find((c) => c.id === 'security');
		expect(security).toMatchObject({ status: 'required', inScope: true });
		expect(security?.reasons[0]).toMatch(/every SOC 2 report/);
		expect(r.criteria).toHaveLength(33);
	});

	it('gives a Security-only SaaS with no personal data no Privacy controls', () => {
		const r = scope(catalog, SECURITY_ONLY_SAAS);
		expect(r.inScopeCategories).toEqual(['security']);
		const privacyApplicable = r.applicableControlIds.filter(
			(id) => primaryCategory(id) === 'privacy'
		);
		expect(privacyApplicable).toEqual([]);
		for (const c of r.controls.filter((c) => primaryCategory(c.controlId) === 'privacy')) {
			expect(c.reason).toBe('Privacy category is not in scope.');
		}
		expect(r.categories.find((c) => c.id === 'privacy')?.status).toBe('out');
	});

	it('brings physical-access controls in with an office and marks them not applicable, with the reason, without one', () => {
		const withOffice = scope(catalog, { ...SECURITY_ONLY_SAAS, offices: 'own', server_room: true });
		expect(withOffice.applicableControlIds).toEqual(
			expect.arrayContaining(['PHY-01', 'PHY-02', 'PHY-03'])
		);
		const remote = scope(catalog, SECURITY_ONLY_SAAS);
		const phy01 = remote.controls.find((c) => c.controlId === 'PHY-01');
		expect(phy01?.applicable).toBe(false);
		expect(phy01?.reason).toBe(catalog.controls.find((c) => c.id === 'PHY-01')?.naRationale);
		expect(phy01?.reason).toMatch(/office/i);
	});

	it('brings Availability in when the company commits to an uptime SLA', () => {
		const r = scope(catalog, { ...SECURITY_ONLY_SAAS, availability_commitments: 'sla' });
		const a = r.categories.find((c) => c.id === 'availability');
		expect(a).toMatchObject({ status: 'required', inScope: true });
		expect(a?.reasons.join(' ')).toMatch(/uptime/);
		expect(r.criteria).toEqual(expect.arrayContaining(['A1.1', 'A1.2', 'A1.3']));
		expect(r.applicableControlIds.some((id) => primaryCategory(id) === 'availability')).toBe(true);
	});

	it('brings Processing Integrity in when the company processes customers’ transactions', () => {
		const r = scope(catalog, { ...SECURITY_ONLY_SAAS, transaction_processing: 'yes' });
		expect(r.categories.find((c) => c.id === 'processing_integrity')?.inScope).toBe(true);
		expect(r.criteria.filter((c) => c.startsWith('PI1'))).toHaveLength(5);
	});

	it('suggests but does not force optional categories, and lets the user include them', () => {
		const answers = { ...SECURITY_ONLY_SAAS, availability_commitments: 'informal' };
		const suggested = scope(catalog, answers);
		expect(suggested.categories.find((c) => c.id === 'availability')).toMatchObject({
			status: 'suggested',
			inScope: false
		});
		const chosen = scope(catalog, answers, { included: ['availability', 'confidentiality'] });
		expect(chosen.categories.find((c) => c.id === 'availability')).toMatchObject({
			status: 'included',
			inScope: true
		});
		expect(chosen.categories.find((c) => c.id === 'confidentiality')?.reasons[0]).toBe(
			'You chose to include it.'
		);
	});

	it('gives every control left out a reason', () => {
		for (const answers of [{}, SECURITY_ONLY_SAAS]) {
			for (const c of scope(catalog, answers).controls) {
				if (!c.applicable) expect(c.reason?.length ?? 0, c.controlId).toBeGreaterThan(10);
			}
		}
	});
});
