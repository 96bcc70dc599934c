import type { Criterion } from '../types';

export const CRITERIA_OPERATIONS = [
	{
		id: 'CC7.1',
		category: 'security',
		series: 'CC7',
		title: 'Detect configuration changes and new vulnerabilities in your systems',
		explanation:
			'The auditor looks for a defined way of finding weaknesses before attackers do: scans that run on a schedule, checks that flag settings drifting from an approved baseline, and findings tracked until they are fixed. In practice a startup runs an automated vulnerability scanner over its hosts, container images and internet-facing endpoints at least monthly, checks its cloud configuration against a security benchmark, commissions a penetration test once a year and fixes findings within deadlines set by severity. Keep both the scan reports and the tickets, because the auditor will compare the two.'
	},
	{
		id: 'CC7.2',
		category: 'security',
		series: 'CC7',
		title: 'Monitor systems for attacks, misuse and unusual activity',
		explanation:
			"The auditor wants to see that the systems in scope produce security logs, that those logs are collected in one place, and that defined events raise alerts someone actually handles. For a startup this means sending your cloud provider's audit log, your identity provider's sign-in log and your application logs to a central store, keeping them for a set period, and alerting the on-call engineer on events such as an administrator role change, logging being switched off or a burst of failed sign-ins. The auditor will pick alerts from the period and ask what happened next."
	},
	{
		id: 'CC7.3',
		category: 'security',
		series: 'CC7',
		title: 'Assess security events to decide whether they are incidents',
		explanation:
			'The auditor checks that alerts, staff reports and outside reports are reviewed by a named person who decides, against written criteria, whether each one is a security incident and how severe it is. For a small team that is a triage step in your ticketing system: every security event gets a ticket, a classification, a severity and a one-line reason, within a set time. Events you dismiss need their reason written down just as much as the ones you escalate.'
	},
	{
		id: 'CC7.4',
		category: 'security',
		series: 'CC7',
		title: 'Respond to and contain security incidents using a defined plan',
		explanation:
			'The auditor looks for an incident response plan with named roles, severity levels, containment steps and communication rules, and for proof that real incidents followed it. For a startup the plan can be a few pages, but each incident needs a record showing when it was detected, contained and closed, and who was told when, including affected customers where contracts require it. If there were no incidents in the period, the auditor relies on your tabletop exercise to see that the plan works.'
	},
	{
		id: 'CC7.5',
		category: 'security',
		series: 'CC7',
		title: 'Recover from security incidents and stop them from happening again',
		explanation:
			'The auditor wants to see that after an incident you restored affected systems to a known-good state, found the root cause and made changes so it does not recur. In practice this means a recovery checklist (rebuild or restore, rotate exposed credentials, confirm the fix) and a written post-incident review whose corrective actions are tracked to completion in your ticketing system. The auditor will check that those actions were actually done, not only listed.'
	},
	{
		id: 'A1.1',
		category: 'availability',
		series: 'A1',
		title: 'Monitor capacity and add resources before demand outgrows them',
		explanation:
			'The auditor looks for monitoring of how much compute, storage, database and network capacity is in use, alerts before limits are reached, and a regular look ahead at growth. For a cloud-hosted startup this means dashboards and threshold alerts in your monitoring tool, autoscaling where it fits, attention to cloud-provider quotas, and a short quarterly capacity review with its decisions written down. If you promise customers an uptime level, the auditor will also compare your measured uptime with that promise.'
	},
	{
		id: 'A1.2',
		category: 'availability',
		series: 'A1',
		title: 'Protect, back up and be able to rebuild the infrastructure that keeps you running',
		explanation:
			"This criterion covers what keeps the service available when something breaks: protection from environmental threats, backups of the data you need, and infrastructure you can recover onto. If you run entirely in a public cloud, the provider's data centres handle fire, power and cooling and you rely on its SOC 2 report; your part is redundancy across zones, automated and monitored backups stored apart from production, and a written recovery plan with recovery time and recovery point objectives. If you keep your own servers, the auditor will also inspect fire, power and climate protection where they stand."
	},
	{
		id: 'A1.3',
		category: 'availability',
		series: 'A1',
		title: 'Test that you can actually recover within your stated objectives',
		explanation:
			'The auditor wants evidence that recovery procedures have been tried, not only written: restores from backup and a disaster recovery test, with results compared against your recovery time and recovery point objectives. For a startup that means restoring a production backup into a separate environment at least quarterly and running a fuller recovery exercise once a year, recording how long it took, what failed and what you changed afterwards.'
	},
	{
		id: 'C1.1',
		category: 'confidentiality',
		series: 'C1',
		title: 'Identify confidential information and protect it while you hold it',
		explanation:
			"The auditor looks for a clear definition of what you treat as confidential (usually customers' business data and your own sensitive material), a record of where it is kept, and protections to match: restricted access, signed confidentiality agreements and no uncontrolled copies. For a startup this means a short classification scheme, an inventory of the systems and vendors that hold confidential data, confidentiality agreements from everyone with access, and keeping real customer data out of development and test environments."
	},
	{
		id: 'C1.2',
		category: 'confidentiality',
		series: 'C1',
		title: 'Dispose of confidential information when it is no longer needed or on request',
		explanation:
			"The auditor checks that you know when confidential information must be destroyed (at the end of a contract, on a customer's request or when a retention period ends) and that deletion actually happens, including copies in exports, backups and vendor systems. In practice a startup sets deletion deadlines in its terms and retention schedule, runs a tracked deletion checklist when a customer leaves, and keeps a record of what was deleted and when."
	},
	{
		id: 'PI1.1',
		category: 'processing_integrity',
		series: 'PI1',
		title: 'Define and share how the system is meant to process data',
		explanation:
			'The auditor looks for written specifications of what the system processes: the data it accepts, its fields and formats, the calculation and business rules, and the outputs customers should expect and when. For a startup this is usually current product and API documentation shared with customers, plus internal notes on the rules the code implements, all kept under version control. The auditor uses these specifications as the yardstick for testing every other processing integrity criterion.'
	},
	{
		id: 'PI1.2',
		category: 'processing_integrity',
		series: 'PI1',
		title: 'Check that inputs are complete and accurate before processing them',
		explanation:
			'The auditor wants to see that data entering the system is checked against the specifications, that incomplete or invalid input is rejected or held rather than silently accepted, and that the sender learns about the problem. In practice a startup validates every API request, form and file import against a schema, uses record counts or control totals on batch uploads, and keeps a log of rejected inputs and how they were resolved.'
	},
	{
		id: 'PI1.3',
		category: 'processing_integrity',
		series: 'PI1',
		title: 'Process data completely, accurately and on time',
		explanation:
			'The auditor looks for checks during processing that catch lost, duplicated or wrong records, and a process for handling the errors they find. For a startup this usually means reconciling what went in with what came out on a schedule, sending failed records to an error queue that raises an alert, reprocessing them safely, and monitoring that scheduled jobs finish in time. The auditor will sample reconciliations and errors from the period and follow each one to its resolution.'
	},
	{
		id: 'PI1.4',
		category: 'processing_integrity',
		series: 'PI1',
		title: 'Deliver complete and accurate output to the right recipients on time',
		explanation:
			'The auditor checks that outputs such as reports, invoices, exports or files are checked for completeness and accuracy, go only to the people entitled to them, and arrive when promised. For a startup that means automated checks on output totals and formats, a human approval step for high-impact outputs, delivery only to authenticated accounts or agreed endpoints, and a delivery log showing what was sent, to whom and when.'
	},
	{
		id: 'PI1.5',
		category: 'processing_integrity',
		series: 'PI1',
		title: 'Store inputs, work in progress and outputs completely and safely',
		explanation:
			'The auditor looks for inputs, in-process items and outputs that are kept for a defined period, protected from unauthorised change and traceable. In practice a startup sets retention periods for transaction data and processing records, restricts who can alter them, keeps an audit trail of every correction, and can retrieve a past record when a customer disputes a result.'
	}
] as const satisfies readonly Criterion[];
