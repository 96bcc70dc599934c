/**
 * The scoping questionnaire. Question ids are referenced by control and category conditions;
 * renaming one is a catalog migration.
 */
import type { CategoryRule, ScopingQuestion } from './types';

const YES_NO = [
	{ value: 'yes', label: 'Yes' },
	{ value: 'no', label: 'No' }
] as const;

export const SCOPING_QUESTIONS = [
	{
		id: 'company_size',
		text: 'How many people work at the company, counting long-term contractors?',
		help: 'Size sets expectations. An auditor accepts lighter governance from a 10-person team than from a 150-person one, and some duties (an internal audit function, a formal security committee) only make sense once you grow.',
		type: 'single',
		options: [
			{ value: '1-10', label: '1 to 10' },
			{ value: '11-50', label: '11 to 50' },
			{ value: '51-200', label: '51 to 200' },
			{ value: '201+', label: 'More than 200' }
		]
	},
	{
		id: 'founded',
		text: 'When was the company founded?',
		help: 'The day it was incorporated or started trading, roughly if you are unsure. No control can have been in place since before that day, so the app refuses an earlier "in place since" date.',
		type: 'date',
		past: true
	},
	{
		id: 'hosting',
		text: 'Where does the system you want audited run?',
		help: 'If a cloud provider runs the data centres, their SOC 2 report covers physical and environmental protection and you rely on it (a "carve-out"). If you run your own hardware, those controls become yours.',
		type: 'single',
		options: [
			{
				value: 'public_cloud',
				label: 'Entirely in a public cloud',
				hint: 'AWS, Google Cloud, Azure or similar'
			},
			{ value: 'hybrid', label: 'Mostly cloud, some hardware of our own' },
			{ value: 'colocation', label: 'Our own servers in a rented data-centre space' },
			{ value: 'on_premises', label: 'Our own servers in our own building' }
		]
	},
	{
		id: 'cloud_providers',
		text: 'Which cloud providers host the system?',
		help: 'Each provider is a subservice organisation: its SOC 2 report has to be collected and reviewed every year, and its complementary user-entity controls mapped to yours. The Vendors page proposes each provider you name as a vendor record, added when you choose.',
		type: 'multi',
		askWhen: { question: 'hosting', oneOf: ['public_cloud', 'hybrid'] },
		options: [
			{ value: 'aws', label: 'Amazon Web Services' },
			{ value: 'gcp', label: 'Google Cloud' },
			{ value: 'azure', label: 'Microsoft Azure' },
			{ value: 'other', label: 'Another provider' }
		]
	},
	{
		id: 'offices',
		text: 'Does the company have offices or other physical premises?',
		help: 'Offices you control bring badge access, visitor logs and clean-desk rules into scope. A shared coworking space is lighter: you rely on the operator but still protect your own equipment. A fully remote company marks office controls not applicable.',
		type: 'single',
		options: [
			{ value: 'none', label: 'No, we are fully remote' },
			{ value: 'coworking', label: 'A shared or coworking space run by someone else' },
			{ value: 'own', label: 'Offices we lease or own and control access to' }
		]
	},
	{
		id: 'server_room',
		text: 'Do you keep servers or network equipment in a room you control?',
		help: 'A server room or network cupboard needs restricted access and protection from fire, water and power loss. Office Wi-Fi routers alone do not count.',
		type: 'boolean',
		askWhen: {
			any: [
				{ question: 'offices', equals: 'own' },
				{ question: 'hosting', oneOf: ['hybrid', 'colocation', 'on_premises'] }
			]
		}
	},
	{
		id: 'remote_work',
		text: 'How much of the team works remotely?',
		help: 'Remote work changes how you secure connections, devices and home working. Auditors expect remote-access rules to be written down and enforced.',
		type: 'single',
		options: [
			{ value: 'none', label: 'Nobody, everyone works on site' },
			{ value: 'some', label: 'Some people, some of the time' },
			{ value: 'most', label: 'Most or all of the team' }
		]
	},
	{
		id: 'managed_devices',
		text: 'Are the laptops people work on owned and managed by the company?',
		help: 'Company-managed devices let you enforce disk encryption, screen lock, updates and malware protection centrally and prove it. Personal devices need a different approach: limiting what they can reach.',
		type: 'single',
		options: [
			{ value: 'all', label: 'Yes, all of them' },
			{ value: 'some', label: 'Some are company-managed, some are personal' },
			{ value: 'none', label: 'No, people use their own devices' }
		]
	},
	{
		id: 'mdm',
		text: 'Do you use a device-management tool to enforce settings on those laptops?',
		help: 'A device-management (MDM) tool is the easiest way to show an auditor that every laptop is encrypted, locked and patched. Without one, you need another way to check and record it.',
		type: 'boolean',
		askWhen: { question: 'managed_devices', oneOf: ['all', 'some'] }
	},
	{
		id: 'data_types',
		text: 'What kinds of customer data does the system store or process?',
		help: 'The data you hold decides how much of Confidentiality and Privacy applies and which extra safeguards an auditor expects. Choose all that apply.',
		type: 'multi',
		options: [
			{
				value: 'personal',
				label: 'Personal data about people',
				hint: 'names, emails, addresses, user activity'
			},
			{ value: 'payment', label: 'Payment card or bank details' },
			{ value: 'health', label: 'Health or medical information' },
			{
				value: 'customer_confidential',
				label: "Customers' confidential business data",
				hint: 'documents, source code, financials, trade secrets'
			},
			{ value: 'none', label: 'None of these' }
		]
	},
	{
		id: 'personal_data_role',
		text: 'For that personal data, who decides what it is collected for?',
		help: 'If you collect personal data directly from people and decide its purpose, you are the controller and privacy notices, consent and access requests are yours. If you only process it on behalf of business customers, they carry most of that duty.',
		type: 'single',
		askWhen: { question: 'data_types', includesAny: ['personal', 'health'] },
		options: [
			{ value: 'controller', label: 'We do: people sign up with us directly' },
			{ value: 'processor', label: 'Our business customers do; we process it for them' },
			{ value: 'both', label: 'Both, depending on the data' }
		]
	},
	{
		id: 'privacy_commitments',
		text: 'Do customers expect your SOC 2 report to cover privacy (notice, consent, access requests, disposal)?',
		help: 'Privacy is the heaviest optional category, with 18 criteria. Include it when customers or prospects ask for it, or when you hold personal data as a controller and want independent assurance over how you handle it.',
		type: 'single',
		options: [
			{ value: 'yes', label: 'Yes, it has been asked for' },
			{ value: 'no', label: 'No' },
			{ value: 'unsure', label: 'Not sure' }
		]
	},
	{
		id: 'subprocessors',
		text: 'How many third parties store or process customer data for you?',
		help: 'Every vendor that touches customer data (hosting, email delivery, support desk, analytics) must be assessed before use and reviewed regularly. Customers often expect to be told about new subprocessors. The Vendors page reminds you while fewer such vendors are recorded than you answer here.',
		type: 'single',
		options: [
			{ value: 'none', label: 'None besides our hosting provider' },
			{ value: 'few', label: '1 to 5' },
			{ value: 'many', label: 'More than 5' }
		]
	},
	{
		id: 'availability_commitments',
		text: 'What do you promise customers about uptime?',
		help: 'A contractual uptime promise (an SLA with credits or a stated percentage) is a commitment customers will expect your report to cover, so the Availability category is put in scope.',
		type: 'single',
		options: [
			{ value: 'none', label: 'Nothing specific' },
			{ value: 'informal', label: 'Best effort, a public status page' },
			{ value: 'sla', label: 'A contractual SLA or stated uptime percentage' }
		]
	},
	{
		id: 'recovery_commitments',
		text: 'Have you promised customers how fast you recover from an outage or how much data you could lose (RTO / RPO)?',
		help: 'Recovery time and recovery point promises must be backed by tested backups and a tested disaster-recovery plan, which are Availability criteria.',
		type: 'single',
		options: YES_NO
	},
	{
		id: 'confidentiality_commitments',
		text: 'Do contracts or NDAs oblige you to protect customer information beyond personal data?',
		help: 'Confidentiality covers information you have promised to keep secret and to destroy when asked: customer documents, designs, source code, pricing. It is commonly included by B2B companies.',
		type: 'single',
		options: YES_NO
	},
	{
		id: 'transaction_processing',
		text: 'Does your system process transactions or calculations for customers where accuracy matters to them?',
		help: 'Payments, payroll, billing, orders, claims or reports that customers rely on being complete and correct bring Processing Integrity into scope: checks on inputs, processing and outputs.',
		type: 'single',
		options: [
			{ value: 'yes', label: 'Yes, that is a core part of the service' },
			{ value: 'some', label: 'Some, but it is not central' },
			{ value: 'no', label: 'No' }
		]
	},
	{
		id: 'software_development',
		text: 'Who builds and changes the software in scope?',
		help: 'Writing your own software brings secure development and code review into scope. If a contractor writes it, you still approve and test its changes. If you only configure bought software, most development controls do not apply.',
		type: 'single',
		options: [
			{ value: 'in_house', label: 'Our own engineers' },
			{ value: 'outsourced', label: 'A contractor or agency, for us' },
			{ value: 'none', label: 'Nobody, we configure off-the-shelf software' }
		]
	},
	{
		id: 'governing_body',
		text: 'Who oversees the company and its risks?',
		help: 'Auditors look for oversight of management: a board with at least one independent member, or an advisory group. In a founder-run company, say how oversight works and meet on a schedule with minutes.',
		type: 'single',
		options: [
			{ value: 'board_independent', label: 'A board with at least one independent member' },
			{ value: 'board_founders', label: 'A board made up of founders and investors' },
			{ value: 'none', label: 'No formal board yet' }
		]
	},
	{
		id: 'ai_features',
		text: 'Does the product use machine-learning models or AI services on customer data?',
		help: 'Sending customer data to a model provider makes that provider a subprocessor and raises questions about training on customer data and about output accuracy, which auditors now ask about. Yes brings in controls for the model provider and its terms, the customer data sent to models, testing output accuracy, and testing for prompt injection and misuse.',
		type: 'single',
		options: YES_NO
	},
	{
		id: 'existing_frameworks',
		text: 'Which other frameworks do you already follow or hold?',
		help: 'Work for ISO 27001, HIPAA, PCI DSS, GDPR or an earlier SOC 2 report often already covers many controls, and its evidence can be reused. The Controls page marks the controls such a company very likely runs as "Likely in place", and for ISO 27001 or an earlier SOC 2 report the Frameworks page lets you confirm them theme by theme: none counts as implemented until you confirm it.',
		type: 'multi',
		options: [
			{ value: 'soc2', label: 'A previous SOC 2 report' },
			{ value: 'iso27001', label: 'ISO 27001' },
			{ value: 'hipaa', label: 'HIPAA' },
			{ value: 'pci', label: 'PCI DSS' },
			{ value: 'gdpr', label: 'GDPR programme' },
			{ value: 'none', label: 'None yet' }
		]
	},
	{
		id: 'report_type',
		text: 'Which SOC 2 report are you aiming for?',
		help: 'A Type I report says your controls are designed and in place on one date. A Type II report says they worked throughout an observation period, so every recurring control needs evidence across that window.',
		type: 'single',
		options: [
			{ value: 'type1', label: 'Type I', hint: 'controls in place on a date' },
			{ value: 'type2', label: 'Type II', hint: 'controls operating over a period' }
		]
	},
	{
		id: 'observation_window',
		text: 'How long an observation window will the Type II report cover?',
		help: 'Three months is the usual minimum for a first Type II report; many customers expect six or twelve. The report can only be issued after the window ends.',
		type: 'single',
		askWhen: { question: 'report_type', equals: 'type2' },
		options: [
			{ value: '3', label: '3 months' },
			{ value: '6', label: '6 months' },
			{ value: '12', label: '12 months' }
		]
	},
	{
		id: 'target_date',
		text: 'By when do you need the SOC 2 report in hand?',
		help: 'The Plan, the Overview, the home list and the PDFs compare this date with the projected report date at your capacity, and the Plan works out the capacity that would make it.',
		type: 'date',
		future: true
	},
	{
		id: 'compliance_people',
		text: 'How many people will work on SOC 2 readiness?',
		help: 'With the hours below this sets the plan’s weekly capacity (people × hours each ÷ 8 = person-days a week), which you can still change on the Plan page.',
		type: 'number',
		min: 1,
		max: 500,
		unit: 'people',
		defaultValue: 1
	},
	{
		id: 'compliance_hours',
		text: 'How many hours a week can each of them spend on it?',
		help: 'Be honest: readiness work competes with product work. Eight hours is one person-day: 2 people at 15 hours each give 3.75 person-days a week, and the plan schedules tasks in person-days.',
		type: 'number',
		min: 1,
		max: 60,
		unit: 'hours a week each',
		defaultValue: 8
	}
] as const satisfies readonly ScopingQuestion[];

/** Rules that bring optional categories into scope. Security is always in scope. */
export const CATEGORY_RULES = [
	{
		category: 'availability',
		effect: 'required',
		when: { question: 'availability_commitments', equals: 'sla' },
		reason: 'You promise customers a contractual uptime level.'
	},
	{
		category: 'availability',
		effect: 'required',
		when: { question: 'recovery_commitments', equals: 'yes' },
		reason: 'You have promised recovery time or data-loss limits.'
	},
	{
		category: 'availability',
		effect: 'suggested',
		when: { question: 'availability_commitments', equals: 'informal' },
		reason: 'You publish uptime informally; customers may still ask how you protect it.'
	},
	{
		category: 'confidentiality',
		effect: 'required',
		when: { question: 'confidentiality_commitments', equals: 'yes' },
		reason: 'Contracts oblige you to protect customer information.'
	},
	{
		category: 'confidentiality',
		effect: 'required',
		when: { question: 'data_types', includes: 'customer_confidential' },
		reason: "You hold customers' confidential business data."
	},
	{
		category: 'confidentiality',
		effect: 'suggested',
		when: { question: 'data_types', includesAny: ['payment', 'health'] },
		reason: 'You hold payment or health data that customers expect to stay confidential.'
	},
	{
		category: 'processing_integrity',
		effect: 'required',
		when: { question: 'transaction_processing', equals: 'yes' },
		reason: 'Processing transactions accurately for customers is a core part of the service.'
	},
	{
		category: 'processing_integrity',
		effect: 'suggested',
		when: { question: 'transaction_processing', equals: 'some' },
		reason: 'Part of the service processes transactions customers rely on.'
	},
	{
		category: 'privacy',
		effect: 'required',
		when: { question: 'privacy_commitments', equals: 'yes' },
		reason: 'Customers have asked for privacy to be covered by the report.'
	},
	{
		category: 'privacy',
		effect: 'suggested',
		when: {
			all: [
				{ question: 'data_types', includesAny: ['personal', 'health'] },
				{ question: 'personal_data_role', oneOf: ['controller', 'both'] }
			]
		},
		reason: 'You collect personal data directly from people and decide how it is used.'
	}
] as const satisfies readonly CategoryRule[];
