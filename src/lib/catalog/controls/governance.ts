import type { Control } from '../types';

export const CONTROLS_GOVERNANCE = [
	// Governance: oversight, structure, roles, communication
	{
		id: 'GOV-01',
		title: 'Security and risk update at scheduled board or oversight meetings',
		question:
			'Does your board or oversight group meet on a fixed schedule, at least quarterly, and receive a security and risk update, with minutes kept of each meeting?',
		guidance:
			'Hold board or oversight meetings at least quarterly with security as a standing agenda item: the top risks, open control deficiencies, incidents, audit status and vendor issues. The security lead prepares a one-page update and the minutes record what was presented, the questions asked and the decisions made. If there is no formal board, the founders meet an outside adviser or lead investor on the same schedule and keep minutes the same way. Store the minutes and the updates in one folder so the auditor can sample them.',
		evidenceTypeI: [
			'Meeting calendar for the year showing security as a standing agenda item',
			'Minutes of the most recent board or oversight meeting with the security update attached'
		],
		evidenceTypeII: [
			'Minutes of every board or oversight meeting held in the observation window, each with the security update presented',
			'Follow-up records for the security actions the board assigned'
		],
		department: 'Leadership',
		frequency: 'quarterly',
		effortDays: 1,
		key: true,
		criteria: ['CC1.2', 'CC2.2', 'CC4.2'],
		policies: ['POL-ISP']
	},
	{
		id: 'GOV-02',
		title: 'Annual review of the security programme by an independent director',
		question:
			'Does an independent board member review the risk assessment, audit results and open deficiencies at least once a year, with the review recorded in minutes?',
		guidance:
			'Give the independent board member, or a risk or audit committee they chair, a written oversight role for security in the board charter or a board resolution. Once a year they review the risk assessment, the latest SOC 2 report or readiness findings and the list of open deficiencies, and they meet the security lead directly for part of that session. The minutes record the review and any instructions given to management. Each year the board confirms that the member holds no management role or business relationship that would compromise their independence.',
		evidenceTypeI: [
			'Board charter or resolution assigning security oversight to the independent member or committee',
			"Record confirming the member's independence from management"
		],
		evidenceTypeII: [
			'Minutes of the annual security review by the independent member, with the materials reviewed',
			'Annual independence confirmation for each independent board member'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 0.5,
		key: false,
		criteria: ['CC1.2', 'CC4.2'],
		policies: ['POL-ISP'],
		appliesWhen: { question: 'governing_body', equals: 'board_independent' },
		naRationale:
			'The company has no independent board member yet; the founders and investors oversee security at the scheduled meetings with minutes described in GOV-01.'
	},
	{
		id: 'GOV-03',
		title: 'Org chart with reporting lines and security roles, reviewed quarterly',
		question:
			'Is there an org chart covering every employee and long-term contractor, matched to your HR system and reviewed at least quarterly?',
		guidance:
			'Keep the org chart in your HR system so it changes when people join, leave or change manager, or export it and reconcile it to the HR headcount each quarter. It shows every person with their title and manager, and marks who holds security roles such as the security lead and the people who administer production. The HR lead reviews it quarterly and saves a dated copy. Auditors use it to check reporting lines and to choose samples, so it must match the HR system on the date it is exported.',
		evidenceTypeI: [
			'Dated org chart export showing names, titles, managers and security roles',
			'Headcount report from your HR system that matches the org chart on the same date'
		],
		evidenceTypeII: [
			"Dated org chart exports for each quarter of the observation window, each with the reviewer's sign-off"
		],
		department: 'HR',
		frequency: 'quarterly',
		effortDays: 0.5,
		key: true,
		criteria: ['CC1.3'],
		policies: ['POL-ISP']
	},
	{
		id: 'GOV-04',
		title: 'Written appointment of a security programme owner and a deputy',
		question:
			'Has leadership appointed in writing one person accountable for the security programme, and a named deputy who covers their absence?',
		guidance:
			"The CEO appoints a security lead, often the CTO or a senior engineer in a small company, with a written list of duties: running the risk assessment, maintaining policies, tracking controls and deficiencies, reporting to leadership and the board, and coordinating the audit. Name a deputy who can run incident response and the compliance calendar when the lead is away or leaves. Record the appointment in leadership or board minutes and in the information security policy, and confirm it each year. Write down how much of the lead's week is set aside for the role, for example one day a week, so the duties have time behind them.",
		evidenceTypeI: [
			'Signed appointment or minutes naming the security lead and the deputy',
			"Information security policy section listing the security lead's responsibilities"
		],
		evidenceTypeII: [
			'Annual leadership minutes confirming or changing the security lead and deputy',
			"The security lead's reports to leadership during the period"
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 0.5,
		key: false,
		criteria: ['CC1.3', 'CC1.4'],
		policies: ['POL-ISP']
	},
	{
		id: 'GOV-05',
		title: 'Named owner and written procedure for every recurring control',
		question:
			'Does every control in your control list have a named owner and a written procedure stating what to do, how often and where the evidence is kept?',
		guidance:
			'Keep a control list, in a spreadsheet or compliance tool, giving each control an owner by name, a backup, a frequency and a link to a short procedure. A procedure fits on half a page: the trigger, the steps, the system used and where the record is saved, for example "export the user list from the identity provider on the first working day of the quarter and save it in the access-review folder". Owners confirm their assignments when they change and at least once a year. When an owner leaves, their controls are reassigned as part of offboarding.',
		evidenceTypeI: [
			'Control list showing owner, backup, frequency and procedure link for each control',
			'Written procedures for the recurring controls'
		],
		evidenceTypeII: [
			'Annual confirmation by each owner of their control assignments',
			'Change history of the control list showing reassignment when owners left'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.5,
		key: false,
		criteria: ['CC5.3', 'CC1.3', 'CC1.5'],
		policies: ['POL-ISP']
	},
	{
		id: 'GOV-06',
		title: 'Annual approval and publication of the security policy set',
		question:
			'Are all security policies approved by a named executive at least once a year, versioned, and published where every employee and contractor can read them?',
		guidance:
			'Keep the policy set in one place with a version number, owner, approval date and next review date on each document. Once a year, and after significant changes, each policy owner updates their policy and a named executive approves it; the approval is recorded in the document history or in leadership minutes. Publish the current versions on your internal wiki and announce changes to staff in your company chat or by email. Policies must describe what the company actually does, because the auditor compares them with the controls being tested.',
		evidenceTypeI: [
			'Current policy set with version, owner, approval date and approver on each document',
			'Screenshot of the internal page where staff read the policies'
		],
		evidenceTypeII: [
			'Approval records showing each policy was reviewed within the last 12 months',
			'Announcements to staff of policy changes made during the period'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 1,
		key: true,
		criteria: ['CC5.3', 'CC2.2'],
		policies: ['POL-ISP']
	},
	{
		id: 'GOV-07',
		title: 'System description and data-flow diagram kept up to date',
		question:
			'Is there a current written description of the system in scope, with a data-flow diagram, reviewed at least yearly and after major architecture or vendor changes?',
		guidance:
			'Write down what the audited system is: its services and components, the infrastructure and where it runs, the data it stores, the people who operate it and the vendors it depends on, marking the subservice organisations your report carves out and the controls you assume each performs. Add a data-flow diagram showing how customer data enters, where it is stored and which third parties receive it. The security lead reviews both once a year and whenever a major component, hosting region or vendor changes, and records the review date. This document becomes the basis of the system description section of your SOC 2 report, so every statement in it must be true.',
		evidenceTypeI: [
			'System description covering components, infrastructure, data, people and vendors',
			'Data-flow diagram showing its last review date'
		],
		evidenceTypeII: [
			'Review history of the system description, including updates made after architecture or vendor changes in the period'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 2.5,
		key: true,
		criteria: ['CC2.1', 'CC2.3'],
		policies: ['POL-ISP', 'POL-DATACLASS']
	},
	{
		id: 'GOV-08',
		title: 'Security and misconduct reporting channels, anonymous and open to outsiders',
		question:
			'Can employees, contractors and outsiders such as customers and vendors report a security concern or suspected misconduct through a published channel, including an anonymous one, with every report logged?',
		guidance:
			"Publish two routes in the employee handbook and the security policy: a security channel or mailbox for suspected incidents, phishing and weaknesses, and an anonymous route for ethics, fraud or harassment concerns that reaches someone outside the reporter's management line, such as an independent board member or an external hotline service. Log every report with its date, summary, handler and outcome, and state in the code of conduct that retaliation against reporters is forbidden. Publish the anonymous route outside the company too, on your website or in customer and vendor terms, so that customers, suppliers and former staff can report suspected fraud or misconduct without going through the people involved. Remind staff of both routes in the annual security training.",
		evidenceTypeI: [
			'Handbook or policy section describing both reporting routes and the ban on retaliation',
			'Settings showing who receives anonymous reports',
			'Website page or contract clause giving outsiders the reporting route'
		],
		evidenceTypeII: [
			'Log of reports received in the period with the handler and outcome of each',
			'Training material from the period reminding staff of the reporting routes'
		],
		department: 'HR',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC2.2', 'CC1.1', 'CC3.3', 'CC2.3'],
		policies: ['POL-CONDUCT']
	},
	{
		id: 'GOV-09',
		title: 'Public security contact monitored by named people',
		question:
			'Do customers and outsiders have a published security contact, such as a security mailbox or page, that named people monitor against a set response time?',
		guidance:
			'Publish a security contact address on your website and in your customer terms, and route it to at least two named people so it is never unattended. Set a response target, for example acknowledgement within two business days, and log each message in your ticketing system with the reply, passing suspected incidents into incident response. Add a security page explaining how customers report issues, where the status page is and how to request your SOC 2 report under NDA. The vulnerability disclosure process itself belongs to vulnerability management.',
		evidenceTypeI: [
			'Screenshot of the public security contact and security page',
			'Mailbox routing settings showing at least two named recipients'
		],
		evidenceTypeII: [
			'Tickets for security messages received in the period, showing acknowledgement within the target time'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 0.5,
		key: false,
		criteria: ['CC2.3'],
		policies: ['POL-ISP']
	},
	{
		id: 'GOV-10',
		title: 'Register of security commitments made to customers',
		question:
			'Do you keep a register of the security, availability and confidentiality commitments in your terms, SLAs and negotiated contract clauses, updated when a contract adds one?',
		guidance:
			'List every commitment your customer-facing documents make: terms of service, standard contract, SLA, data processing terms, security page and any clauses agreed in negotiation, for example a 24-hour breach notice or data kept in one region. For each commitment, record the source document and the control that meets it. Whoever signs customer contracts adds an entry whenever a non-standard clause is accepted, and the security lead reviews the register before each annual risk assessment. The register feeds your security objectives and the commitments stated in the SOC 2 report.',
		evidenceTypeI: [
			'Commitments register listing each commitment, its source document and the control that meets it',
			'Current standard customer contract and SLA'
		],
		evidenceTypeII: [
			'Register entries for contracts signed in the period with non-standard security terms',
			'Review of the register before the annual risk assessment'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 1.5,
		key: false,
		criteria: ['CC2.3', 'CC3.1'],
		policies: ['POL-ISP'],
		activities: [
			{
				id: 'commitments-register-review',
				title: 'Review the customer commitments register before the risk assessment',
				frequency: 'annually'
			}
		]
	},
	{
		id: 'GOV-11',
		title: 'Customer security responsibilities documented and published',
		question:
			'Have you written down what customers must do to keep their own use of your service secure, and is it published in your documentation or contracts?',
		guidance:
			'List the controls your service relies on customers to perform: managing their own users and admin roles, turning on MFA or single sign-on, protecting API keys, reviewing who in their organisation has access, and reporting suspected misuse to your security contact. Publish the list in your help centre or on your security page and reference it in the customer terms. Review it at least once a year and whenever a feature changes how customers secure their accounts. These become the complementary user-entity controls in your SOC 2 report, so the two lists must match.',
		evidenceTypeI: [
			'Published customer responsibilities page or contract section',
			'Customer contract template referring to the customer responsibilities'
		],
		evidenceTypeII: [
			'Annual review of the customer responsibilities, with updates made for feature changes in the period'
		],
		department: 'Product',
		frequency: 'annually',
		effortDays: 1,
		key: false,
		criteria: ['CC2.3'],
		policies: ['POL-ISP']
	},
	{
		id: 'GOV-12',
		title: 'Segregation-of-duties matrix for incompatible activities',
		question:
			'Have you listed the activities that must not be done by the same person, such as granting and reviewing access, and recorded who holds each side?',
		guidance:
			'List the pairs of activities that would let one person cause a problem and hide it: writing and approving code changes, granting and reviewing access, adding vendors and approving payments, administering systems and changing their logs. Record who holds each side today, and where one person holds both, name the compensating review. Update the matrix when roles change and review it once a year alongside the risk assessment. Separation of production deploy rights is tested under change management; this matrix covers the company as a whole.',
		evidenceTypeI: [
			'Segregation-of-duties matrix listing incompatible activity pairs and the people holding each side'
		],
		evidenceTypeII: [
			'Annual review of the matrix, with updates made for role changes in the period'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 1,
		key: true,
		criteria: ['CC5.1', 'CC3.3'],
		policies: ['POL-ISP', 'POL-ACCESS']
	},
	{
		id: 'GOV-13',
		title: 'Monthly compensating review where one person holds incompatible duties',
		question:
			"Where a small team means one person holds incompatible duties, does someone else review that person's actions each month and record the review?",
		guidance:
			"In a team of a few people the same engineer may administer the cloud account and approve their own emergency changes, or a founder may both add vendors and approve payments. For each such case in the segregation-of-duties matrix, name a second person, often the CEO or another founder, who reviews that person's actions every month: admin actions in your cloud provider's audit log, the list of changes deployed, or the payments made. The reviewer signs off in your ticketing system and follows up anything unexplained. Retire the compensating review once hiring allows the duties to be split.",
		evidenceTypeI: [
			'List of incompatible duties held by one person, each with the named reviewer and the records to review'
		],
		evidenceTypeII: [
			"Monthly review tickets for the period, each listing the records examined and the reviewer's sign-off"
		],
		department: 'Leadership',
		frequency: 'monthly',
		effortDays: 0.5,
		key: false,
		criteria: ['CC5.1', 'CC3.3'],
		policies: ['POL-ISP'],
		appliesWhen: { not: { question: 'company_size', oneOf: ['51-200', '201+'] } },
		naRationale:
			'Every pair of incompatible duties in the segregation-of-duties matrix is held by different people, so no compensating review is needed.'
	},

	// People: conduct, hiring, training, accountability
	{
		id: 'GOV-14',
		title: 'Written oversight duties and a yearly skills check of the board or oversight group',
		question:
			'Has your board or oversight group written down what it oversees on security, and does it check each year that its members or a standing adviser bring the security and technology expertise it needs?',
		guidance:
			'Record in a board resolution or a one-page charter what the oversight group reviews on security: the risk assessment, incidents, audit and readiness results, and open deficiencies. Once a year, list the expertise that oversight needs, such as security, cloud technology, risk and the regulations you operate under, note which member provides each, and fill any gap with a new member, a standing outside adviser or training. Where the board is made up of founders and investors who also run the company, say how oversight stays apart from management, for example by having the adviser question the security lead at each meeting. Minute the skills check and the decisions it leads to.',
		evidenceTypeI: [
			"Board resolution or charter stating the oversight group's security duties",
			'Skills check listing the expertise needed and the member or adviser who provides each'
		],
		evidenceTypeII: [
			'Minutes of a skills check held within the observation window, with the action taken on any gap',
			'Minutes showing the adviser or members with security expertise took part in the meetings of the window'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 0.5,
		key: false,
		criteria: ['CC1.2'],
		policies: ['POL-ISP']
	},
	{
		id: 'HR-01',
		title: 'Code of conduct signed at hire and acknowledged every year',
		question:
			'Does every employee and contractor sign the code of conduct before they start and acknowledge it again every year, with the dates recorded?',
		guidance:
			'Write a short code of conduct covering honesty, conflicts of interest, handling of customer data, use of company systems, reporting concerns and the consequences of breaches, and have the CEO approve it. New joiners sign it in your HR system before their first day, and everyone acknowledges it again during the annual policy cycle. HR runs a monthly report of missing acknowledgements and follows them up. Founders and contractors with system access sign it too.',
		evidenceTypeI: [
			'Approved code of conduct with its approval date',
			'Acknowledgement report from your HR system listing every current person and the date they signed'
		],
		evidenceTypeII: [
			'Signed acknowledgements for people hired in the period, dated on or before their start date',
			'Annual acknowledgement report showing completion by all staff'
		],
		department: 'HR',
		frequency: 'annually',
		effortDays: 0.5,
		key: true,
		criteria: ['CC1.1', 'CC2.2'],
		policies: ['POL-CONDUCT']
	},
	{
		id: 'HR-02',
		title: 'Background checks completed before a new hire gets access',
		question:
			'Is a background check suited to the role and allowed by local law completed for every new hire and contractor before they receive access to systems?',
		guidance:
			"Define in the personnel security policy which checks apply to which roles: identity and right to work for everyone, plus employment history, references and, where the law allows, criminal records for people with production or customer data access. HR starts the check when the offer is accepted and records the result and the reviewer in the HR system before the start date, and access is not provisioned until the check is clear. Where a country forbids a type of check, record what was done instead. Agency contractors are covered by the agency's checks only when the contract requires them and you receive written confirmation.",
		evidenceTypeI: [
			'Personnel security policy section defining checks by role and country',
			'Onboarding checklist showing the background check step before access is granted'
		],
		evidenceTypeII: [
			'For every new hire and contractor in the period, the completed check dated before their start or first access'
		],
		department: 'HR',
		frequency: 'per_event',
		effortDays: 1,
		key: true,
		criteria: ['CC1.4', 'CC1.1'],
		policies: ['POL-HR']
	},
	{
		id: 'HR-03',
		title: 'Job descriptions that state required skills and security duties',
		question:
			'Does every role have a written job description listing its required skills and its security responsibilities, reviewed when the role is opened or changed?',
		guidance:
			"Keep a job description for each role in your HR system that states the skills and experience needed and the security duties, such as following the secure development process for engineers or verifying a caller's identity for support staff. Roles that own controls list those controls. The hiring manager reviews the description before the role is opened, and HR checks that the security section is present. Store descriptions with the person's record so they can be matched to the org chart.",
		evidenceTypeI: [
			'Job descriptions for in-scope roles, each with a security responsibilities section'
		],
		evidenceTypeII: [
			'Job descriptions for roles filled during the period, each reviewed before the role was opened'
		],
		department: 'HR',
		frequency: 'per_event',
		effortDays: 1.5,
		key: false,
		criteria: ['CC1.4', 'CC1.3', 'CC1.5'],
		policies: ['POL-HR']
	},
	{
		id: 'HR-04',
		title: 'Security awareness training within 30 days of joining and every year',
		question:
			'Does every employee and contractor complete security awareness training within 30 days of starting and again every year, with completion tracked?',
		guidance:
			'Use a course covering phishing, passwords and MFA, device security, data handling, incident reporting and the main policies, assigned automatically at onboarding with a 30-day deadline. Run it again for everyone once a year and update the content with recent incidents and current attack methods. The security lead checks completion monthly and escalates overdue people to their manager, and repeated non-completion goes to the disciplinary process. Keep the course material and the completion report for each cycle.',
		evidenceTypeI: [
			'Training content or syllabus with the date it was last updated',
			'Training tool settings showing automatic assignment to new joiners'
		],
		evidenceTypeII: [
			'Completion records for everyone who joined in the period, each within 30 days of their start date',
			'Annual training completion report covering all staff'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.5,
		key: true,
		criteria: ['CC2.2', 'CC1.4'],
		policies: ['POL-ISP', 'POL-HR']
	},
	{
		id: 'HR-05',
		title: 'Security duties assessed in annual performance reviews',
		question:
			'Do the performance reviews of every employee include their security duties and any controls they own, at least once a year, and are targets checked for pressure to skip controls?',
		guidance:
			'Add a short security section to the review template: completion of training and policy acknowledgements, how well the person ran any controls they own, and any incidents or policy breaches in the period. Managers complete it during the annual review cycle in your HR system, and HR checks the section is filled in before closing the cycle. For control owners, the security lead gives the manager written input on how their controls were run. The results feed development plans and, where needed, the disciplinary process. In the same cycle leadership checks that targets, deadlines and bonuses do not reward skipping controls, such as releasing without review or closing tickets without evidence, and that control owners have the time their controls need.',
		evidenceTypeI: [
			'Performance review template with the security section',
			'Record of the yearly check of targets and incentives for pressure to bypass controls'
		],
		evidenceTypeII: [
			'Completed reviews from the latest cycle, each with the security section filled in'
		],
		department: 'HR',
		frequency: 'annually',
		effortDays: 0.75,
		key: false,
		criteria: ['CC1.5', 'CC1.4'],
		policies: ['POL-HR']
	},
	{
		id: 'HR-06',
		title: 'Disciplinary process applied to security and conduct violations',
		question:
			'Is there a written disciplinary process for breaches of security policy or the code of conduct, and is each case recorded with its outcome?',
		guidance:
			'Describe in the personnel security policy the steps from a suspected violation to an outcome: investigation, a meeting with the person, the range of sanctions from a written warning to dismissal, and who decides. Record each case in the HR system with the policy breached, the facts, the decision and the date, and apply the process to founders and contractors as well. Tell staff about the process in the code of conduct and in training. Keep the case log even when it is empty, with a signed statement that there were no cases in the period.',
		evidenceTypeI: [
			'Personnel security policy section describing the disciplinary steps and who decides'
		],
		evidenceTypeII: [
			'Case log of security or conduct violations in the period with the outcome of each, or a signed statement that none occurred'
		],
		department: 'HR',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC1.5', 'CC1.1'],
		policies: ['POL-HR', 'POL-CONDUCT']
	},
	{
		id: 'HR-07',
		title: 'HR onboarding checklist with contract, acknowledgements and role-based access request',
		question:
			'Does HR complete a checklist for every new employee and contractor covering the signed contract, policy acknowledgements, training and a role-based access request?',
		guidance:
			"Use one onboarding checklist in your HR system or ticketing system, started when the offer is signed. It covers the signed contract with confidentiality and intellectual-property clauses, the cleared background check, the code of conduct and policy acknowledgements, assignment of security training, the device to issue, and an access request naming the role so that only that role's access is provisioned. HR closes the checklist only when every item is done and keeps it with the person's record. Provisioning the access itself is handled by the identity and access controls.",
		evidenceTypeI: [
			'Onboarding checklist template listing each security item',
			'Employee and contractor contract templates with confidentiality clauses'
		],
		evidenceTypeII: [
			'Completed onboarding checklists for every new joiner in the period, with each item dated'
		],
		department: 'HR',
		frequency: 'per_event',
		effortDays: 1,
		key: false,
		criteria: ['CC1.4', 'CC2.2', 'CC6.2'],
		policies: ['POL-HR']
	},
	{
		id: 'HR-08',
		title: 'HR offboarding checklist with access removal request and asset return',
		question:
			'When someone leaves, does HR notify IT no later than the last working day and track the return of every company device and item, keeping the checklist?',
		guidance:
			'HR opens an offboarding ticket as soon as a departure date is known, and at the latest on the day of a sudden exit, assigning access removal to IT and the return of laptop, keys, badges and hardware tokens to the manager. The checklist lists the assets recorded against the person in the asset inventory, and HR confirms each one is back or records why it was written off, with a remote wipe for any device not returned. HR reminds the leaver in writing of their continuing confidentiality duties. The deadline for removing access and its proof are covered by the identity and access controls; this control covers the trigger and the assets.',
		evidenceTypeI: [
			'Offboarding checklist template with access removal request, asset return and confidentiality reminder',
			'Asset inventory showing the devices assigned to each person'
		],
		evidenceTypeII: [
			'Offboarding tickets for every leaver in the period, opened no later than the last day, with assets returned or wiped'
		],
		department: 'HR',
		frequency: 'per_event',
		effortDays: 0.75,
		key: false,
		criteria: ['CC6.3', 'CC6.2', 'CC6.4'],
		policies: ['POL-HR', 'POL-ASSET']
	},

	// Risk assessment and risk mitigation
	{
		id: 'RSK-01',
		title: 'Written security objectives derived from commitments and legal requirements',
		question:
			'Has leadership approved in the last 12 months a written set of security and service objectives based on customer commitments, laws and contracts?',
		guidance:
			'Write a one or two page objectives statement: the services in scope, what you promise customers (for example uptime, breach notification time, data location), the laws and standards that apply, and measurable targets such as the deadline for fixing critical vulnerabilities or the maximum time to restore service. Base it on the commitments register and on the list of applicable laws kept by whoever handles legal matters. Leadership approves it each year before the risk assessment, which then rates risks against these objectives. Update it when a new product, market or contract type changes what you have promised.',
		evidenceTypeI: [
			'Objectives statement approved by leadership, with the approval date',
			'List of applicable laws, regulations and contractual requirements'
		],
		evidenceTypeII: [
			'Approval of the objectives statement within the period, and updates made after new products or markets'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 1,
		key: false,
		criteria: ['CC3.1'],
		policies: ['POL-RISK']
	},
	{
		id: 'RSK-02',
		title: 'Annual risk assessment covering the system, people and vendors',
		question:
			'Is a documented risk assessment done at least once a year, rating each risk by likelihood and impact, and signed off by leadership?',
		guidance:
			'Once a year the security lead runs a session with engineering, operations and leadership to list threats to the objectives: attacks on the product and cloud account, stolen laptops, insider misuse, vendor failures, outages, and legal or regulatory change. Rate each risk for likelihood and impact on a defined scale, for example 1 to 5, record the existing controls and work out the residual risk. Leadership compares the results with the risk appetite stated in the risk policy and signs off. The output is the updated risk register, with an owner and a response for every risk.',
		evidenceTypeI: [
			'Risk assessment method with scoring scales and the stated risk appetite',
			'Risk register with likelihood, impact, owner and response for each risk'
		],
		evidenceTypeII: [
			'Risk assessment completed within the observation window, with leadership sign-off'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 3,
		key: true,
		criteria: ['CC3.2', 'CC3.1'],
		policies: ['POL-RISK']
	},
	{
		id: 'RSK-03',
		title: 'Risk treatment plans with owners, reviewed each quarter',
		question:
			'Does every risk above your risk appetite have a named owner, a treatment decision and a dated action plan that is reviewed each quarter?',
		guidance:
			'For each risk rated above appetite, the owner chooses to reduce, transfer, avoid or accept it and records the decision in the risk register. Reductions become tickets with due dates in your ticketing system, and acceptances are signed by an executive with the reason and a date to revisit. Each quarter the security lead reviews progress with the owners, re-rates risks whose treatment is complete and reports overdue actions to leadership. Risks raised between assessments, from incidents, audits or changes, are added and rated at the same review.',
		evidenceTypeI: [
			'Risk register entries showing owner, treatment decision and linked action tickets',
			'Signed risk acceptances with reasons and revisit dates'
		],
		evidenceTypeII: [
			'Quarterly risk review records for the period with updated ratings and action status',
			'Tickets for treatment actions due in the period, showing completion or escalation'
		],
		department: 'IT & Security',
		frequency: 'quarterly',
		effortDays: 1,
		key: false,
		criteria: ['CC3.2', 'CC5.1', 'CC9.1'],
		policies: ['POL-RISK']
	},
	{
		id: 'RSK-04',
		title: 'Fraud scenarios assessed in the annual risk assessment',
		question:
			'Does your annual risk assessment list specific fraud scenarios, with the incentive, opportunity and likely excuse behind each and the controls that counter it?',
		guidance:
			'As part of the annual risk assessment, list how someone could commit fraud against the company or its customers: an insider exporting customer data to sell, an admin altering records or deleting logs to hide a mistake, fake vendor invoices or changed bank details, manipulated usage or billing data, and takeover of customer accounts. For each scenario, note the pressure or incentive, the opportunity your systems offer, the excuse someone could use to justify it to themselves (that the company owes them, or that it is only until the next release) and the controls that prevent or detect it, such as segregation of duties, log monitoring and payment approval. Scenarios without an effective control go into the risk register with an owner. Leadership signs off the fraud section with the rest of the assessment.',
		evidenceTypeI: [
			'Fraud section of the risk assessment listing scenarios, incentives, opportunities, likely justifications and mitigating controls'
		],
		evidenceTypeII: [
			'Fraud risk assessment completed within the observation window, signed off by leadership'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 0.5,
		key: true,
		criteria: ['CC3.3'],
		policies: ['POL-RISK']
	},
	{
		id: 'RSK-05',
		title: 'Risk review triggered by significant business or technology changes',
		question:
			'Is there a written list of significant changes, such as an acquisition, a new product, a new region or a new cloud provider, that each trigger a recorded risk review?',
		guidance:
			'Define in the risk policy the events that count as significant: entering a new market or regulation, launching a product that handles new types of data, an acquisition, changing a core infrastructure provider, adding AI features that send customer data to a model provider, fast headcount growth or a change of leadership. When one happens, the security lead writes a short review of what changes, the new risks, the controls affected and the actions, and adds new risks to the register. Leadership checks the list of recent changes at the quarterly risk review so none is missed. Routine code and infrastructure changes go through change management instead.',
		evidenceTypeI: [
			'Risk policy section listing the events that trigger a change risk review',
			'Template for the change risk review'
		],
		evidenceTypeII: [
			'Change risk reviews for each significant change that occurred in the period',
			'Quarterly leadership minutes confirming the list of significant changes'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC3.4'],
		policies: ['POL-RISK'],
		activities: [
			{
				id: 'significant-change-check',
				title: 'Check the list of recent significant changes at the risk review',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'RSK-06',
		title: 'Control matrix mapping significant risks and in-scope systems to controls',
		question:
			'Is there a control matrix that maps every significant risk and every in-scope system to the controls that address it, checked after each risk assessment?',
		guidance:
			'Keep a matrix, in a spreadsheet or compliance tool, in which each control names the risks it reduces and the systems it covers. After each annual risk assessment the security lead checks that every risk above appetite has at least one preventive or detective control, and that every in-scope system (cloud account, databases, source-code host, identity provider, key business applications) is covered by access, change, logging and backup controls. Gaps become risk treatment actions with tickets. Record the date of each check on the matrix.',
		evidenceTypeI: [
			'Control matrix mapping risks and in-scope systems to controls, with the date of the last check'
		],
		evidenceTypeII: [
			'Matrix check performed after the risk assessment in the period, with gaps raised as tickets'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.5,
		key: true,
		criteria: ['CC5.1', 'CC5.2'],
		policies: ['POL-RISK']
	},
	{
		id: 'RSK-07',
		title: 'Security checklist signed off before a new system enters scope',
		question:
			'Before a new tool, database or infrastructure component starts holding customer data or running production, is a security checklist completed and approved?',
		guidance:
			'When a team wants to add a system to production or connect a business application to customer data, the requester completes a short checklist in your ticketing system: the owner, the data it will hold, connection to single sign-on and MFA, logs sent to central logging, backups, entries in the asset inventory and system description, and completion of the vendor review. The security lead approves the checklist before go-live. Items that cannot be met are recorded as accepted risks in the risk register with an owner and a revisit date.',
		evidenceTypeI: [
			'New-system checklist template covering access, logging, backup, inventory and vendor review'
		],
		evidenceTypeII: [
			'Completed checklists with security lead approval for every system added to scope in the period'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC5.2', 'CC3.4', 'CC6.1'],
		policies: ['POL-ISP']
	},
	{
		id: 'RSK-08',
		title: 'Yearly review of cyber insurance limits against contracts and incident costs',
		question:
			'Has leadership reviewed in the last 12 months whether you need cyber insurance and whether its limits cover your contract requirements and likely incident costs?',
		guidance:
			"Each year before renewal, finance and the security lead compare the policy limits and exclusions with the cost of a realistic incident (forensics, legal advice, customer notification, lost revenue) and with the insurance amounts customers demand in contracts. Record the decision to buy, renew, change or decline cover, with the reasons, in the risk register. Put the insurer's claims contact in the incident response plan, because many policies require notice within a short time and the use of responders the insurer approves.",
		evidenceTypeI: [
			'Current cyber insurance schedule with limits and exclusions, or the recorded decision not to buy cover'
		],
		evidenceTypeII: [
			'Renewal review record in the period comparing limits with contract requirements and incident cost estimates'
		],
		department: 'Finance',
		frequency: 'annually',
		effortDays: 0.5,
		key: false,
		criteria: ['CC9.1'],
		policies: ['POL-RISK']
	},
	{
		id: 'RSK-09',
		title: 'Business impact analysis of critical services and dependencies',
		question:
			'Have you identified in the last 12 months the services, people and vendors whose loss would stop the business, with the impact over time and a mitigation for each?',
		guidance:
			'List the processes customers depend on, such as the product, support and billing, and what each one needs: cloud regions, third-party services, key staff and their knowledge. For each, estimate the impact of losing it for an hour, a day and a week, and have leadership agree a maximum tolerable downtime. Record mitigations for single points of failure outside the technology, such as a second person trained on every critical task, a second payment provider, or break-glass admin credentials held by two founders. Review the analysis every year; its results set the recovery targets used in the disaster-recovery plan.',
		evidenceTypeI: [
			'Business impact analysis listing critical processes, dependencies, impact over time and agreed maximum downtime'
		],
		evidenceTypeII: [
			'Review of the business impact analysis in the period, with mitigation actions tracked to completion'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 1.5,
		key: false,
		criteria: ['CC9.1', 'CC3.2'],
		policies: ['POL-BCDR', 'POL-RISK']
	},

	// Monitoring of controls
	{
		id: 'MON-01',
		title: 'Quarterly control self-assessment by control owners',
		question:
			'Each quarter, do control owners confirm that their controls ran and attach the evidence, with the security lead re-checking a sample?',
		guidance:
			'At the start of each quarter the security lead sends every control owner the list of their controls and asks them to confirm that each one ran as designed in the previous quarter, linking the evidence. The security lead re-performs a sample of the answers, for example checking that an access review really removed the accounts it flagged. Anything missing or failed is logged as a deficiency. The results are summarised for the quarterly management review. Set the size of each re-check by risk: key controls and controls that failed before get larger samples every quarter, low-risk ones smaller or rotating samples, and the plan is revised when the risk assessment, an incident or a new system changes the risk.',
		evidenceTypeI: [
			'Self-assessment procedure and the list of control owners it goes to',
			'Re-check plan setting the sample per control by risk, with the date it was last revised',
			'The most recent completed quarterly self-assessment'
		],
		evidenceTypeII: [
			"Completed self-assessments for each quarter in the period, with the security lead's re-check notes"
		],
		department: 'IT & Security',
		frequency: 'quarterly',
		effortDays: 1.5,
		key: true,
		criteria: ['CC4.1', 'CC5.3'],
		policies: ['POL-ISP']
	},
	{
		id: 'MON-02',
		title: 'Annual internal audit of key controls reported to the board',
		question:
			'Does an internal auditor, or an outside firm acting as one, test a sample of key controls each year and report the findings to leadership and the board?',
		guidance:
			'Set up an internal audit function independent of the people who run the controls: an internal auditor reporting to the board or CEO, or an outside firm engaged for the purpose. Each year it agrees a plan based on the risk assessment, tests key controls with samples drawn from across the year, and issues a report with findings, ratings and management responses. Findings go into the deficiency log and the report is presented to the board. Keep the plan, the working papers and the report.',
		evidenceTypeI: [
			'Internal audit charter or engagement letter stating independence and reporting line',
			'Internal audit plan for the year, based on the risk assessment'
		],
		evidenceTypeII: [
			'Internal audit report issued in the period, with management responses',
			'Board minutes showing the report was presented'
		],
		department: 'Leadership',
		frequency: 'annually',
		effortDays: 5,
		key: false,
		criteria: ['CC4.1', 'CC4.2', 'CC1.2'],
		policies: ['POL-ISP'],
		appliesWhen: { question: 'company_size', oneOf: ['51-200', '201+'] },
		naRationale:
			'With fewer than 51 people the company has no internal audit function; separate evaluations come from outside readiness assessments and penetration tests.'
	},
	{
		id: 'MON-03',
		title: 'Deficiency log with severity, owner and due date for every finding',
		question:
			'Are all control failures and findings from audits, assessments and penetration tests logged with a severity, owner and due date, and tracked until closed?',
		guidance:
			'Keep one deficiency log, as a project in your ticketing system, fed by self-assessments, internal and external audits, penetration tests, incidents and customer security reviews. Each entry gets a severity, an owner and a due date set by severity, for example 30 days for high and 90 days for medium, or the vulnerability-management deadlines when the finding is a vulnerability, and is closed only with evidence of the fix. Overdue and high-severity items are reported at the quarterly management review, and serious ones to the board. Keep closed items so the auditor can trace each finding to its fix.',
		evidenceTypeI: [
			'Deficiency log with severity definitions, owners and due-date rules',
			'Procedure stating where findings come from and how they are closed'
		],
		evidenceTypeII: [
			'Deficiencies opened in the period with their closure evidence or escalation',
			'Quarterly reports of open and overdue deficiencies to leadership'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC4.2'],
		policies: ['POL-ISP'],
		activities: [
			{
				id: 'overdue-deficiency-report',
				title: 'Report open and overdue deficiencies to leadership',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'MON-04',
		title: 'Quarterly management review of control performance',
		question:
			'Does leadership meet each quarter to review self-assessment results, open deficiencies, incidents and risk changes, with minutes and actions recorded?',
		guidance:
			'Hold a one-hour security review each quarter with the CEO, the security lead and the heads of engineering and operations. The security lead presents a short pack: self-assessment results, open and overdue deficiencies, incidents, vendor review status, the audit timeline and new risks. Leadership decides on resourcing and risk acceptances, and the minutes list each decision and action with an owner. Significant matters are carried to the next board or oversight meeting.',
		evidenceTypeI: [
			'Terms of reference for the quarterly security review, listing attendees and agenda'
		],
		evidenceTypeII: [
			'Minutes and review packs for each quarterly review in the period, with actions and owners'
		],
		department: 'Leadership',
		frequency: 'quarterly',
		effortDays: 0.5,
		key: false,
		criteria: ['CC4.2', 'CC4.1', 'CC2.2'],
		policies: ['POL-ISP']
	},
	{
		id: 'MON-05',
		title: 'Completeness check on system reports used to run controls',
		question:
			'When a control relies on a system report, such as a user list for an access review, does the person running it record how it was produced and check it is complete?',
		guidance:
			'For each report a control depends on (user lists, change lists, joiner and leaver lists, vendor lists), the control procedure names the source system and how to export it. The person running the control saves the export with its date and the filter or query used, and checks it against a second source, for example that the number of active users matches the count shown in the identity provider or that the leaver list matches HR records. They note the check in the control record. Auditors test these reports themselves, and an unverified list can make the control that relied on it fail.',
		evidenceTypeI: ['Control procedures naming the source and export method for each report used'],
		evidenceTypeII: [
			'For sampled control instances in the period, the saved report with its date, query and completeness check'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC2.1'],
		policies: ['POL-ISP']
	},

	// Vendor management
	{
		id: 'VEN-01',
		title: 'Vendor inventory reconciled to company spending each quarter',
		question:
			'Do you keep a complete list of vendors with their owner, the data and systems they reach and their risk tier, reconciled against company spending each quarter?',
		guidance:
			'List every vendor and subprocessor that hosts your system, stores or processes customer data or has access to your environment, including free tools connected to company accounts. For each, record the business owner, the service, the data types it handles, its access to production, the contract dates and the risk tier. Each quarter, finance or the security lead compares the list with card and supplier payments and with the applications connected to your identity provider, and adds anything missing. Publish the subprocessor part of the list to customers where your contracts require it.',
		evidenceTypeI: [
			'Vendor inventory with owner, service, data types, access, contract dates and risk tier for each vendor'
		],
		evidenceTypeII: [
			'Quarterly reconciliations in the period comparing the inventory with payments and connected applications'
		],
		department: 'Operations',
		frequency: 'quarterly',
		effortDays: 1.5,
		key: true,
		criteria: ['CC9.2'],
		policies: ['POL-VENDOR']
	},
	{
		id: 'VEN-02',
		title: 'Risk tier assigned to each vendor using written criteria',
		question:
			'Is every vendor given a risk tier using written criteria based on the data it handles, its access to your systems and how critical it is to the service?',
		guidance:
			'Write tier criteria into the vendor management policy, for example high for vendors that host production or store customer data, medium for vendors with company confidential data or limited access, and low for vendors with no sensitive data or access. The tier sets the depth of due diligence, the contract terms required and how often the vendor is reviewed. The vendor owner proposes a tier at onboarding and the security lead confirms it, and the tier is reassessed whenever the service or data access changes.',
		evidenceTypeI: [
			'Vendor policy section defining the tiers and the requirements for each',
			'Vendor inventory showing the tier assigned to each vendor'
		],
		evidenceTypeII: [
			'Tier assignments for vendors added or changed in the period, confirmed by the security lead'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC9.2', 'CC3.2'],
		policies: ['POL-VENDOR']
	},
	{
		id: 'VEN-03',
		title: 'Security due diligence before a new vendor is approved',
		question:
			'Before you sign with a new vendor that will handle customer data or reach your systems, is its security reviewed and the approval recorded?',
		guidance:
			'Before contract signature or first use, the requester opens a vendor request ticket and the security lead reviews evidence scaled to the tier: for high tier a current SOC 2 Type II report or ISO 27001 certificate plus a security questionnaire, for medium tier a questionnaire or a review of the security page, for low tier a check of the terms. The review also covers where data will be stored, which subprocessors the vendor uses and, for AI model providers, whether customer data is retained or used for training. The security lead records approval, conditions or rejection in the ticket, and finance pays no new vendor without an approved ticket.',
		evidenceTypeI: [
			'Vendor policy section describing due diligence by tier',
			'Vendor request ticket template with the review fields'
		],
		evidenceTypeII: [
			'Approved due diligence tickets for every vendor added in the period, dated before contract signature or first use'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 1,
		key: true,
		criteria: ['CC9.2'],
		policies: ['POL-VENDOR']
	},
	{
		id: 'VEN-04',
		title: "Yearly review of critical vendors' SOC 2 reports and user-entity controls",
		question:
			'Each year, do you read the SOC 2 report of every high-tier vendor, check the opinion, exceptions and subservice organisations, and map its user-entity controls to yours?',
		guidance:
			"For every high-tier vendor, including your cloud providers, obtain the latest SOC 2 Type II report each year and record a review: the period covered and whether a bridge letter is needed to cover the gap to today, the auditor's opinion, any exceptions and their effect on you, and the subservice organisations the report carves out, with the complementary subservice-organisation controls it assumes they perform; where those matter to you, get the subservice organisation's own report or record the risk. List the complementary user-entity controls the report expects of customers and name the control of yours that meets each one. Where no report exists, use an ISO 27001 certificate with its statement of applicability or a completed questionnaire, and record the remaining risk.",
		evidenceTypeI: [
			'Completed SOC 2 report review for each high-tier vendor',
			"Mapping of each vendor's complementary user-entity controls to your own controls"
		],
		evidenceTypeII: [
			'Vendor report reviews completed in the period for every high-tier vendor, with exceptions assessed',
			'Bridge letters obtained where a report period ended well before the review'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.5,
		key: true,
		criteria: ['CC9.2', 'CC4.1'],
		policies: ['POL-VENDOR']
	},
	{
		id: 'VEN-05',
		title: 'Security and breach-notification clauses in vendor contracts',
		question:
			'Do contracts with vendors that handle customer data include security obligations, confidentiality, breach notification within a set time and your right to see audit reports?',
		guidance:
			"Keep a standard vendor security addendum, or a checklist for reviewing the vendor's own terms, covering protection of your data to a stated standard, confidentiality, notice of security incidents affecting your data within a fixed time such as 72 hours, limits on subprocessors, return or deletion of data at termination, and your right to receive audit reports. Whoever signs contracts checks each high and medium tier contract against it before signature and records any gaps as accepted risks. Check that the notice time you obtain is shorter than the one you promise your own customers, so you can still meet your own deadline. Privacy terms such as data processing agreements are covered by the privacy controls.",
		evidenceTypeI: [
			'Vendor security addendum or contract review checklist',
			'Signed contracts for high-tier vendors showing the security and breach-notification clauses'
		],
		evidenceTypeII: [
			'Contract review records for vendors signed or renewed in the period, with any gaps recorded'
		],
		department: 'Legal',
		frequency: 'per_event',
		effortDays: 1,
		key: true,
		criteria: ['CC9.2', 'CC2.3', 'P6.5'],
		policies: ['POL-VENDOR']
	},
	{
		id: 'VEN-06',
		title: 'Vendor reassessment on a schedule set by risk tier',
		question:
			'Are existing vendors reassessed on a schedule set by their tier, for example high yearly and medium every two years, with each review recorded?',
		guidance:
			'Set review frequencies by tier in the vendor policy, such as yearly for high, every two years for medium and at renewal for low. At each review the vendor owner confirms the service and data use have not changed, and the security lead checks for new certifications or reports, security incidents the vendor disclosed, and performance against the contract; for high-tier vendors this includes the SOC 2 report review. Update the tier, the inventory and the risk register with the result. The security lead tracks due dates in the vendor inventory and reports overdue reviews at the quarterly management review.',
		evidenceTypeI: [
			'Vendor policy section setting review frequency by tier',
			'Vendor inventory with the last and next review date for each vendor'
		],
		evidenceTypeII: ['Review records for every vendor whose review fell due in the period'],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 0.5,
		key: false,
		criteria: ['CC9.2', 'CC4.1'],
		policies: ['POL-VENDOR']
	},
	{
		id: 'VEN-07',
		title: 'Vendor offboarding with access revocation and data return or deletion',
		question:
			'When you stop using a vendor, do you remove its access and integrations, get your data returned or deleted, and update the vendor inventory?',
		guidance:
			'When a vendor is retired, its owner opens an offboarding ticket listing the accounts, API keys and integrations to revoke, the data the vendor holds and the termination terms of the contract. Revoke access and rotate any shared credentials, obtain the data back or a written confirmation of deletion, stop payment, and mark the vendor inactive in the inventory with the end date. Update the subprocessor list shown to customers if the vendor was on it.',
		evidenceTypeI: ['Vendor offboarding checklist template'],
		evidenceTypeII: [
			'Offboarding tickets for vendors retired in the period, with access revocation and deletion confirmation'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC9.2'],
		policies: ['POL-VENDOR']
	}
] as const satisfies readonly Control[];
