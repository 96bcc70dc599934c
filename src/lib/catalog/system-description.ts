/**
 * The system description outline: the sections an auditor expects to read, in the order a SOC 2
 * report presents them, each with what it has to cover. Section ids are stored with the user's
 * text (descriptionSections.sectionId); renaming one loses the link to what was written.
 */

/** What a list section lists, which decides the columns of its items editor. */
export type DescriptionListKind = 'subservice' | 'cuec';

export interface DescriptionSectionDef {
	id: string;
	title: string;
	/** A grouping heading shared by consecutive sections (the five components). */
	group?: string;
	/** What the section has to cover, a few points in our own words. */
	guidance: readonly string[];
	/** Sections that hold a list of entries besides their text. */
	list?: DescriptionListKind;
}

export const COMPONENTS_GROUP = 'Components of the system';

export const DESCRIPTION_SECTIONS = [
	{
		id: 'services',
		title: 'Services provided',
		guidance: [
			'What the company sells and to whom, in terms a customer would recognise.',
			'Which products or environments the report covers, and which it leaves out.',
			'How customers reach the service (web app, API, agents they install).'
		]
	},
	{
		id: 'commitments',
		title: 'Principal service commitments and system requirements',
		guidance: [
			'The promises made to customers in contracts, terms of service and the website: security, uptime, confidentiality, privacy.',
			'The requirements the system must meet to keep those promises (laws, standards, internal rules).',
			'Where each commitment is written down, so the auditor can read the source.'
		]
	},
	{
		id: 'infrastructure',
		title: 'Infrastructure',
		group: COMPONENTS_GROUP,
		guidance: [
			'Where the system runs: cloud provider and regions, data centres, offices that matter.',
			'The main pieces of the network and hosting (accounts, clusters, databases, backups).',
			'What is run by a provider and what the company runs itself.'
		]
	},
	{
		id: 'software',
		title: 'Software',
		group: COMPONENTS_GROUP,
		guidance: [
			'The applications that make up the service and the main tools that support it (source control, CI/CD, monitoring, ticketing).',
			'Who builds and changes the software: own engineers, a contractor, or off-the-shelf products.'
		]
	},
	{
		id: 'people',
		title: 'People',
		group: COMPONENTS_GROUP,
		guidance: [
			'The teams and roles that run, change and secure the system, and who they report to.',
			'Who is accountable for security and compliance, and how governance works (board, management meetings).'
		]
	},
	{
		id: 'procedures',
		title: 'Procedures',
		group: COMPONENTS_GROUP,
		guidance: [
			'The routines that operate the system: access requests and reviews, change management, incident response, backups, vendor reviews.',
			'Whether each is written down and how often it runs.'
		]
	},
	{
		id: 'data',
		title: 'Data',
		group: COMPONENTS_GROUP,
		guidance: [
			'The kinds of data the system takes in, stores and sends out, and whose data it is.',
			'How data is classified, where it is kept, how long, and how it is disposed of.'
		]
	},
	{
		id: 'boundaries',
		title: 'System boundaries',
		guidance: [
			'Where the system starts and ends: what is inside the audit and what is not.',
			'Connections to customers, vendors and other internal systems that cross the boundary.'
		]
	},
	{
		id: 'subservice',
		title: 'Subservice organisations',
		list: 'subservice',
		guidance: [
			'Each vendor that performs part of the system on your behalf (hosting, data processing).',
			'For each, whether its controls are left out of the audit (carve-out) or tested with yours (inclusive).',
			'For carve-outs, the controls you expect the vendor to operate (complementary subservice-organisation controls) and how you monitor them.'
		]
	},
	{
		id: 'cuecs',
		title: 'Complementary user-entity controls',
		list: 'cuec',
		guidance: [
			'What your own customers must do for your controls to work: manage their users, protect their credentials, configure the service securely, tell you about incidents.',
			"Written so a customer's auditor can check them on the customer's side."
		]
	},
	{
		id: 'changes',
		title: 'Significant changes during the period',
		guidance: [
			'Changes to the system, its controls or the organisation during the period the report covers (a migration, a new product, a reorganisation).',
			'Write "None" when there were none: the auditor still expects the statement.'
		]
	},
	{
		id: 'incidents',
		title: 'Significant incidents during the period',
		guidance: [
			'Security incidents or failures that stopped the company meeting a commitment, what happened and what was done.',
			'Write "None" when there were none: the auditor still expects the statement.'
		]
	},
	{
		id: 'assertion',
		title: 'Management assertion',
		guidance: [
			"Management's signed statement that the description is fairly presented and the controls were suitably designed (and, for Type II, operated effectively) for the date or period.",
			'Who signs it, in which role, and on what date.',
			'Prepared by management, not by the auditor; it sits in front of the auditor’s opinion.'
		]
	}
] as const satisfies readonly DescriptionSectionDef[];

export type DescriptionSectionId = (typeof DESCRIPTION_SECTIONS)[number]['id'];

const BY_ID: ReadonlyMap<string, DescriptionSectionDef> = new Map(
	DESCRIPTION_SECTIONS.map((s) => [s.id, s])
);

/** A section's definition, or undefined for an id the catalog no longer has. */
export function descriptionSection(id: string): DescriptionSectionDef | undefined {
	return BY_ID.get(id);
}
