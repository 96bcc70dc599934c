import type { Control } from '../types';

export const CONTROLS_CONFIDENTIALITY = [
	{
		id: 'CNF-01',
		title: 'Data classification scheme with handling rules for confidential information',
		question:
			'Is there a written classification scheme that defines confidential information and its handling rules, acknowledged by every member of staff?',
		guidance:
			'Define three or four levels, for example public, internal, confidential and restricted, with examples of each, and state that customer data is confidential unless the customer has made it public. For each level, write down where it may be stored, who may access it, whether it may leave the company or sit on personal devices, and how it is destroyed. Staff acknowledge the scheme when they join and once a year with the other policies. Review it yearly and when you start handling new kinds of data, such as data sent to AI services.',
		evidenceTypeI: [
			'Data classification policy with levels, examples and handling rules',
			'Staff acknowledgements of the policy'
		],
		evidenceTypeII: [
			'Acknowledgements from staff who joined in the window and the annual acknowledgements',
			'Annual review record of the scheme dated within the window'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 0.5,
		key: true,
		criteria: ['C1.1', 'CC6.1', 'CC6.7'],
		policies: ['POL-DATACLASS']
	},
	{
		id: 'CNF-02',
		title: 'Inventory of where confidential information is stored and processed',
		question:
			'Is there a current list of every system, data store and vendor holding confidential customer information, with its classification and owner, reviewed at least yearly?',
		guidance:
			'Keep a register of each production database, storage bucket, analytics store, support tool, shared drive and vendor that holds confidential information, with its classification, data owner, location and retention period. Build it from the asset inventory and vendor list, and by asking each team where customer data ends up, including exports and logs. Update it when a new system or vendor is approved and review it in full once a year. Access reviews, deletion at contract end and vendor reviews all rely on this register, so a gap here becomes a gap everywhere.',
		evidenceTypeI: [
			'Confidential information inventory with systems, owners, classification and retention',
			'Named owner of the inventory'
		],
		evidenceTypeII: [
			'Full annual review of the inventory dated within the window',
			'Inventory updates for systems and vendors added in the window, matching change and vendor records'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.5,
		key: true,
		criteria: ['C1.1', 'C1.2'],
		policies: ['POL-DATACLASS']
	},
	{
		id: 'CNF-03',
		title: 'Confidentiality agreements signed before access to confidential information',
		question:
			'Has every employee, contractor and outside party with access to confidential information signed a confidentiality agreement before access was granted?',
		guidance:
			'Put confidentiality clauses covering customer information into employment contracts and contractor agreements, make them last beyond the end of the engagement, and have them signed before the start date. Use a mutual non-disclosure agreement before sharing confidential information with prospects, partners or advisers. Store signed copies in your HR system or contract repository; for employees the signed contract is collected by the HR onboarding checklist. Every quarter, compare the list of signed agreements with the list of people who have system access and chase any gap.',
		evidenceTypeI: [
			'Employment, contractor and mutual non-disclosure agreement templates with confidentiality clauses',
			'Register of signed agreements'
		],
		evidenceTypeII: [
			'For people who joined in the window, signed agreements dated before their access was granted',
			'Quarterly comparisons of signed agreements with system access lists'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 0.75,
		key: false,
		criteria: ['C1.1'],
		policies: ['POL-HR', 'POL-DATACLASS'],
		activities: [
			{
				id: 'agreement-access-comparison',
				title: 'Compare signed confidentiality agreements with system access lists',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'CNF-04',
		title: 'Ticket-based, time-limited and logged staff access to customer data',
		question:
			"Can staff view a customer's confidential data only through an approved, time-limited and logged access path, such as support access granted against a ticket?",
		guidance:
			"Limit direct access to production data stores to a small named group, and give support and engineering staff access to a customer's data only through an internal tool or role that requires a ticket reference, expires after a set time and logs every view. Where a contract requires it, ask the customer's permission first. Each month, compare the access log with tickets and follow up any access without one. Say in your customer terms when and how staff may access customer data, so the log can be checked against that promise.",
		evidenceTypeI: [
			'Configuration of the support access tool or role showing ticket reference, expiry and logging',
			'List of people with direct production data access and the reason for each'
		],
		evidenceTypeII: [
			'Access events sampled from the log, each matched to an approved ticket',
			'Monthly access log reviews with the follow-up of exceptions'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 3,
		key: false,
		criteria: ['C1.1'],
		policies: ['POL-ACCESS', 'POL-DATACLASS'],
		activities: [
			{
				id: 'access-log-review',
				title: 'Compare the customer data access log with tickets and chase any gap',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'CNF-05',
		title: 'Deletion of customer data within a set period after the contract ends',
		question:
			'When a customer leaves, is their data deleted from production, exports and vendor systems within the period in your terms, with backups expiring on a known schedule?',
		guidance:
			'State in your terms how long you keep customer data after a contract ends, for example 30 days to export followed by deletion, and how long backups persist until they expire, for example 35 more days. When a contract ends, open a deletion ticket from a checklist that covers the production database, file storage, search indexes, analytics, the support tool and every vendor holding the data. The engineer who deletes records what was removed and when, and a second person checks it. Send the customer a written deletion confirmation when they ask for one.',
		evidenceTypeI: [
			'Contract or terms section stating retention and deletion after termination',
			'Deletion checklist covering every system in the confidential information inventory',
			'Deletion scripts or runbook'
		],
		evidenceTypeII: [
			'Customers whose contracts ended in the window, each with a completed deletion ticket within the stated period',
			'Deletion confirmations sent to customers who asked for them'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 2.5,
		key: true,
		criteria: ['C1.2'],
		policies: ['POL-RETENTION']
	},
	{
		id: 'CNF-06',
		title: 'Annual disposal of confidential information past its retention period',
		question:
			'Once a year, do data owners find confidential information kept beyond its retention period, apart from contract-end deletions, and destroy it with a record?',
		guidance:
			'Each year, the data owners named in the confidential information inventory check their systems for confidential information kept past its retention period: old exports, shared-drive folders, expired trial accounts, test databases and logs. Delete or securely destroy what is no longer needed, or record why it must be kept, for example a legal hold. Automate where you can with lifecycle rules on storage buckets and scheduled clean-up jobs. Keep a short record per system of what was removed and when.',
		evidenceTypeI: [
			'Retention schedule for confidential information by type',
			'Lifecycle or scheduled deletion rules configured on storage'
		],
		evidenceTypeII: [
			'Annual disposal records per system dated within the window, signed off by each data owner',
			'Legal holds and other exceptions recorded with their reasons'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1,
		key: false,
		criteria: ['C1.2', 'C1.1'],
		policies: ['POL-RETENTION']
	},
	{
		id: 'CNF-07',
		title: 'Synthetic or masked data in development and test environments',
		question:
			'Do development and test environments use synthetic or masked data, with any copy of production data approved, masked and deleted afterwards?',
		guidance:
			'Build development and test environments from seed scripts or synthetic data generators. When a production-like dataset is really needed, for example to reproduce a bug, copy it through a masking script that replaces names, contact details and free-text fields, get approval in a ticket, and delete the copy when the ticket closes. Block network paths and credentials from non-production environments to production data stores. Check non-production data stores every quarter for unmasked customer data.',
		evidenceTypeI: [
			'Test data procedure and the masking script',
			'Configuration showing non-production environments cannot reach production data stores'
		],
		evidenceTypeII: [
			'Tickets approving production data copies in the window, with masking and deletion confirmed',
			'Quarterly checks of non-production data stores'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 4,
		key: false,
		criteria: ['C1.1'],
		policies: ['POL-DATACLASS', 'POL-SDLC'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company does not develop software and has no development or test environments into which customer data could be copied.',
		activities: [
			{
				id: 'non-production-data-check',
				title: 'Check non-production data stores for unmasked customer data',
				frequency: 'quarterly'
			}
		]
	}
] as const satisfies readonly Control[];
