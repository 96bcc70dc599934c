import type { Condition, Control } from '../types';

/** Applies unless the company only processes personal data for business customers (true when unanswered). */
const NOT_PROCESSOR_ONLY = {
	not: { question: 'personal_data_role', equals: 'processor' }
} as const satisfies Condition;

/** Applies unless the company only collects personal data for its own purposes (true when unanswered). */
const NOT_CONTROLLER_ONLY = {
	not: { question: 'personal_data_role', equals: 'controller' }
} as const satisfies Condition;

export const CONTROLS_PRIVACY = [
	{
		id: 'PRV-01',
		title: 'Publish and maintain a public privacy notice',
		question:
			'Is a dated privacy notice published on your website and linked at every point where personal data is collected, and has it been reviewed in the last 12 months?',
		guidance:
			'Write one plain-language notice stating what personal data you collect, why, the legal basis or choice behind each use, how long you keep it, which kinds of third parties receive it, and how people can access, correct or delete their data or complain. Link it from the website footer, the sign-up form, the mobile app and every other collection point. The privacy owner reviews it each year against the personal data inventory and records the review date and version in the document history.',
		evidenceTypeI: [
			'The current privacy notice with its effective date and version number',
			'Screenshots of the sign-up form and website footer linking to the notice',
			'Named owner of the privacy notice in the privacy policy or role list'
		],
		evidenceTypeII: [
			'The dated annual review of the notice against the data inventory, with reviewer sign-off',
			'Version history of the notice showing every change published during the period'
		],
		department: 'Legal',
		frequency: 'annually',
		effortDays: 1.5,
		key: true,
		criteria: ['P1.1', 'P2.1', 'P3.1'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_PROCESSOR_ONLY,
		naRationale:
			'The company processes personal data only on behalf of business customers, who publish their own privacy notices to the individuals concerned.'
	},
	{
		id: 'PRV-02',
		title: 'Update the privacy notice before new data uses and announce material changes',
		question:
			'Before a new collection or use of personal data goes live, is the privacy notice updated first, and are existing users told of material changes before they take effect?',
		guidance:
			'Add a check to the release checklist: if a change collects a new kind of personal data, uses existing data for a new purpose or sends it to a new kind of recipient, the privacy owner updates the notice before release. Material changes are announced to existing users by email or in-app message a fixed period before they take effect, for example 30 days, and any new use that needs fresh consent waits until consent is given. Keep each published version and each announcement in the notice change history.',
		evidenceTypeI: [
			'Release checklist or ticket template containing the privacy notice check',
			'Procedure for announcing material notice changes, with the advance notice period stated'
		],
		evidenceTypeII: [
			'Tickets for releases in the period that added personal data uses, each linked to the notice update',
			'Change announcements sent to users in the period, with send dates before the effective date'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['P1.1', 'P4.1'],
		policies: ['POL-PRIVACY', 'POL-CHANGE'],
		appliesWhen: NOT_PROCESSOR_ONLY,
		naRationale:
			'The company publishes no privacy notice of its own because it processes personal data only for business customers; changes to processing are communicated to customers under the data processing agreement.'
	},
	{
		id: 'PRV-03',
		title: 'Describe processing to business customers in a DPA and subprocessor list',
		question:
			'Do business customers get a data processing agreement describing what personal data you process, why and where, and a current published list of your subprocessors?',
		guidance:
			'Keep a standard data processing agreement that describes the categories of personal data and of individuals, the purposes, retention, security measures, subprocessors and how you help customers meet their own obligations. Publish the subprocessor list with the purpose and location of each one, and let customers subscribe to changes. Legal reviews the agreement and the list every year and whenever a subprocessor or purpose is added, and each signed customer agreement is kept in the contract repository.',
		evidenceTypeI: [
			'The standard data processing agreement with its description of processing',
			'The published subprocessor list with purpose and location for each entry',
			'Signed customer agreements that include the data processing agreement'
		],
		evidenceTypeII: [
			'Signed data processing agreements for a sample of customers onboarded during the period',
			'Change history of the subprocessor list and the dated annual review of the agreement template'
		],
		department: 'Legal',
		frequency: 'annually',
		effortDays: 2,
		key: true,
		criteria: ['P1.1', 'P6.1'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_CONTROLLER_ONLY,
		naRationale:
			'The company collects personal data only directly from individuals for its own purposes and does not process personal data on behalf of business customers.'
	},
	{
		id: 'PRV-04',
		title: 'Capture, record and honour consent and opt-outs',
		question:
			'Where you rely on consent (marketing email, optional cookies, analytics), is it captured before use and stored with timestamp and wording, and are withdrawals honoured within a set deadline?',
		guidance:
			'List each use that depends on consent or an opt-out, and build the choice into sign-up, settings and the cookie banner, with optional boxes unticked and, where the law requires it as in the EU and UK, non-essential cookies off until accepted. Store each consent event with the user, timestamp, wording or notice version and source, in the product database or your consent tool. Unsubscribe links and settings changes update every system that sends messages or runs analytics, immediately where possible and within 10 business days at most. Tell people at the point of choice what they lose by refusing, for example product update emails.',
		evidenceTypeI: [
			'List of processing activities that depend on consent or an opt-out',
			'Screenshots of the sign-up form, settings page and cookie banner showing the choices',
			'A sample consent record showing user, timestamp, wording version and source'
		],
		evidenceTypeII: [
			'Consent records for a sample of users who signed up during the period',
			'Opt-outs and unsubscribes in the period with the date each took effect in every sending system'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2.5,
		key: true,
		criteria: ['P2.1', 'P3.2'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_PROCESSOR_ONLY,
		naRationale:
			'The company relies on consent for no processing: it processes personal data only on instructions from business customers, who collect any consent needed.'
	},
	{
		id: 'PRV-05',
		title: 'Separate explicit consent before collecting sensitive personal data',
		question:
			"Is health, biometric, precise location, children's or other sensitive personal data collected only after a separate, recorded, explicit consent step?",
		guidance:
			'Flag in the personal data inventory every sensitive data item you collect, such as health details, biometrics, precise location or data about children. For each one, show a separate consent step that says why the data is needed and what happens if the person declines, requiring an active choice such as an unticked checkbox, and block collection until it is given. Record the consent with timestamp and wording, and make withdrawal as easy as giving it. Where a law requires parental consent for children, document how you obtain and verify it.',
		evidenceTypeI: [
			'Data inventory entries that flag sensitive personal data items',
			'Screenshots of the explicit consent step for each sensitive data item',
			'Configuration or code showing collection is blocked until consent is recorded'
		],
		evidenceTypeII: [
			'Explicit consent records for a sample of individuals whose sensitive data was collected in the period',
			'Withdrawals of explicit consent in the period, with evidence that collection stopped'
		],
		department: 'Product',
		frequency: 'per_event',
		effortDays: 1.5,
		key: false,
		criteria: ['P3.2', 'P2.1'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_PROCESSOR_ONLY,
		naRationale:
			"The company collects no sensitive personal data (health, biometric, precise location or children's data) for its own purposes; any such data is processed only for business customers, who obtain the consent."
	},
	{
		id: 'PRV-06',
		title: 'Privacy review of new personal data collection before release',
		question:
			'Is every new form field, tracking event, integration or data source that collects personal data reviewed for necessity and notice coverage before it goes live?',
		guidance:
			'Add a privacy section to the product spec or ticket template asking what personal data the change collects, why each item is needed, whether less identifying data would do, and whether the notice or customer agreement already covers it. The privacy owner or a trained reviewer approves it in the ticket before release, and the personal data inventory is updated in the same ticket. Larger changes, such as a new product line, sensitive data or large-scale tracking, get a fuller written privacy impact assessment.',
		evidenceTypeI: [
			'Ticket or spec template with the privacy review questions',
			'Procedure naming who approves privacy reviews and when a full impact assessment is required'
		],
		evidenceTypeII: [
			'Tickets for changes in the period that added personal data collection, each approved before release',
			'Privacy impact assessments completed in the period'
		],
		department: 'Product',
		frequency: 'per_event',
		effortDays: 0.75,
		key: true,
		criteria: ['P3.1', 'P4.1', 'P1.1'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-07',
		title: 'Vet third-party sources of personal data before use',
		question:
			'Before you obtain personal data from partners, data providers, enrichment services or public sources, do you confirm it may lawfully be used for your purpose, and tell the people concerned?',
		guidance:
			'Keep a list of every external source of personal data, such as purchased lead lists, enrichment services, partner referrals or public profiles. Before a new source is used, the privacy owner records how the provider says the data was collected, what notice or consent the individuals received and any contract restrictions, and rejects sources that cannot show this. Review each source once a year, including a sample check of its accuracy, and delete data obtained from sources that are dropped. When you add data about someone that you did not collect from them, tell them within a month or at your first contact what you obtained, from where and why, unless a legal exemption applies and is recorded.',
		evidenceTypeI: [
			'List of external personal data sources with the approval record for each',
			'Contract terms with each data provider covering lawful collection and permitted use',
			'Notice template telling people which data about them came from another source'
		],
		evidenceTypeII: [
			'Approval records for every new data source added in the period',
			'The annual source review with accuracy sample results and follow-up actions',
			'Notices sent in the period to people whose data came from another source'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['P3.1', 'P7.1'],
		policies: ['POL-PRIVACY', 'POL-VENDOR'],
		naRationale:
			'The company obtains personal data only directly from individuals or from business customers under contract, and none from data providers, partners or public sources.',
		activities: [
			{
				id: 'data-source-review',
				title: 'Review each outside source of personal data and sample its accuracy',
				frequency: 'annually'
			}
		]
	},
	{
		id: 'PRV-08',
		title: 'Maintain a personal data inventory and records of processing',
		question:
			'Do you keep a current inventory of each category of personal data with where it is stored, its purpose, retention period and recipients, reviewed at least once a year?',
		guidance:
			'Keep a register, a spreadsheet is enough, with one row per processing activity or data category: the individuals concerned, the data items, the systems and vendors that store it, the purpose and legal basis, the retention period and who it is disclosed to. Mark on each row whether you act as controller or as processor for business customers. Update it through the privacy review of new collection, and have the privacy owner reconcile it each year against the system inventory and vendor list, recording the review date.',
		evidenceTypeI: [
			'The personal data inventory with systems, purposes, retention periods and recipients for each category',
			'Named owner of the inventory and the procedure for keeping it current'
		],
		evidenceTypeII: [
			'The dated annual reconciliation of the inventory against the system inventory and vendor list',
			'Inventory change history showing updates made through privacy reviews in the period'
		],
		department: 'Legal',
		frequency: 'annually',
		effortDays: 2.5,
		key: true,
		criteria: ['P4.1', 'P4.2', 'P6.7', 'P6.2'],
		policies: ['POL-PRIVACY', 'POL-DATACLASS']
	},
	{
		id: 'PRV-09',
		title: 'Approve new uses of existing personal data against stated purposes',
		question:
			"Does any new use of existing personal data (analytics, model training, marketing, sharing across products) need the privacy owner's documented approval before it starts?",
		guidance:
			'Compare each proposed use with the purposes in the privacy notice, consents and customer agreements, and record the decision in a ticket. As a processor, use customer data only to provide the service unless the contract allows more, and never train models on it without that permission. Where a use is not covered, anonymise or aggregate the data first, obtain consent or a contract change, or reject the use. Restrict access to the analytics or data warehouse environment so that personal data cannot be copied into new uses without this approval.',
		evidenceTypeI: [
			'Procedure for approving new uses of personal data, naming the approver',
			'Customer agreement clauses limiting the use of customer data, including for model training',
			'Access settings for the analytics or data warehouse environment'
		],
		evidenceTypeII: [
			'Approval tickets for every new use of personal data in the period, with the decision and reason',
			'A sample of analytics or model-training datasets created in the period, each traced to an approval'
		],
		department: 'Product',
		frequency: 'per_event',
		effortDays: 0.75,
		key: false,
		criteria: ['P4.1'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-10',
		title: 'Personal data retention schedule by data category',
		question:
			'Is there an approved retention period for every category of personal data, including copies in logs and backups, with the reason for each period written down?',
		guidance:
			'Set a retention period for each row of the personal data inventory based on why you need the data or on a legal duty, for example closed-account data deleted 90 days after closure, support tickets after two years and invoices kept as long as tax law requires. Cover copies in logs, analytics, backups and vendor systems, and state what happens at the end: deletion or irreversible anonymisation. The privacy owner proposes the schedule, leadership approves it, its summary appears in the privacy notice and customer agreements, and it is reviewed every year.',
		evidenceTypeI: [
			'The approved retention schedule with a period and reason for each personal data category',
			'Retention sections of the privacy notice and data processing agreement that match the schedule'
		],
		evidenceTypeII: [
			'The dated annual review and approval of the retention schedule',
			'Changes to retention periods made in the period, each with its approval'
		],
		department: 'Legal',
		frequency: 'annually',
		effortDays: 1,
		key: true,
		criteria: ['P4.2', 'P4.3'],
		policies: ['POL-RETENTION', 'POL-PRIVACY']
	},
	{
		id: 'PRV-11',
		title: 'Automated deletion or anonymisation of personal data past retention',
		question:
			'Do scheduled jobs delete or anonymise personal data when its retention period ends, with failed runs alerted and run records kept?',
		guidance:
			'For each category in the retention schedule, run a scheduled job in the product or a lifecycle rule in cloud storage that deletes or anonymises records past their period, and let backups expire on a fixed cycle so deleted data leaves them within a known time. Each job writes a run log with the number of records removed, and a failed run alerts the on-call engineer. Where automation is not worth building, such as for an old shared drive, create a recurring quarterly task in the ticketing system with a named owner.',
		evidenceTypeI: [
			'Code or configuration of deletion jobs and storage lifecycle rules, mapped to the retention schedule',
			'Backup retention settings showing the expiry period',
			'Alert configuration for failed deletion jobs'
		],
		evidenceTypeII: [
			'Run logs of the deletion jobs across the period with the records removed in each run',
			'A query on the test date showing no records remain past their retention period',
			'Completed quarterly manual retention tasks from the period'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 4,
		key: true,
		criteria: ['P4.3', 'P4.2'],
		policies: ['POL-RETENTION'],
		activities: [
			{
				id: 'manual-retention-task',
				title: 'Delete data past retention in systems without automated deletion',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'PRV-12',
		title: 'Carry out erasure requests across all systems, backups and vendors',
		question:
			"When a person's data must be erased, is it deleted from every system in the inventory and at vendors holding it, with backups left to expire on schedule and the deletion logged?",
		guidance:
			'Keep a deletion checklist or script built from the personal data inventory that covers the production database, file storage, search indexes, analytics, support desk, email tools and each vendor holding the data. Record in the request ticket which systems were cleared, which vendors were asked to delete and their confirmations, and any data kept because a law requires it, with the reason. Backups are not edited but expire on their normal cycle, the response to the person says so, and if a backup is ever restored the deletions logged since it was taken are run again.',
		evidenceTypeI: [
			'Deletion checklist or script covering every system and vendor in the personal data inventory',
			'Procedure stating what is kept for legal reasons and how backups and restores are handled'
		],
		evidenceTypeII: [
			'Erasure request tickets in the period, each showing systems cleared, vendor confirmations and completion date',
			'Spot checks confirming that erased individuals no longer appear in production systems'
		],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 1.5,
		key: false,
		criteria: ['P4.3'],
		policies: ['POL-RETENTION', 'POL-PRIVACY']
	},
	{
		id: 'PRV-13',
		title: 'Log and track every privacy rights request to its legal deadline',
		question:
			'Does every access, correction, deletion or objection request get a ticket recording the date received, the legal due date and the date answered, from a published request channel?',
		guidance:
			'Publish a privacy email address or web form in the notice and the product, and route requests that arrive by support chat, staff email or post into the same queue in your ticketing system. Each ticket records the request type, the date received, the due date under the law that applies (for example one month under the GDPR or 45 days under California law), the outcome and the date answered. The privacy owner checks open requests every week and reports volumes and any late answers in the annual privacy review.',
		evidenceTypeI: [
			'The request channel published in the privacy notice',
			'Ticketing queue configuration with the required fields and due-date rule',
			'Written procedure for handling privacy rights requests'
		],
		evidenceTypeII: [
			'The full list of privacy rights requests received in the period with received, due and answered dates',
			'A sample of request tickets with the response sent to the individual',
			'Weekly checks of open requests by the privacy owner, such as dated queue notes'
		],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 0.75,
		key: true,
		criteria: ['P5.1', 'P5.2', 'P8.1'],
		policies: ['POL-PRIVACY'],
		activities: [
			{
				id: 'open-requests-check',
				title: 'Check open privacy rights requests against their due dates',
				frequency: 'weekly'
			}
		]
	},
	{
		id: 'PRV-14',
		title: 'Verify identity before acting on a privacy rights request',
		question:
			'Is the identity of every requester verified by a documented method before personal data is released, changed or deleted, and is the method recorded in the ticket?',
		guidance:
			"Match the check to the risk: a request made from inside a signed-in account, or confirmed through a link sent to the email address on the account, is usually enough, while requests for sensitive data or from an unknown address need extra proof such as details only the account holder would know. An agent acting for someone must show that person's written permission. Never send data to an address not already on the account, record the method used in the ticket, and tell the requester in writing when a request is refused because identity could not be verified.",
		evidenceTypeI: [
			'Identity verification procedure listing the methods accepted for each request type',
			'Ticket template with a required field for the verification method'
		],
		evidenceTypeII: [
			'A sample of request tickets from the period, each showing verification method and result before fulfilment',
			'Requests refused for failed verification, with the written reason sent'
		],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['P5.1', 'P5.2'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-15',
		title: 'Provide individuals with a complete copy of their personal data',
		question:
			'Can you give a verified requester a copy of all their personal data from every system in your inventory, in a common electronic format, within the legal deadline?',
		guidance:
			"Build a self-service export or an internal script that pulls the person's data from each system in the personal data inventory, and write down manual steps for systems it cannot reach, such as the support desk or email tools. Deliver the copy in a common format such as CSV or JSON through the signed-in account or an expiring secure link, never as a plain email attachment. If any part is withheld, for example because it would reveal other people's data, tell the person what was withheld and why.",
		evidenceTypeI: [
			'Export script or self-service export feature covering the systems in the personal data inventory',
			'Procedure listing the manual steps for systems the export does not reach'
		],
		evidenceTypeII: [
			'Access request tickets in the period with the delivery date and method',
			'A sample of delivered exports compared with the inventory for completeness',
			'Written explanations sent for any data withheld'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 2.5,
		key: false,
		criteria: ['P5.1', 'P6.7'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_PROCESSOR_ONLY,
		naRationale:
			'The company processes personal data only for business customers, who answer access requests from their own users with the export tools the company provides.'
	},
	{
		id: 'PRV-16',
		title: 'Correct inaccurate personal data and pass corrections to recipients',
		question:
			'Can people correct their data through account settings or a request, and are corrections made in every system and passed to third parties that received the old data?',
		guidance:
			'Let users edit their own profile details in account settings, and handle other corrections through the privacy request queue. For each request, the person handling it updates the source system, checks the inventory for copies in other systems and at vendors, and tells those recipients where the notice or a contract commits you to. If you refuse a correction, for example because the record is a factual log of past activity, explain why in writing and note the disagreement on the record.',
		evidenceTypeI: [
			'Screenshot of the account settings where users edit their own details',
			'Correction procedure covering downstream systems and third-party recipients'
		],
		evidenceTypeII: [
			'Correction request tickets in the period showing systems updated and recipients notified',
			'Refused correction requests with the written reason sent'
		],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 0.75,
		key: true,
		criteria: ['P5.2', 'P7.1'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-17',
		title: "Help business customers answer their users' privacy requests",
		question:
			"Can business customers find, export, correct and delete their end users' data through the product or support, and are requests sent to you directly passed to the customer promptly?",
		guidance:
			"Give customer administrators product functions, or a documented support request, to export, correct and delete an individual's data, and state the response time in the data processing agreement. When an individual contacts you directly about data a customer controls, log it, do not act on it yourself unless the customer instructs you, and pass it to the customer's contact within a fixed time such as five business days. Keep every forwarded request and every customer-instructed change or deletion in the ticketing system.",
		evidenceTypeI: [
			'Product documentation of the export, correction and deletion functions for customer administrators',
			"Data processing agreement clause on helping customers with individuals' requests, with response times",
			'Procedure for forwarding requests received directly from individuals'
		],
		evidenceTypeII: [
			'Requests forwarded to customers in the period with received and forwarded dates',
			'Customer-instructed deletions or exports in the period, each with its ticket and completion date'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 2,
		key: false,
		criteria: ['P5.1', 'P5.2'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_CONTROLLER_ONLY,
		naRationale:
			'The company does not process personal data on behalf of business customers; every individual it holds data about is its own user or contact.'
	},
	{
		id: 'PRV-18',
		title: 'Privacy check before personal data goes to a new third party',
		question:
			'Before personal data first goes to a new vendor, partner or integration, is the flow checked against your notice, consents and customer agreements, and are customers told of new subprocessors?',
		guidance:
			'Add a privacy step to vendor onboarding and integration tickets: the privacy owner records which personal data will flow, whether the notice or consents cover that recipient and purpose and, for customer data, whether customer agreements allow it. For a new subprocessor of customer data, update the published list and notify customers the agreed number of days in advance, often 30, so that they can object. No personal data flows until this step is approved in the ticket.',
		evidenceTypeI: [
			'Vendor onboarding or integration ticket template with the privacy step',
			'Customer agreement clause on advance notice of subprocessor changes and the right to object'
		],
		evidenceTypeII: [
			'Onboarding tickets for every new recipient of personal data in the period, approved before data first flowed',
			'Subprocessor change notices sent to customers in the period, with send dates'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 0.75,
		key: true,
		criteria: ['P6.1', 'P6.4'],
		policies: ['POL-PRIVACY', 'POL-VENDOR']
	},
	{
		id: 'PRV-19',
		title: 'Procedure for legal and government requests for personal data',
		question:
			'Is there a written procedure for law-enforcement, court and regulator requests for personal data, covering validity checks, minimal disclosure, notice to those affected and recording?',
		guidance:
			'Route any request from police, courts, regulators or opposing lawyers to one named person, who confirms with legal counsel that it is valid and binding before anything is disclosed. Disclose only the data the request strictly requires, push back on requests that are too broad, and notify the affected customer or individual first unless the law forbids it. Record every request, including refused ones, in the disclosure register.',
		evidenceTypeI: [
			'Written procedure for legal and government data requests, naming the responsible person',
			'Customer agreement clause on notifying customers of legal requests for their data'
		],
		evidenceTypeII: [
			'All legal and government requests received in the period with validity check, decision and data disclosed',
			'Notices sent to customers or individuals about those requests'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['P6.1', 'P6.2'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-20',
		title: 'Register of personal data disclosures to third parties',
		question:
			'Is every one-off disclosure of personal data outside your routine subprocessors recorded with what was shared, with whom, when, on what basis and who approved it?',
		guidance:
			"Keep a disclosure register, as a restricted spreadsheet or ticket queue, with an entry for each one-off disclosure: legal and government requests, data given to partners, auditors or potential acquirers, and transfers made at a customer's or individual's request. Each entry gives the date, recipient, individuals or records affected, data items, basis and approver. Routine flows to subprocessors are recorded once in the personal data inventory, so the register and the inventory together show who has received a person's data.",
		evidenceTypeI: [
			'The disclosure register with its required fields and access restrictions',
			'Personal data inventory listing the routine recipients of each category'
		],
		evidenceTypeII: [
			'Register entries for the period, compared for completeness with legal requests and partner data transfers in the period'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['P6.2', 'P6.7'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-21',
		title: 'Register of unauthorised disclosures of personal data',
		question:
			'Is every suspected or confirmed unauthorised disclosure of personal data, including small mistakes such as a misdirected email, logged with the data, people affected and actions taken?',
		guidance:
			'Tag privacy incidents in your incident tracker or keep a separate register, and tell staff in training that every mistake involving personal data must be reported the same day, however small. Each entry records when it happened and when it was found, what data and how many people were involved, the cause, the containment, whether notification was required and the reason for that decision. The privacy owner reviews the register every quarter for patterns and links repeat causes to corrective actions.',
		evidenceTypeI: [
			'The unauthorised disclosure register or incident tracker category with its required fields',
			'Staff instructions on how and when to report privacy mistakes'
		],
		evidenceTypeII: [
			'All register entries in the period, each with its notification decision and reason',
			'Quarterly reviews of the register with any corrective actions'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['P6.3', 'P6.6'],
		policies: ['POL-IR', 'POL-PRIVACY'],
		activities: [
			{
				id: 'disclosure-register-review',
				title: 'Review the unauthorised disclosure register for repeat causes',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'PRV-22',
		title: 'Data processing agreements with every vendor that handles personal data',
		question:
			'Has every vendor with access to personal data signed terms limiting its use to your instructions and requiring confidentiality, security, deletion and the same terms for its subprocessors?',
		guidance:
			"Before a vendor receives personal data, sign a data processing agreement that limits use to your instructions, requires confidentiality from its staff and stated security measures, makes it bind its own subprocessors to the same terms, help with individuals' requests and delete or return the data at the end, and covers international transfers where they happen. Record the signed agreement and its date against the vendor in the vendor inventory. Where a large vendor only offers standard terms, check that they contain these points and file the accepted version.",
		evidenceTypeI: [
			'The standard data processing agreement or minimum privacy terms required of vendors',
			'Vendor inventory showing a signed agreement for each vendor with access to personal data'
		],
		evidenceTypeII: [
			'Signed or accepted agreements for a sample of vendors, including every one onboarded in the period, dated before data was shared'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 2,
		key: true,
		criteria: ['P6.4'],
		policies: ['POL-VENDOR', 'POL-PRIVACY']
	},
	{
		id: 'PRV-23',
		title: 'Annual check of vendor compliance with privacy terms',
		question:
			'Once a year, do you check that each vendor holding personal data still has current privacy terms, receives only the data agreed and meets its commitments, and act on any gaps?',
		guidance:
			"For each vendor in the personal data inventory, the privacy owner confirms that the agreement is current, compares the data actually sent with what it covers, reads the vendor's latest assurance report or questionnaire for privacy-relevant exceptions, and confirms that the breach-notification contacts on both sides still work. Each gap gets a recorded action: updated terms, less data shared, extra safeguards or replacing the vendor. It can be done alongside the general vendor review, with the privacy findings recorded separately.",
		evidenceTypeI: ['Procedure for the annual vendor privacy check, with the checklist used'],
		evidenceTypeII: [
			'The completed check for each vendor holding personal data, with date, findings and reviewer',
			'Corrective actions from the check, tracked to closure'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1,
		key: false,
		criteria: ['P6.4', 'P6.5'],
		policies: ['POL-VENDOR']
	},
	{
		id: 'PRV-24',
		title: 'Vendor duty to report unauthorised disclosures, with a monitored intake',
		question:
			'Do vendor agreements require notice of suspected unauthorised disclosure of your personal data within a set number of hours, sent to a monitored contact that feeds your incident process?',
		guidance:
			"Require in each vendor agreement that the vendor tells you of any actual or suspected unauthorised disclosure of your personal data without undue delay and within a fixed limit, such as 48 hours from discovery, with the details you need to assess it and notify others. Give every vendor a shared security contact address that several people monitor, rather than one employee's inbox. Each vendor notice opens an incident, is entered in the unauthorised disclosure register and is assessed for your own notification duties.",
		evidenceTypeI: [
			'Vendor agreement clause with the notification deadline and required content',
			'Configuration of the shared security contact mailbox and its members',
			'Vendor inventory recording the notification contact given to each vendor'
		],
		evidenceTypeII: [
			'Vendor breach or incident notices received in the period, each with its incident ticket and register entry',
			'Agreements for vendors onboarded in the period showing the notification clause'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['P6.5', 'P6.3'],
		policies: ['POL-VENDOR', 'POL-IR']
	},
	{
		id: 'PRV-25',
		title: 'Assess and notify personal data breaches within legal deadlines',
		question:
			'Is there a written procedure to decide, within legal and contractual deadlines, whether to notify regulators, affected people and customers of a personal data breach, with each decision recorded?',
		guidance:
			'Add a breach notification section to the incident response plan: who decides (the privacy owner with legal counsel), the deadlines that apply to you, such as 72 hours to the regulator under the GDPR, the deadlines and regulator notices set by each US state breach law, and the periods in customer agreements, and prepared templates for each audience. As a processor, tell affected customers without undue delay so they can meet their own deadlines. Record every assessment with the time of discovery, the decision, the reason and the notices sent, and rehearse this section in the yearly incident exercise.',
		evidenceTypeI: [
			'Breach notification section of the incident response plan with roles and deadlines',
			'Notification templates for regulators, individuals and customers',
			'List of notification deadlines by applicable law and by customer contract'
		],
		evidenceTypeII: [
			'Breach assessments in the period with discovery time, decision, reason and notices sent, within deadlines',
			'Record of the yearly incident exercise that covered notification'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 1.5,
		key: true,
		criteria: ['P6.6', 'P6.3'],
		policies: ['POL-IR', 'POL-PRIVACY']
	},
	{
		id: 'PRV-26',
		title: 'Give individuals an account of their data and who received it',
		question:
			'When a person asks, can you tell them which categories of their data you hold, where it came from and which third parties received it, using your inventory and disclosure register?',
		guidance:
			'Prepare a response template that lists, from the personal data inventory, the categories held about the person, their sources, purposes and retention and the categories of routine recipients, then add any entries about that person from the disclosure register. Send it with the data copy when both are requested, or on its own, within the same legal deadline as an access request. Keep the account sent in the request ticket.',
		evidenceTypeI: [
			'Response template for an account of personal data held and disclosed',
			'Procedure linking the template to the inventory and the disclosure register'
		],
		evidenceTypeII: [
			'Requests for an account of data held or disclosed in the period, with the response sent and its date'
		],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['P6.7', 'P5.1'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_PROCESSOR_ONLY,
		naRationale:
			"The company holds personal data only on behalf of business customers, who answer individuals' questions about what is held and disclosed, with the company's help."
	},
	{
		id: 'PRV-27',
		title: 'Validate personal data at collection and keep it current',
		question:
			'Is personal data validated when entered (format checks, email verification), can users keep their details current, and are bounced or known-wrong records flagged and fixed?',
		guidance:
			'Validate formats and required fields in sign-up and profile forms, confirm email addresses with a verification link before using them, and use fixed choices instead of free text where possible. Let users update their own details at any time, and feed bounced emails and failed deliveries back so that the record is flagged or suppressed until corrected. Run the same validation on imported data and reject or hold back records that fail.',
		evidenceTypeI: [
			'Form validation rules and email verification configuration',
			'Configuration or code that flags records with bounced email addresses'
		],
		evidenceTypeII: [
			'A sample of accounts created in the period showing verified email status',
			'Bounce handling records or import rejection logs from the period'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1.5,
		key: true,
		criteria: ['P7.1', 'P3.1'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-28',
		title: 'Receive, resolve and answer privacy complaints and inquiries',
		question:
			'Is every privacy complaint, question or dispute logged, acknowledged, resolved within a target time and answered in writing, with an escalation route and repeat issues reviewed?',
		guidance:
			'Use the published privacy contact for complaints as well as requests, and tag complaints separately in the ticketing system. Acknowledge within five business days, resolve or give a reasoned answer within 30 days, and tell the person how to escalate, including to a data protection regulator where one applies. The privacy owner reviews all complaints every quarter, fixes root causes and reports numbers and themes in the annual privacy review.',
		evidenceTypeI: [
			'Complaint handling procedure with response targets and escalation route',
			'Privacy contact published in the notice',
			'Ticketing system tag or queue for privacy complaints'
		],
		evidenceTypeII: [
			'All privacy complaints in the period with acknowledgement, resolution and response dates',
			'Quarterly complaint reviews with root-cause actions'
		],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['P8.1'],
		policies: ['POL-PRIVACY'],
		activities: [
			{
				id: 'complaint-review',
				title: 'Review privacy complaints and fix their root causes',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'PRV-29',
		title: 'Named privacy owner and annual privacy compliance review',
		question:
			'Is a named person accountable for privacy, and do they review each year whether practice matches the notice, customer agreements and laws, with findings tracked to closure?',
		guidance:
			'Assign privacy ownership in writing to a founder, lawyer or operations lead, with time set aside for it. Each year that person compares the notice and customer agreements with the personal data inventory, request and complaint figures, the unauthorised disclosure register and the vendor privacy checks, and looks for new privacy laws where you operate. Findings go into the same tracker as other control deficiencies, with owners and due dates, and the review is presented to leadership.',
		evidenceTypeI: [
			'Written assignment of privacy ownership, such as a role description or leadership minute',
			'Template or agenda for the annual privacy review'
		],
		evidenceTypeII: [
			'The annual privacy review report with date, scope, findings and leadership sign-off',
			'Findings from the review tracked to closure in the deficiency tracker'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 1.5,
		key: false,
		criteria: ['P8.1', 'P1.1'],
		policies: ['POL-PRIVACY']
	},
	{
		id: 'PRV-30',
		title: 'Privacy training for staff who handle personal data',
		question:
			'Do staff with access to personal data complete role-specific privacy training at hire and every year, covering permitted uses, rights requests and reporting privacy mistakes?',
		guidance:
			'On top of the general security awareness course, give support, engineering, sales and operations staff who handle personal data a short module on what the notice permits, how to spot and route rights requests and complaints, how identity is verified and how to report a privacy mistake the same day. Assign it within 30 days of hire and then every year through your HR system or training tool, and track completion. The privacy owner updates it when the notice, the request procedure or the laws that apply change.',
		evidenceTypeI: [
			'The privacy training material with its date and intended audience',
			'List of roles required to complete it'
		],
		evidenceTypeII: [
			'Completion records for new hires in those roles during the period, dated within 30 days of their start',
			'Annual completion records for all staff in those roles'
		],
		department: 'HR',
		frequency: 'annually',
		effortDays: 1,
		key: false,
		criteria: ['P4.1', 'P6.3', 'P5.1'],
		policies: ['POL-PRIVACY', 'POL-HR']
	},
	{
		id: 'PRV-31',
		title: 'Honouring the consent and opt-out choices customers pass to you',
		question:
			"When business customers send you their users' consent and opt-out choices, does your system store them with each record and stop any processing the person has not agreed to?",
		guidance:
			"As a processor you do not collect consent yourself, but you must respect the choices your customers collected. Carry consent and opt-out flags through your API or import format, store them with the person's record, and check them before any processing that depends on them, such as marketing email or analytics. When a customer changes a flag, apply it within the time your data processing agreement states, and test the checks with every release.",
		evidenceTypeI: [
			'API or import specification showing the consent and opt-out fields',
			'Code or configuration that blocks processing when consent is absent'
		],
		evidenceTypeII: [
			'Automated test results from releases in the period covering the consent checks',
			'A sample of opt-out changes from customers with the date each took effect'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2.5,
		key: true,
		criteria: ['P2.1', 'P3.2'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_CONTROLLER_ONLY,
		naRationale:
			'The company collects personal data only for its own purposes and obtains consent directly from people, under the consent controls.'
	},
	{
		id: 'PRV-32',
		title: 'Customer consent duties in the terms, with sensitive data accepted only when declared',
		question:
			'As a processor, do your terms make business customers responsible for notice and consent, and do you accept sensitive personal data only from customers who declared it and confirmed they have explicit consent?',
		guidance:
			'State in the data processing agreement that the customer, as controller, tells people about the processing and obtains any consent it needs, including explicit consent for sensitive data such as health or biometric details. At onboarding, ask each customer whether it will send sensitive personal data and on what consent basis, record the answer, and switch on the product features that store such data only for customers who declared it. List these duties among the customer responsibilities in your system description, where they become complementary user-entity controls. Ask again when a customer starts using the product for a new purpose.',
		evidenceTypeI: [
			"Data processing agreement clauses on the customer's notice and consent duties",
			'Onboarding record where customers declare sensitive data and their consent basis',
			'Setting or code that keeps sensitive-data features off until a declaration is recorded'
		],
		evidenceTypeII: [
			'Declarations from customers onboarded in the window, each recorded before sensitive data was accepted',
			'Customers whose sensitive-data features were switched on in the window, each matched to a declaration'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 1,
		key: true,
		criteria: ['P3.2', 'P2.1'],
		policies: ['POL-PRIVACY'],
		appliesWhen: NOT_CONTROLLER_ONLY,
		naRationale:
			'The company collects personal data only for its own purposes and gives notice and obtains consent itself, under the notice and consent controls.'
	}
] as const satisfies readonly Control[];
