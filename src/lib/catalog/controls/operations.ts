import type { Control } from '../types';

export const CONTROLS_OPERATIONS = [
	{
		id: 'LOG-01',
		title: 'Central collection of security logs from cloud, identity and production systems',
		question:
			"Are logs from your cloud provider's audit log, identity provider, source-code host, production hosts and application sent automatically to one central, access-restricted store?",
		guidance:
			"Turn on your cloud provider's audit log in every account and region, and forward it, together with your identity provider's sign-in and admin logs, your source-code host's audit log and your application and database logs, to one central log store. Application logs should record sign-ins, permission changes, data exports and administrative actions with a user id, timestamp and source address. Restrict read access to the log store to the engineers and security staff who need it. Keep a short inventory of log sources so that a new system that is not yet connected gets noticed.",
		evidenceTypeI: [
			'Inventory of log sources listing each system in scope and where its logs are sent',
			'Configuration export or screenshot showing the cloud audit log enabled for all accounts and regions',
			'Sample entries from the central store for each source, showing user, time and source address',
			'Access list of the central log store'
		],
		evidenceTypeII: [
			'Ingestion dashboards or queries at several dates across the window showing every listed source still sending logs',
			'Change tickets for systems added during the window showing their logs were connected'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 3,
		key: true,
		criteria: ['CC7.2'],
		policies: ['POL-LOGGING']
	},
	{
		id: 'LOG-02',
		title: 'Security alert rules routed to the on-call responder',
		question:
			'Do defined security events (for example root or admin sign-in, MFA disabled, logging switched off, bursts of failed sign-ins) automatically alert a named responder?',
		guidance:
			'Write down the events that must raise an alert, starting with: use of the cloud root or break-glass account, changes to administrator roles, MFA being disabled, audit logging being stopped, a storage bucket or database made public, and bursts of failed sign-ins. Build each one as a rule in your log store or monitoring tool and send it to the on-call responder through your paging tool, not only to a shared chat channel. Every alert creates or links to a ticket so its handling can be traced. Review the rule list every quarter and after each incident, removing noisy rules and adding missing ones.',
		evidenceTypeI: [
			'List of alert rules with the event each detects, its severity and where it is routed',
			'Configuration export or screenshots of the rules in the monitoring tool',
			'A test alert showing it reached the on-call responder'
		],
		evidenceTypeII: [
			'All security alerts raised in the window, each linked to a ticket showing who handled it and the outcome',
			'Records of the quarterly rule reviews with the changes made'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 2,
		key: true,
		criteria: ['CC7.2', 'CC7.3'],
		policies: ['POL-LOGGING'],
		activities: [
			{
				id: 'alert-rule-review',
				title: 'Review the security alert rules, dropping noisy ones and adding gaps',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'LOG-03',
		title: 'Log retention set to cover the observation window and your commitments',
		question:
			'Have you set a retention period for security and audit logs that covers the observation window and what contracts or laws require, with recent logs searchable without a restore?',
		guidance:
			'SOC 2 sets no fixed log retention period: you choose one, write it into the logging policy and check that the settings on the central log store and its archive match it. Choose a period that keeps every log from the observation window until the audit is finished, plus whatever your contracts, laws or other frameworks demand; if you also follow PCI DSS, for example, its retention rule is one of those demands. Keep recent logs searchable straight away, for as far back as your investigations usually look, and move older logs to cheaper archive storage that can still be queried. Logs that contain personal data must also respect your data retention schedule, so set an end date rather than keeping them forever.',
		evidenceTypeI: [
			'Logging policy section stating the retention period per log type and the reason for each',
			'Screenshot or export of retention settings on the log store and the archive'
		],
		evidenceTypeII: [
			'Logs retrieved on request for dates the auditor chooses, including the first days of the window',
			'Retention settings captured at the start and end of the window showing no reduction'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 0.5,
		key: false,
		criteria: ['CC7.2'],
		policies: ['POL-LOGGING']
	},
	{
		id: 'LOG-04',
		title: 'Tamper protection for audit logs',
		question:
			'Are audit logs stored where the people whose actions they record cannot change or delete them, with write-once retention or integrity validation turned on?',
		guidance:
			"Send audit logs to a separate logging account or project, or to a bucket with a write-once retention lock, so that engineers with production administrator rights cannot alter or delete them. Turn on your cloud provider's log-file integrity validation where it exists. Limit deletion and retention-change rights on the log store to one or two named people, and alert when logging is stopped or retention is shortened. An intruder with admin access will often try to erase the trail first, which is why this matters.",
		evidenceTypeI: [
			'Configuration showing logs written to a separate account or a write-once bucket with retention lock',
			'Setting showing log-file integrity validation enabled',
			'List of people with delete or retention-change rights on the log store'
		],
		evidenceTypeII: [
			'Alerts raised for any stop of logging or change to log retention in the window, with their follow-up',
			'Access list of the log store captured at two or more dates in the window'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC7.2'],
		policies: ['POL-LOGGING']
	},
	{
		id: 'LOG-05',
		title: 'On-call rotation with acknowledgement targets for alerts',
		question:
			'Is there a published on-call rotation so that every security and outage alert reaches a named person who acknowledges it within a set time, day and night?',
		guidance:
			'Publish an on-call schedule in your paging tool that covers every hour of the week, with a primary and a backup responder and escalation to a manager when an alert is not acknowledged. Set acknowledgement targets by severity, for example 15 minutes for critical alerts at any hour and the next business day for low ones. Hand over open issues at each rotation change. Small teams can rotate weekly among three or four engineers; what matters is that no alert goes to nobody.',
		evidenceTypeI: [
			'On-call schedule in the paging tool showing primary and backup coverage',
			'Escalation policy with acknowledgement targets per severity'
		],
		evidenceTypeII: [
			'Paging-tool report of alerts in the window with time to acknowledge, compared with the targets',
			'On-call schedule history for the window showing no uncovered periods'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC7.2', 'CC7.3'],
		policies: ['POL-LOGGING', 'POL-IR']
	},
	{
		id: 'LOG-06',
		title: 'Managed threat detection on production accounts and networks',
		question:
			"Is a threat-detection service (your cloud provider's, or intrusion detection on a network you run) enabled for all production, with findings sent to ticketing and reviewed weekly?",
		guidance:
			"Enable your cloud provider's threat-detection service in every account and region that runs production, or intrusion detection on the network if you host your own servers. It catches patterns that fixed alert rules miss, such as keys used from unusual locations, crypto-mining, or traffic to known malicious addresses. Send high and medium findings to the on-call responder and all findings to your ticketing system, and have the security owner review open findings every week. Suppress a type of finding only with a written reason.",
		evidenceTypeI: [
			'Screenshot or export showing threat detection enabled in every production account and region',
			'Routing configuration sending findings to paging and ticketing'
		],
		evidenceTypeII: [
			'Findings raised in the window with their tickets and resolution',
			'Weekly review records, for example a dated checklist entry or ticket comment per week',
			'Suppression rules in place during the window, each with its written reason'
		],
		department: 'IT & Security',
		frequency: 'weekly',
		effortDays: 0.75,
		key: false,
		criteria: ['CC7.2', 'CC7.3'],
		policies: ['POL-LOGGING']
	},
	{
		id: 'VUL-01',
		title: 'Monthly vulnerability scanning of hosts, container images and external endpoints',
		question:
			'Do automated scans check all production hosts, container images and internet-facing endpoints for known vulnerabilities at least monthly, with results reviewed?',
		guidance:
			"Run an authenticated vulnerability scanner over production hosts and virtual machines at least monthly, and scan container images on every build and again monthly for newly published vulnerabilities. Scan your internet-facing domains and addresses from outside as well, so exposed services, expired certificates and weak TLS settings show up. Compare the scan targets with your asset inventory each month so new resources are not missed. The security owner reviews each month's results and opens a ticket for every finding rated medium or higher, due by the remediation deadline for its severity.",
		evidenceTypeI: [
			'Scanner configuration showing targets and schedule, matched against the asset inventory',
			'The most recent scan reports for hosts, images and external endpoints',
			'Named owner for reviewing scan results'
		],
		evidenceTypeII: [
			'Scan reports for every month in the window',
			"Tickets raised from each month's medium, high and critical findings",
			'Monthly comparison of scan targets with the asset inventory'
		],
		department: 'IT & Security',
		frequency: 'monthly',
		effortDays: 2,
		key: true,
		criteria: ['CC7.1'],
		policies: ['POL-VULN']
	},
	{
		id: 'VUL-02',
		title: 'Vulnerability remediation deadlines by severity, with approved exceptions',
		question:
			'Are vulnerabilities fixed within written deadlines by severity (for example critical in 14 days, high in 30), with any exception approved and recorded?',
		guidance:
			'Set remediation deadlines in the vulnerability policy, for example critical within 14 days, high within 30, medium within 90 and low at the next routine update, and apply them to findings from scans, penetration tests, researcher reports and vendor security advisories. Track each finding as a ticket with its severity and due date, and report overdue items to leadership every month. When a fix cannot be made in time, record a risk acceptance with the reason, any compensating measure, an approver and an expiry date. Patch production operating systems and runtimes every month as well, rather than only when a scan flags them.',
		evidenceTypeI: [
			'Vulnerability policy section with deadlines per severity and the exception process',
			'Ticketing view or dashboard tracking open findings against their due dates'
		],
		evidenceTypeII: [
			'Findings sampled from the window with severity, detection date and fix date, showing fixes within deadline',
			'Risk acceptances approved in the window with reason, approver and expiry date',
			'Monthly overdue-finding reports sent to leadership',
			'Monthly patch records for production operating systems and runtimes'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 1,
		key: true,
		criteria: ['CC7.1'],
		policies: ['POL-VULN'],
		activities: [
			{
				id: 'overdue-findings-report',
				title: 'Report overdue vulnerability findings to leadership',
				frequency: 'monthly'
			},
			{
				id: 'production-patching',
				title: 'Patch production operating systems and runtimes',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'VUL-03',
		title: 'Annual penetration test by an independent tester, with retest of findings',
		question:
			'Has an independent tester run a penetration test of your application, APIs and external infrastructure in the last 12 months, with findings fixed and retested?',
		guidance:
			'Commission a penetration test of the production application, its APIs and external infrastructure at least once a year, inside the observation window for a Type II report, and after major architecture changes, from testers who did not build the system. Agree the scope in writing, including authenticated testing with an account for each user role, and run it against production or an environment built the same way. Log every finding as a ticket under the remediation deadlines and ask the tester to confirm the fixes for critical and high findings. Keep the report and the retest confirmation together, since customers ask for both.',
		evidenceTypeI: [
			'Signed scope or statement of work for the most recent test',
			'Penetration test report with findings and their severities',
			'Tickets opened for the findings'
		],
		evidenceTypeII: [
			'Penetration test report for a test performed within the observation window',
			"Tickets for every critical and high finding closed within deadline, with the tester's retest confirmation"
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 2.5,
		key: true,
		criteria: ['CC7.1', 'CC4.1'],
		policies: ['POL-VULN']
	},
	{
		id: 'VUL-04',
		title: 'Continuous cloud configuration checks against a security benchmark',
		question:
			'Does a tool check your cloud accounts continuously against a security benchmark and flag drift from your approved configuration, with failures tracked to resolution?',
		guidance:
			'Turn on your cloud provider\'s configuration-assessment service, or an equivalent tool, in every production account and measure your accounts against the hardening baseline for cloud accounts, which starts from a published benchmark for your provider. Where infrastructure is defined as code, run drift detection so that manual changes made in the console are flagged. Send new high-severity failures, such as a publicly readable bucket or an administrative port open to the internet, to the on-call responder, and review the remaining failures monthly, fixing each or recording why it is accepted. Keep the accepted exceptions next to the baseline so the auditor can see what "compliant" means for you.',
		evidenceTypeI: [
			'Screenshot showing configuration checks enabled for every production account',
			'The baseline or benchmark the checks measure against, with accepted exceptions and reasons',
			'Current compliance summary from the tool'
		],
		evidenceTypeII: [
			'Monthly review records of failed checks with the action taken on each',
			'Alerts for high-severity failures in the window with their tickets',
			'Drift-detection results in the window with follow-up of changes made outside the pipeline'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 1.5,
		key: false,
		criteria: ['CC7.1'],
		policies: ['POL-VULN', 'POL-CHANGE'],
		activities: [
			{
				id: 'failed-checks-review',
				title: 'Review failed cloud configuration checks and fix or accept each',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'VUL-05',
		title: 'Vulnerability disclosure policy with triage of outside reports',
		question:
			'Do you publish how outsiders can report security issues, and is every report acknowledged, assessed and tracked within set times?',
		guidance:
			'Publish a short vulnerability disclosure policy on your website and in a security.txt file, saying what is in scope, how to report, and that you will not take legal action against good-faith research. Route reports to a monitored mailbox or form that creates a ticket, acknowledge each report within 3 business days and assess it within 10. Confirmed issues follow the normal remediation deadlines, and the reporter is told when the fix is live. A paid bug bounty is optional; the auditor checks that the intake works and that reports are not lost.',
		evidenceTypeI: [
			'Published disclosure policy and security.txt file',
			'Mailbox or form routing configuration showing that reports create tickets'
		],
		evidenceTypeII: [
			'All outside reports received in the window with acknowledgement and assessment dates',
			'Tickets for confirmed issues showing fixes within the remediation deadlines'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC7.1', 'CC7.3', 'CC2.3'],
		policies: ['POL-VULN']
	},
	{
		id: 'INC-01',
		title: 'Incident response plan with roles, severity levels and contacts',
		question:
			'Is there a written incident response plan, approved by management in the last 12 months, that names roles, severity levels, escalation contacts and communication steps?',
		guidance:
			'Write an incident response plan of a few pages that defines what counts as a security incident, gives severity levels with examples, and assigns the roles of incident lead, communications lead and note-taker to named people with deputies. Set out the steps for each phase (triage, containment, eradication, recovery, review), the escalation contacts for leadership, legal counsel, your cyber insurer and key vendors, and who decides on customer and regulator notification. Keep a copy responders can reach when your main systems are down, for example a printed or offline copy. Review and re-approve the plan every year and after any major incident.',
		evidenceTypeI: [
			'Incident response plan with version, approval date and approver',
			'Contact list of responders and deputies, with the date it was last checked',
			'Location of the offline or out-of-band copy of the plan'
		],
		evidenceTypeII: [
			'Annual review and approval record dated within the window',
			"Incident records from the window showing the plan's severity levels and roles were used"
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.5,
		key: true,
		criteria: ['CC7.4', 'CC7.3', 'CC7.5'],
		policies: ['POL-IR']
	},
	{
		id: 'INC-02',
		title: 'Triage of security events with a recorded classification and severity',
		question:
			'Is every security alert and reported event reviewed by a named person who records in a ticket, within a set time, whether it is an incident and how severe?',
		guidance:
			'Every security alert, threat-detection finding, staff report and outside report becomes a ticket in your ticketing system. The on-call responder or security owner reviews it within the target time for its severity and records whether it is a false positive, an event needing no further action, or an incident, with a severity from the incident response plan and a one-line reason. Anything classed as an incident goes to an incident lead at once. Each month, the security owner rereads the tickets closed as harmless to catch any that should have been escalated.',
		evidenceTypeI: [
			'Triage procedure in the incident response plan with decision criteria and time targets',
			'Ticket template or workflow with fields for classification, severity and reason'
		],
		evidenceTypeII: [
			'Security event tickets sampled from the window showing classification, severity, reason and review time',
			'Monthly reviews of events closed as harmless, with any reclassification'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC7.3', 'CC7.2'],
		policies: ['POL-IR'],
		activities: [
			{
				id: 'harmless-events-review',
				title: 'Reread security events closed as harmless and escalate any missed',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'INC-03',
		title: 'Incident record with timeline, containment and closure for every incident',
		question:
			'Does every declared incident have a record showing detection time, severity, containment actions, people involved, communications and closure date?',
		guidance:
			'Open an incident record as soon as an event is declared an incident, in your ticketing system or in an incident channel that is exported to it, and keep a timestamped timeline as work happens. Record the systems and data affected, the containment steps taken (for example disabling an account, revoking keys, blocking an address or isolating a host), who was informed and when, and the decision to close. The incident lead confirms the threat has been removed before closing the record. Keep an incident log listing every incident of the year with severity and dates, which gives the auditor the population to sample. Each quarter the security lead reads the log for trends, such as repeated causes, a rising number of one type or slow containment, and takes them to the management review.',
		evidenceTypeI: [
			'Incident record template with its required fields',
			'Incident log for the current year, even if it is empty'
		],
		evidenceTypeII: [
			'Incident log covering the whole window',
			'Quarterly trend reviews of the incident log with the actions decided',
			'Full records of the incidents the auditor samples, showing timeline, containment, communications and closure'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC7.4', 'CC7.3'],
		policies: ['POL-IR'],
		activities: [
			{
				id: 'incident-trend-review',
				title: 'Review the incident log for trends and take them to management review',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'INC-04',
		title: 'Preservation of logs and disk snapshots as incident evidence',
		question:
			'Does your incident procedure say how to preserve evidence (log holds, disk snapshots, copies of affected data) before systems are changed, and who may access it?',
		guidance:
			'Before rebuilding or wiping an affected system, take a snapshot of its disk, and of its memory where you can, export the relevant logs and place a hold on them so normal retention does not delete them. Store the evidence in a restricted location, record a hash of each file, and log who collected it, when, and who has opened it since. Decide in advance when outside forensic help or legal counsel is called in, and keep their contact details in the incident response plan. Doing this keeps the options of a forensic investigation, an insurance claim or legal action open.',
		evidenceTypeI: [
			'Evidence-preservation steps in the incident response plan or a runbook',
			'Restricted evidence storage location and its access list',
			'Contact details for outside forensic support and legal counsel'
		],
		evidenceTypeII: [
			'For incidents in the window that needed it, the evidence log showing what was preserved, file hashes and access records'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.75,
		key: false,
		criteria: ['CC7.4', 'CC7.3'],
		policies: ['POL-IR']
	},
	{
		id: 'INC-05',
		title: 'Notification of affected customers within contractual deadlines',
		question:
			'When a security incident affects customer data or service, are affected customers told within the deadlines in their contracts, with the notice and its timing recorded?',
		guidance:
			'Keep a register of notification duties from customer contracts and data processing agreements, for example "within 72 hours of becoming aware", and put a notice template next to it in the incident response plan. The incident lead decides with leadership whether an incident triggers notification, and the communications lead sends the notice through the agreed channel and keeps a copy. Send updates as facts emerge and a closing summary with the cause and the fixes. Notices to individuals and regulators under privacy law follow the privacy breach procedure, which runs alongside this one.',
		evidenceTypeI: [
			'Register of customer notification commitments by contract',
			'Notification decision criteria and customer notice template in the incident response plan'
		],
		evidenceTypeII: [
			'For incidents in the window affecting customers, copies of notices with send times compared with contract deadlines',
			'Decisions not to notify made in the window, each with the reason and approver'
		],
		department: 'Leadership',
		frequency: 'per_event',
		effortDays: 0.75,
		key: true,
		criteria: ['CC7.4', 'CC2.3', 'P6.6'],
		policies: ['POL-IR']
	},
	{
		id: 'INC-06',
		title: 'Recovery of affected systems to a known-good state after a security incident',
		question:
			'After a security incident, are affected systems rebuilt or restored from a trusted source, exposed credentials rotated and the fix verified before the incident is closed?',
		guidance:
			'Keep a recovery checklist in the incident response plan: rebuild compromised hosts or containers from infrastructure code and trusted images instead of cleaning them in place, restore data from a backup taken before the compromise, rotate every credential, key and token that may have been exposed, and fix the weakness that was used. Before returning to normal operation, confirm that monitoring shows no further malicious activity and that restored data is complete. The incident lead signs off recovery in the incident record. Tell affected customers when service and data are fully restored.',
		evidenceTypeI: [
			'Recovery checklist in the incident response plan',
			'Credential rotation runbook covering cloud keys, database passwords and API tokens'
		],
		evidenceTypeII: [
			"For incidents in the window, the completed recovery checklist with the incident lead's sign-off",
			'Tickets showing credentials rotated and the exploited weakness fixed for each incident'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC7.5', 'CC7.4'],
		policies: ['POL-IR']
	},
	{
		id: 'INC-07',
		title: 'Post-incident review with root cause and tracked corrective actions',
		question:
			'Is a written post-incident review completed within 10 business days of every high or critical incident, with root cause found and corrective actions tracked to completion?',
		guidance:
			'Within 10 business days of closing a high or critical incident, the incident lead runs a blameless review with those involved and writes up the timeline, the root cause, what worked, what did not, and corrective actions. Each action gets an owner and a due date in your ticketing system. Update the incident response plan, alert rules or runbooks wherever the review shows a gap. Leadership looks at open corrective actions every month until all are closed.',
		evidenceTypeI: [
			'Post-incident review template',
			'Incident response plan section requiring reviews and setting the deadline'
		],
		evidenceTypeII: [
			'Post-incident reviews for every high and critical incident in the window, with their dates',
			'Corrective-action tickets showing owners, due dates and completion',
			'Monthly leadership reviews of open corrective actions until each is closed'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC7.5', 'CC7.4'],
		policies: ['POL-IR'],
		activities: [
			{
				id: 'corrective-actions-review',
				title: 'Review open post-incident corrective actions with leadership',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'INC-08',
		title: 'Annual incident response tabletop exercise',
		question:
			'Has the incident response team rehearsed a realistic incident scenario in the last 12 months, with gaps written up and the plan updated?',
		guidance:
			'Once a year, and inside the observation window for a Type II report, run a 60 to 90 minute tabletop exercise in which the people named in the incident response plan, including a member of leadership, walk through a realistic scenario such as a leaked cloud access key, ransomware on a laptop or a breach at a key vendor. A facilitator releases new facts as the exercise runs and checks that people know their roles, can reach the contacts and can find the plan. Record the attendees, the scenario, the gaps found and the actions, and track the actions to completion. Some auditors accept a real incident handled under the plan in place of the exercise, but agree that with your auditor beforehand.',
		evidenceTypeI: [
			'Exercise scenario and list of invited participants',
			'Most recent exercise report with attendees, gaps found and actions'
		],
		evidenceTypeII: [
			'Report of a tabletop exercise held within the observation window',
			'Tickets for the actions raised, showing completion, and the updated incident response plan'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.25,
		key: true,
		criteria: ['CC7.4', 'CC7.5'],
		policies: ['POL-IR']
	}
] as const satisfies readonly Control[];
