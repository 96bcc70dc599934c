/**
 * The starting texts of the catalog's policies: six sections each, written here, with
 * placeholders in one syntax, `{{name}}`, filled from the assessment by domain/policies/fill.ts.
 * A placeholder with no answer becomes a visible "[to complete: …]" marker, never raw syntax.
 */

export const POLICY_SECTION_IDS = [
	'purpose',
	'scope',
	'roles',
	'requirements',
	'exceptions',
	'review'
] as const;

export type PolicySectionKey = (typeof POLICY_SECTION_IDS)[number];

export const POLICY_SECTION_TITLE: Record<PolicySectionKey, string> = {
	purpose: 'Purpose',
	scope: 'Scope',
	roles: 'Roles and responsibilities',
	requirements: 'Requirements',
	exceptions: 'Exceptions',
	review: 'Review and approval'
};

/**
 * Every placeholder a template may use, with what fills it and the words shown when nothing does
 * ("[to complete: <label>]").
 */
export const PLACEHOLDERS = {
	company: { label: 'company name', from: 'the assessment’s company name' },
	policyOwner: { label: 'policy owner', from: 'the owner on the policy tracker' },
	securityLead: {
		label: 'security lead',
		from: 'the owner of the Information Security Policy on the policy tracker'
	},
	oversight: { label: 'oversight body', from: 'scoping: who oversees the company' },
	reviewCadence: { label: 'review cadence', from: 'the catalog: how often the policy is reviewed' },
	hosting: { label: 'where the system runs', from: 'scoping: where the system runs' },
	cloudProviders: { label: 'cloud providers', from: 'scoping: which cloud providers' },
	deviceManagement: {
		label: 'device-management tool',
		from: 'scoping: whether a device-management tool is used'
	},
	dataTypes: { label: 'customer data types', from: 'scoping: kinds of customer data' },
	identityProvider: {
		label: 'identity provider (single sign-on)',
		from: 'not asked: always to complete'
	},
	ticketing: { label: 'ticketing or change tracking tool', from: 'not asked: always to complete' }
} as const satisfies Record<string, { label: string; from: string }>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export interface PolicyTemplate {
	/** Catalog policy id ('POL-ACCESS'). */
	policyId: string;
	/**
	 * Plain text per section: paragraphs apart by a blank line, list items as lines starting with
	 * "- ". Placeholders only as `{{name}}` with a name from PLACEHOLDERS.
	 */
	sections: Record<PolicySectionKey, string>;
}
