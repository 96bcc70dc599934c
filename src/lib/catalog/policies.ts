import type { Policy } from './types';

export const POLICIES = [
	{
		id: 'POL-ISP',
		title: 'Information Security Policy',
		purpose:
			"Sets out the company's security programme: who owns it, how leadership oversees it, which policies sit beneath it and how exceptions are approved and recorded. Auditors read it first as the top-level statement that security is managed deliberately and reviewed by management.",
		department: 'IT & Security',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-AUP',
		title: 'Acceptable Use Policy',
		purpose:
			'Tells staff and contractors what they may and may not do with company devices, accounts, data and networks, including the rules for remote work and for any personal devices used for work. Everyone accepts it when they join, which shows the auditor that the rules were communicated and gives the company grounds to act on breaches.',
		department: 'IT & Security',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-ACCESS',
		title: 'Access Control Policy',
		purpose:
			'Defines how accounts and permissions are requested, approved, granted, reviewed and removed, and sets the authentication rules such as single sign-on, multi-factor authentication and limits on privileged access. It is the standard against which the auditor tests access requests, access reviews and removals at departure.',
		department: 'IT & Security',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-CHANGE',
		title: 'Change Management Policy',
		purpose:
			'Defines how changes to production code, infrastructure and configuration are requested, reviewed, tested, approved and deployed, including how emergency changes are handled and reviewed afterwards. Auditors sample changes from the period and check that each one followed it.',
		department: 'Engineering',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-SDLC',
		title: 'Secure Development Policy',
		purpose:
			'Sets the security expectations for building software: security requirements and threat modelling for significant features, code review, dependency and code scanning, handling of secrets and developer training. It shows the auditor that security is built into development rather than checked only at release.',
		department: 'Engineering',
		reviewFrequency: 'annually',
		appliesWhen: { not: { question: 'software_development', equals: 'none' } }
	},
	{
		id: 'POL-IR',
		title: 'Incident Response Policy',
		purpose:
			'Defines what counts as a security or privacy incident, how staff report one, and how incidents are classified, contained, investigated, closed and reviewed, including who decides on notifying customers, regulators and affected people. Auditors expect it because it turns an emergency into a rehearsed procedure that leaves a record.',
		department: 'IT & Security',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-BCDR',
		title: 'Business Continuity and Disaster Recovery Policy',
		purpose:
			'Sets recovery time and recovery point objectives for critical systems and describes how the company keeps operating and restores service after a major outage, the loss of a region or key vendor, or the absence of key people. It requires the plan to be tested every year, and the test record is what auditors look for.',
		department: 'Operations',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-BACKUP',
		title: 'Backup Policy',
		purpose:
			'States which systems and data are backed up, how often, how long backups are kept, how they are encrypted and kept apart from production, and how often restores are tested. Auditors check backup settings and restore test records against it.',
		department: 'Engineering',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-VENDOR',
		title: 'Vendor Management Policy',
		purpose:
			'Defines how vendors that touch company or customer data are selected, assessed for risk, bound by contract, reviewed on a schedule and offboarded. Auditors expect it because a weakness at a vendor becomes a weakness in your system, and SOC 2 asks you to manage that risk on purpose.',
		department: 'Operations',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-DATACLASS',
		title: 'Data Classification and Handling Policy',
		purpose:
			'Defines the classes of data the company holds, such as public, internal, confidential and restricted, and the handling rules for each: where it may be stored, who may see it, how it may be shared and how it is labelled. It gives staff and auditors one reference for how sensitive data is treated.',
		department: 'IT & Security',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-RETENTION',
		title: 'Data Retention and Disposal Policy',
		purpose:
			'Sets how long each kind of company, customer and personal data is kept and how it is securely deleted or destroyed at the end of that period, including copies in backups and at vendors. Auditors check retention settings and disposal records against the schedule it contains.',
		department: 'Legal',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-CRYPTO',
		title: 'Encryption and Key Management Policy',
		purpose:
			'States where encryption is required, at rest and in transit, the minimum algorithms and protocol versions, and how encryption keys are created, stored, rotated, accessed and revoked. It is the standard for the encryption settings an auditor inspects.',
		department: 'Engineering',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-RISK',
		title: 'Risk Assessment and Management Policy',
		purpose:
			'Describes how the company identifies, rates, treats and monitors risks to its objectives, including fraud and vendor risks, how often the assessment is repeated and who may accept the risk that remains. Auditors expect a written method so that the yearly risk assessment is consistent and repeatable.',
		department: 'Leadership',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-CONDUCT',
		title: 'Code of Conduct',
		purpose:
			'Sets the standards of honest and ethical behaviour expected of everyone who works for the company, explains how to raise concerns without fear of retaliation and states the consequences of breaking the code. Staff acknowledge it when they join and every year after, which is how the auditor sees that leadership has set expectations in writing.',
		department: 'HR',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-ASSET',
		title: 'Asset Management Policy',
		purpose:
			'Requires an inventory of hardware, software and cloud resources with an owner for each, and sets the rules for issuing, tracking, returning and disposing of assets. Auditors use the inventory to check that every asset in scope is known and protected.',
		department: 'IT & Security',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-VULN',
		title: 'Vulnerability and Patch Management Policy',
		purpose:
			'Defines how vulnerabilities in systems, code, dependencies and devices are found, rated and fixed, with a fix deadline for each severity and a process for approving exceptions. Auditors compare scan results and fix dates with those deadlines.',
		department: 'Engineering',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-PRIVACY',
		title: 'Privacy Programme Policy',
		purpose:
			'Sets out how the company handles personal data internally: who owns privacy, how personal data is collected, used, kept, shared and deleted in line with the public notice and customer agreements, and how rights requests, complaints and breaches are handled. It is the internal rulebook behind the public privacy notice and the standard the privacy controls are tested against.',
		department: 'Legal',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-HR',
		title: 'Personnel Security Policy',
		purpose:
			'Covers security duties across employment: background checks where the law allows, agreements signed at hire, onboarding and training, changes of role, disciplinary action for breaches of policy, and the return of assets and removal of access when people leave. Auditors test the hires and departures of the period against it.',
		department: 'HR',
		reviewFrequency: 'annually'
	},
	{
		id: 'POL-PHYSICAL',
		title: 'Physical and Environmental Security Policy',
		purpose:
			'Sets the rules for entering company offices and equipment rooms, handling visitors, and protecting equipment from theft, fire, water and power loss. It applies where the company controls premises or hardware; otherwise the cloud provider covers these protections and its SOC 2 report is the evidence.',
		department: 'Operations',
		reviewFrequency: 'annually',
		appliesWhen: {
			any: [
				{ question: 'offices', equals: 'own' },
				{ question: 'server_room', equals: true }
			]
		}
	},
	{
		id: 'POL-LOGGING',
		title: 'Logging and Monitoring Policy',
		purpose:
			'Defines which events are logged, where logs are collected, how long they are kept and how they are protected from change, which events raise alerts and who responds to them. Auditors expect it because detecting an attack depends on logs that exist, are complete and are watched.',
		department: 'IT & Security',
		reviewFrequency: 'annually'
	}
] as const satisfies readonly Policy[];
