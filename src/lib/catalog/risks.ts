/**
 * Starter risks: risks a small cloud software company usually faces, written by us, that the user
 * picks from on the Risks page. Ratings are suggestions on the register's 1..5 scale
 * (domain/risks/scale.ts); control ids must exist in the catalog (catalog-risks.test.ts checks).
 * Loaded lazily with the page, like the rest of the catalog text.
 */

/** The register's categories (the domain's RiskCategory must accept every one of these). */
export type StarterCategory =
	| 'security'
	| 'availability'
	| 'confidentiality'
	| 'processing_integrity'
	| 'privacy'
	| 'fraud'
	| 'change'
	| 'vendor'
	| 'operational'
	| 'compliance';

interface StarterRating {
	likelihood: number;
	impact: number;
}

export interface StarterRisk {
	id: string;
	title: string;
	description: string;
	category: StarterCategory;
	inherent: StarterRating;
	residual: StarterRating;
	controlIds: readonly string[];
	fraud?: { pressures: string; opportunities: string; rationalisation: string };
}

const r = (likelihood: number, impact: number): StarterRating => ({ likelihood, impact });

export const STARTER_RISKS: readonly StarterRisk[] = [
	{
		id: 'RSK-S01',
		title: 'Stolen staff password used to sign in',
		description:
			'An attacker phishes or buys a staff password and signs in to email, source code or the cloud console as that person.',
		category: 'security',
		inherent: r(4, 4),
		residual: r(2, 4),
		controlIds: ['IAM-01', 'IAM-02', 'HR-04']
	},
	{
		id: 'RSK-S02',
		title: 'Former employee keeps access after leaving',
		description:
			'Accounts of people who left stay active in some tools, so a departed person or whoever holds their laptop can still reach company data.',
		category: 'security',
		inherent: r(3, 4),
		residual: r(1, 4),
		controlIds: ['IAM-05', 'HR-08', 'IAM-07']
	},
	{
		id: 'RSK-S03',
		title: 'Too many people hold production administrator rights',
		description:
			'Broad administrator rights granted for convenience turn one compromised or careless account into control of the whole platform.',
		category: 'security',
		inherent: r(3, 5),
		residual: r(2, 4),
		controlIds: ['IAM-08', 'IAM-06', 'NET-04']
	},
	{
		id: 'RSK-S04',
		title: 'Secrets committed to a code repository',
		description:
			'An API key or database password pushed to a repository is copied by anyone with read access, or by the whole internet if the repository is public.',
		category: 'security',
		inherent: r(3, 4),
		residual: r(1, 4),
		controlIds: ['IAM-10', 'SDL-04']
	},
	{
		id: 'RSK-S05',
		title: 'Known vulnerability left unpatched in the product',
		description:
			'A library or server with a published flaw stays in production long enough for automated scanners to find and exploit it.',
		category: 'security',
		inherent: r(4, 4),
		residual: r(2, 3),
		controlIds: ['SDL-02', 'VUL-01', 'VUL-02']
	},
	{
		id: 'RSK-S06',
		title: 'Cloud storage or database exposed to the internet by mistake',
		description:
			'A misconfigured bucket, snapshot or security group makes customer data readable from outside without any password.',
		category: 'security',
		inherent: r(3, 5),
		residual: r(1, 5),
		controlIds: ['VUL-04', 'NET-02', 'CHG-06']
	},
	{
		id: 'RSK-S07',
		title: 'Ransomware or malware on a staff laptop',
		description:
			'Malicious software on a laptop encrypts local files, steals browser sessions or spreads to shared drives.',
		category: 'security',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['END-01', 'END-03', 'END-04']
	},
	{
		id: 'RSK-S08',
		title: 'Lost or stolen laptop with company data',
		description:
			'A laptop left in a taxi or taken from a car holds source code, customer exports or saved sessions.',
		category: 'security',
		inherent: r(4, 3),
		residual: r(4, 1),
		controlIds: ['END-02', 'AST-01', 'END-01']
	},
	{
		id: 'RSK-S09',
		title: 'Attack goes unnoticed for weeks',
		description:
			'Without central logs and alerts an intruder can move around for a long time, and the company cannot tell afterwards what was touched.',
		category: 'security',
		inherent: r(3, 5),
		residual: r(2, 3),
		controlIds: ['LOG-01', 'LOG-02', 'LOG-05']
	},
	{
		id: 'RSK-S10',
		title: 'Slow or confused response to a security incident',
		description:
			'When something goes wrong nobody knows who decides, who tells customers and what evidence to keep, so damage and deadlines slip.',
		category: 'security',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['INC-01', 'INC-03', 'INC-08']
	},
	{
		id: 'RSK-S11',
		title: 'One customer reads another customer’s data',
		description:
			'A flaw in how the product separates tenants lets a signed-in customer see or change records that belong to someone else.',
		category: 'confidentiality',
		inherent: r(2, 5),
		residual: r(1, 5),
		controlIds: ['IAM-12', 'SDL-05', 'VUL-03']
	},
	{
		id: 'RSK-S12',
		title: 'Production outage longer than the uptime promise',
		description:
			'A failed deployment, a region failure or a capacity shortfall keeps the service down past what contracts commit to.',
		category: 'availability',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['AVL-01', 'AVL-05', 'AVL-03']
	},
	{
		id: 'RSK-S13',
		title: 'Backups that cannot be restored',
		description:
			'Backups run but were never tested, are incomplete or sit in the same account an attacker deletes, so data is lost for good.',
		category: 'availability',
		inherent: r(3, 5),
		residual: r(1, 4),
		controlIds: ['BCK-01', 'BCK-02', 'BCK-04']
	},
	{
		id: 'RSK-S14',
		title: 'No tested plan to recover from a disaster',
		description:
			'Losing the main cloud region or account leaves the team improvising a rebuild with no agreed recovery time.',
		category: 'availability',
		inherent: r(2, 5),
		residual: r(2, 3),
		controlIds: ['AVL-06', 'AVL-07']
	},
	{
		id: 'RSK-S15',
		title: 'Untested change breaks production',
		description:
			'A change goes live without review or automated tests and corrupts data or takes a feature down.',
		category: 'processing_integrity',
		inherent: r(4, 3),
		residual: r(2, 3),
		controlIds: ['CHG-01', 'CHG-02', 'CHG-03']
	},
	{
		id: 'RSK-S16',
		title: 'Customer data processed incompletely or wrongly',
		description:
			'Imports drop records, jobs fail quietly or outputs go out with errors, and customers act on wrong results.',
		category: 'processing_integrity',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['PI-03', 'PI-05', 'PI-06']
	},
	{
		id: 'RSK-S17',
		title: 'Customer data copied out of production by staff',
		description:
			'Engineers export real customer data to laptops or test systems for debugging, where it is less protected and forgotten.',
		category: 'confidentiality',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['NET-06', 'CNF-04', 'CNF-07']
	},
	{
		id: 'RSK-S18',
		title: 'Customer data kept after the contract ends',
		description:
			'Data of former customers stays in databases, backups and vendor tools long after it should have been deleted.',
		category: 'confidentiality',
		inherent: r(3, 3),
		residual: r(2, 2),
		controlIds: ['CNF-05', 'CNF-06', 'VEN-07']
	},
	{
		id: 'RSK-S19',
		title: 'Personal data used beyond what people agreed to',
		description:
			'New features or analytics use personal data for purposes the privacy notice never mentioned, or ignore opt-outs.',
		category: 'privacy',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['PRV-06', 'PRV-09', 'PRV-04']
	},
	{
		id: 'RSK-S20',
		title: 'Privacy requests missed or answered late',
		description:
			'Requests to see, correct or erase personal data arrive by email, get lost and pass their legal deadline.',
		category: 'privacy',
		inherent: r(3, 3),
		residual: r(1, 3),
		controlIds: ['PRV-13', 'PRV-14', 'PRV-12']
	},
	{
		id: 'RSK-S21',
		title: 'Critical vendor breach or outage',
		description:
			'The hosting provider or another key supplier is breached or goes down, and our service and data go with it.',
		category: 'vendor',
		inherent: r(3, 5),
		residual: r(2, 4),
		controlIds: ['VEN-03', 'VEN-05', 'VEN-06']
	},
	{
		id: 'RSK-S22',
		title: 'Unapproved tools hold company data',
		description:
			'Staff sign up for free online tools and paste in customer data, outside any review or contract.',
		category: 'vendor',
		inherent: r(4, 3),
		residual: r(3, 2),
		controlIds: ['VEN-01', 'AST-03', 'HR-04']
	},
	{
		id: 'RSK-S23',
		title: 'Customer data leaks through an AI model provider',
		description:
			'Prompts containing customer data are retained or used for training by a model provider, or a crafted input makes a feature reveal data.',
		category: 'confidentiality',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['AI-01', 'AI-02', 'AI-04']
	},
	{
		id: 'RSK-S24',
		title: 'Security commitments to customers not met',
		description:
			'Sales agrees to contract terms or questionnaire answers the team does not actually follow, and a customer finds out.',
		category: 'compliance',
		inherent: r(3, 3),
		residual: r(2, 2),
		controlIds: ['GOV-10', 'RSK-01']
	},
	{
		id: 'RSK-S25',
		title: 'Key person leaves with knowledge nobody else holds',
		description:
			'The one engineer who knows how deployments, backups or billing work leaves or is unavailable during an incident.',
		category: 'operational',
		inherent: r(3, 3),
		residual: r(2, 2),
		controlIds: ['GOV-05', 'GOV-04']
	},
	{
		id: 'RSK-S26',
		title: 'Insider copies customer data to sell or take to a competitor',
		description:
			'A staff member or contractor with legitimate access exports customer records or source code for personal gain.',
		category: 'fraud',
		inherent: r(2, 5),
		residual: r(1, 4),
		controlIds: ['CNF-04', 'IAM-07', 'HR-02', 'NET-06'],
		fraud: {
			pressures: 'Personal debt, an offer from a competitor, or anger after a poor review.',
			opportunities: 'Broad standing access to production data and exports that nobody reviews.',
			rationalisation: '"I built this, so it is partly mine" or "nobody will notice one export".'
		}
	},
	{
		id: 'RSK-S27',
		title: 'Payment fraud through fake or changed supplier bank details',
		description:
			'An invoice from a fake supplier, or an email asking to change a real supplier’s bank account, is paid without a second check.',
		category: 'fraud',
		inherent: r(3, 4),
		residual: r(1, 3),
		controlIds: ['GOV-12', 'GOV-13', 'HR-04'],
		fraud: {
			pressures: 'Outside criminals after quick money; inside, a staff member short of cash.',
			opportunities:
				'One person can add a supplier and approve its payment; requests arrive by email only.',
			rationalisation: '"The request looked urgent and came from the CEO."'
		}
	},
	{
		id: 'RSK-S28',
		title: 'Revenue or usage figures misstated to investors',
		description:
			'Metrics or financial figures given to the board or investors are inflated to hit a target or to close a funding round.',
		category: 'fraud',
		inherent: r(2, 5),
		residual: r(1, 4),
		controlIds: ['GOV-01', 'GOV-02', 'GOV-08'],
		fraud: {
			pressures:
				'A funding round, a bonus tied to growth, or a board target that looks out of reach.',
			opportunities:
				'Figures compiled by one person from systems nobody else reconciles; no independent review.',
			rationalisation: '"The numbers will catch up next quarter anyway."'
		}
	},
	{
		id: 'RSK-S29',
		title: 'Engineer hides an unauthorised change in production',
		description:
			'Someone with deploy rights changes code or settings outside the reviewed process, for example to bypass billing or cover a mistake.',
		category: 'fraud',
		inherent: r(2, 4),
		residual: r(1, 3),
		controlIds: ['CHG-02', 'CHG-04', 'CHG-08', 'LOG-04'],
		fraud: {
			pressures: 'Fear of blame for an outage, or a side deal with a customer.',
			opportunities: 'Direct production access and logs the same person can edit.',
			rationalisation: '"It is only a quick fix; the process is too slow."'
		}
	},
	{
		id: 'RSK-S30',
		title: 'New law or customer requirement the programme does not cover',
		description:
			'A new privacy, security or AI rule, or a large customer’s demands, bring duties the current controls were not designed for.',
		category: 'change',
		inherent: r(3, 3),
		residual: r(2, 3),
		controlIds: ['RSK-05', 'RSK-01', 'GOV-10']
	},
	{
		id: 'RSK-S31',
		title: 'Rapid growth outpaces onboarding and access control',
		description:
			'Hiring quickly, often contractors abroad, means access is granted in a hurry and training and background checks are skipped.',
		category: 'change',
		inherent: r(4, 3),
		residual: r(2, 3),
		controlIds: ['RSK-05', 'HR-07', 'IAM-04', 'HR-02']
	},
	{
		id: 'RSK-S32',
		title: 'New product, system or technology brought in without review',
		description:
			'A new feature, data store, cloud service or acquisition enters production before anyone checks it against the controls.',
		category: 'change',
		inherent: r(3, 4),
		residual: r(2, 3),
		controlIds: ['RSK-07', 'SDL-05', 'RSK-05']
	},
	{
		id: 'RSK-S33',
		title: 'Leadership change leaves the security programme without an owner',
		description:
			'The founder or security lead who drove the programme leaves or changes role, and reviews and decisions stop.',
		category: 'change',
		inherent: r(2, 4),
		residual: r(2, 2),
		controlIds: ['GOV-04', 'GOV-03', 'RSK-05']
	},
	{
		id: 'RSK-S34',
		title: 'Denial-of-service attack on public endpoints',
		description:
			'A flood of traffic against the website, sign-in or API makes the service unusable for customers.',
		category: 'availability',
		inherent: r(3, 3),
		residual: r(2, 2),
		controlIds: ['NET-03', 'AVL-03']
	}
];

/** Order of the categories in the starter picker and the register filters. */
export const RISK_CATEGORY_ORDER: readonly StarterCategory[] = [
	'security',
	'availability',
	'confidentiality',
	'processing_integrity',
	'privacy',
	'fraud',
	'change',
	'vendor',
	'operational',
	'compliance'
];
