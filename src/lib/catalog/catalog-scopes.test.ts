/**
 * The catalog against typical scopes: with the scoping answers of a few common companies, every
 * criterion in scope rests on controls that apply and that really prove it.
 *
 * A control "really proves" a criterion when that criterion is its primary (the first of its
 * criteria, the one it was written for) or when it is a key control (its failure undermines the
 * criteria it links). Any other link is supporting: it adds to the score but an auditor would not
 * accept it alone.
 */
import { describe, expect, it } from 'vitest';
import { scope, type ScopeChoices } from '$lib/domain/scoring/scoping';
import { catalog } from './index';
import type { CategoryId, Control, ScopingAnswers } from './types';

/** A remote SaaS company on a public cloud, writing its own code, Security only. */
const REMOTE_CLOUD: ScopingAnswers = {
	company_size: '11-50',
	hosting: 'public_cloud',
	cloud_providers: ['aws'],
	offices: 'none',
	remote_work: 'most',
	managed_devices: 'all',
	mdm: true,
	data_types: ['personal'],
	personal_data_role: 'processor',
	privacy_commitments: 'no',
	subprocessors: 'few',
	availability_commitments: 'informal',
	recovery_commitments: 'no',
	confidentiality_commitments: 'no',
	transaction_processing: 'no',
	software_development: 'in_house',
	governing_body: 'board_founders',
	ai_features: 'no',
	existing_frameworks: ['none'],
	report_type: 'type2',
	observation_window: '6'
};

const ALL_OPTIONAL: CategoryId[] = [
	'availability',
	'confidentiality',
	'processing_integrity',
	'privacy'
];

interface TypicalScope {
	name: string;
	answers: ScopingAnswers;
	choices?: ScopeChoices;
	categories: CategoryId[];
}

const SCOPES: TypicalScope[] = [
	{
		name: 'Security only, remote cloud company, founders and investors on the board',
		answers: REMOTE_CLOUD,
		categories: ['security']
	},
	{
		name: 'Security only, remote cloud company of five with no formal board',
		answers: { ...REMOTE_CLOUD, company_size: '1-10', governing_body: 'none' },
		categories: ['security']
	},
	{
		name: 'Security and Privacy, processing personal data for business customers',
		answers: { ...REMOTE_CLOUD, privacy_commitments: 'yes' },
		categories: ['security', 'privacy']
	},
	{
		name: 'Every category, remote cloud company that is both controller and processor',
		answers: { ...REMOTE_CLOUD, personal_data_role: 'both', privacy_commitments: 'yes' },
		choices: { included: ALL_OPTIONAL },
		categories: ['security', ...ALL_OPTIONAL]
	},
	{
		name: 'Every category, 51-200 people with offices, a server room and an independent director',
		answers: {
			...REMOTE_CLOUD,
			company_size: '51-200',
			hosting: 'hybrid',
			offices: 'own',
			server_room: true,
			remote_work: 'some',
			data_types: ['personal', 'customer_confidential', 'payment'],
			personal_data_role: 'controller',
			privacy_commitments: 'yes',
			availability_commitments: 'sla',
			recovery_commitments: 'yes',
			confidentiality_commitments: 'yes',
			transaction_processing: 'yes',
			governing_body: 'board_independent'
		},
		categories: ['security', ...ALL_OPTIONAL]
	}
];

const byId = new Map(catalog.controls.map((c) => [c.id, c]));

function proves(c: Control, criterion: string): boolean {
	return c.criteria[0] === criterion || c.key;
}

function applicable(s: TypicalScope): Control[] {
	return scope(catalog, s.answers, s.choices ?? {})
		.applicableControlIds.map((id) => byId.get(id))
		.filter((c): c is Control => !!c);
}

describe.each(SCOPES)('$name', (s) => {
	const result = scope(catalog, s.answers, s.choices ?? {});
	const controls = applicable(s);

	it('has the categories the answers imply', () => {
		expect([...result.inScopeCategories].sort()).toEqual([...s.categories].sort());
	});

	it('rests every criterion in scope on two or more applicable controls that prove it', () => {
		const thin = result.criteria
			.map((cr) => ({
				cr,
				ids: controls.filter((c) => c.criteria.includes(cr) && proves(c, cr)).map((c) => c.id)
			}))
			.filter((x) => x.ids.length < 2)
			.map((x) => `${x.cr}: ${x.ids.join(', ') || 'none'}`);
		expect(thin).toEqual([]);
	});
});

describe('a Security-only scope', () => {
	const security = SCOPES[0];
	if (!security) throw new Error('no Security-only scope');
	const ids = new Set(applicable(security).map((c) => c.id));

	it('includes backups, restore tests, disaster recovery and data classification', () => {
		// CC7.5 and CC9.1 rest on them, and CC6.1/CC6.7 on classification, even without A1 or C1.
		for (const id of ['BCK-01', 'BCK-04', 'AVL-06', 'AVL-07', 'CNF-01'])
			expect(ids.has(id), id).toBe(true);
	});

	it('gives CC7.5 and CC9.1 a key control', () => {
		for (const cr of ['CC7.5', 'CC9.1']) {
			const keys = [...ids].filter(
				(id) => byId.get(id)?.key && byId.get(id)?.criteria.includes(cr)
			);
			expect(keys.length, cr).toBeGreaterThan(0);
		}
	});
});

describe('AI features', () => {
	const AI = ['AI-01', 'AI-02', 'AI-03', 'AI-04'];

	it('bring in the AI controls only when the product uses models on customer data', () => {
		const yes = scope(catalog, { ...REMOTE_CLOUD, ai_features: 'yes' });
		expect(AI.filter((id) => !yes.applicableControlIds.includes(id))).toEqual([]);
		for (const answers of [REMOTE_CLOUD, {}]) {
			const r = scope(catalog, answers);
			expect(AI.filter((id) => r.applicableControlIds.includes(id))).toEqual([]);
			const reason = r.controls.find((c) => c.controlId === 'AI-01')?.reason;
			expect(reason).toContain('no customer data to machine-learning models');
		}
	});

	it('count towards Processing Integrity, Confidentiality and Privacy only when those are in scope', () => {
		const security = scope(catalog, { ...REMOTE_CLOUD, ai_features: 'yes' });
		expect(security.criteria.some((c) => c.startsWith('PI1'))).toBe(false);
		const byId = new Map(catalog.controls.map((c) => [c.id, c]));
		// Each rests on a Security criterion first, so it applies in a Security-only scope.
		for (const id of AI) expect(byId.get(id)?.criteria[0], id).toMatch(/^CC/);
		expect(byId.get('AI-03')?.criteria).toEqual(expect.arrayContaining(['PI1.3', 'PI1.4']));
	});
});
