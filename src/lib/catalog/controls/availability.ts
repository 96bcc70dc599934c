import type { Control } from '../types';

export const CONTROLS_AVAILABILITY = [
	{
		id: 'AVL-01',
		title: 'Capacity and performance monitoring with threshold alerts',
		question:
			'Are CPU, memory, storage, database and queue capacity in production monitored, with alerts sent to on-call before written thresholds are reached?',
		guidance:
			'Build a dashboard in your monitoring tool for the components that limit capacity: compute use, memory, disk and database storage, database connections, queue depth and request latency. Set alerts at thresholds that leave time to act, for example 80% of storage used or CPU above 75% for 15 minutes, and route them to the on-call responder. Use autoscaling for stateless services with a maximum set above your expected peak, and include cloud-provider service quotas in the checks. Write the thresholds down so the auditor can compare them with the alert configuration.',
		evidenceTypeI: [
			'Monitoring dashboard showing the capacity metrics for production',
			'Alert rules with thresholds and routing, matching the written thresholds',
			'Autoscaling settings with minimum and maximum limits'
		],
		evidenceTypeII: [
			'Capacity alerts raised in the window with their tickets and the action taken',
			'Alert configuration captured at two or more dates in the window showing it stayed in place'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1.5,
		key: true,
		criteria: ['A1.1'],
		policies: ['POL-LOGGING']
	},
	{
		id: 'AVL-02',
		title: 'Quarterly capacity review and growth forecast',
		question:
			'Does an engineering lead review capacity use, growth trends and cloud quotas every quarter and record decisions on scaling or spending?',
		guidance:
			'Each quarter, an engineering lead looks at three to six months of usage trends for compute, storage, database and third-party rate limits, compares them with expected customer growth and planned launches, and notes where capacity will run short. Record the decisions in a short note or ticket: resize, raise a quota, re-architect or accept the risk. Bring large customer onboardings and marketing events into the review ahead of time. Keep the notes in one place so that four quarters can be shown together.',
		evidenceTypeI: [
			'The most recent capacity review note with trends, forecast and decisions',
			'Named owner for the quarterly review'
		],
		evidenceTypeII: [
			'Capacity review notes for each quarter in the window',
			'Tickets for the scaling actions decided in those reviews, showing completion'
		],
		department: 'Engineering',
		frequency: 'quarterly',
		effortDays: 0.75,
		key: false,
		criteria: ['A1.1'],
		policies: ['POL-BCDR']
	},
	{
		id: 'AVL-03',
		title: 'External uptime checks and a public status page',
		question:
			'Do checks from outside your network test the service every few minutes and page on-call when it fails, and are outages posted on a status page customers can follow?',
		guidance:
			'Set up synthetic checks from at least two outside locations, every one to five minutes, that load the sign-in page and call a health endpoint that touches the database, and page the on-call responder when they fail. Host the status page on infrastructure separate from your own so it stays up when you are down. Post an update within 30 minutes of confirming a customer-facing outage, update it at least hourly, and close it with a short summary. The status page history then doubles as your record of outages.',
		evidenceTypeI: [
			'Uptime check configuration showing endpoints, locations, frequency and alert routing',
			'Public status page address and the procedure for posting updates'
		],
		evidenceTypeII: [
			'Outage alerts in the window matched with status page posts and their timestamps',
			'Status page incident history for the window'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['A1.1'],
		policies: ['POL-BCDR']
	},
	{
		id: 'AVL-04',
		title: 'Monthly uptime report against the uptime commitment',
		question:
			'Do you calculate uptime every month using the definition in your customer commitments, and review each miss and any service credits owed?',
		guidance:
			'Each month, calculate uptime from your uptime checks using the exact definition in your contracts or public terms, including how scheduled maintenance is counted. Compare it with the committed level, for example 99.9%, and list each outage with its duration and cause. When the commitment is missed, record which customers are owed service credits and confirm the credits were issued. Share the figure with leadership so that repeated misses lead to decisions on investment.',
		evidenceTypeI: [
			'Uptime definition and committed level from the contract or public terms',
			'The most recent monthly uptime report'
		],
		evidenceTypeII: [
			'Monthly uptime reports for each month in the window',
			'For months with a missed commitment, the list of service credits owed and proof they were issued'
		],
		department: 'Operations',
		frequency: 'monthly',
		effortDays: 0.75,
		key: false,
		criteria: ['A1.1'],
		policies: ['POL-BCDR'],
		appliesWhen: { not: { question: 'availability_commitments', equals: 'none' } },
		naRationale:
			'The company makes no uptime commitment to customers, in contracts or publicly, so there is no target to report against.'
	},
	{
		id: 'AVL-05',
		title: 'Production spread across availability zones with automatic failover',
		question:
			'Do production application servers and databases run in at least two availability zones or separate facilities, with automatic failover for the database?',
		guidance:
			'Run stateless services behind a load balancer with instances in at least two availability zones, and use a managed database with a standby replica in another zone and automatic failover. Keep files in storage that is replicated across zones. Look for remaining single points of failure, such as one network gateway, one cache node or one background worker, and either remove them or record why you accept them. Show the design in an architecture diagram so the auditor can match it with the configuration.',
		evidenceTypeI: [
			'Architecture diagram showing zones, load balancers and database replicas',
			'Configuration export showing multi-zone settings for the database and compute groups',
			'List of accepted single points of failure with reasons'
		],
		evidenceTypeII: [
			'Configuration captured at two or more dates in the window showing multi-zone settings still in place',
			'Failover events during the window, if any, with their outcome'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 6,
		key: false,
		criteria: ['A1.2'],
		policies: ['POL-BCDR'],
		naRationale:
			'The recovery time promised to customers allows rebuilding in another zone from backups, so production runs in one zone; this is an accepted risk and is covered by the disaster recovery test.'
	},
	{
		id: 'AVL-06',
		title: 'Disaster recovery plan with recovery time and recovery point objectives',
		question:
			'Is there a written disaster recovery plan, reviewed in the last 12 months, that states recovery time and data-loss objectives (RTO and RPO) per system and who restores what?',
		guidance:
			'Write a disaster recovery plan covering the loss of a zone, a region, your cloud account, a critical vendor and key staff. For each critical system, state the recovery time objective and recovery point objective, at least as strict as anything promised to customers, and give step-by-step restore procedures that an engineer who did not build the system could follow. Name the person who declares a disaster and the people who carry out recovery, each with a deputy. Review the plan every year and after major architecture changes, and keep a copy outside your main cloud account.',
		evidenceTypeI: [
			'Disaster recovery plan with version, approval date, and RTO and RPO per system',
			'Restore runbooks referenced by the plan',
			'Named disaster decision-maker and recovery team, with deputies'
		],
		evidenceTypeII: [
			'Annual review and approval of the plan dated within the window',
			'Plan updates made after architecture changes in the window'
		],
		department: 'Engineering',
		frequency: 'annually',
		effortDays: 2.5,
		key: true,
		criteria: ['A1.2', 'A1.3', 'CC9.1', 'CC7.5'],
		policies: ['POL-BCDR']
	},
	{
		id: 'AVL-07',
		title: 'Annual disaster recovery test against recovery time and data-loss objectives',
		question:
			'In the last 12 months, have you rebuilt the production service in a separate region or account by following the plan, and compared the time taken and data lost with your objectives?',
		guidance:
			'Once a year, and inside the observation window for a Type II report, follow the disaster recovery plan to rebuild the service in a separate region or account from infrastructure code and backups, as if the primary environment were gone. Time each step, check the age of the restored data against the recovery point objective, and have someone confirm the application works end to end. Write up the results, the gaps found and the plan changes, and track the actions in your ticketing system. If a full rebuild is not yet possible, test the most critical system fully and the rest by walkthrough, and say so in the report.',
		evidenceTypeI: [
			'Test plan with the scenario, scope and success criteria',
			'Most recent test report with measured recovery time and data loss'
		],
		evidenceTypeII: [
			'Report of a disaster recovery test performed within the observation window',
			'Tickets for the gaps found, showing completion, and the plan updated afterwards'
		],
		department: 'Engineering',
		frequency: 'annually',
		effortDays: 2.5,
		key: true,
		criteria: ['A1.3', 'A1.2', 'CC9.1', 'CC7.5'],
		policies: ['POL-BCDR']
	},
	{
		id: 'AVL-08',
		title: 'Fire, power, climate and water protection for your own server room',
		question:
			'Does the room holding your servers or network equipment have fire detection and suppression, a UPS, climate control and water detection, with alarms and yearly servicing?',
		guidance:
			'Fit the room with smoke detection and a suppression system suited to electronics, an uninterruptible power supply sized for a clean shutdown or switchover to a generator, cooling with temperature and humidity monitoring, and water sensors near pipes or under raised floors. Send environmental alarms to the on-call responder, not only to a local panel. Have the equipment serviced at least once a year by a qualified contractor, including a UPS test under load, and keep the reports.',
		evidenceTypeI: [
			'Photos or inspection record of fire suppression, UPS, cooling and water sensors in the room',
			'Alarm configuration showing environmental alerts routed to on-call'
		],
		evidenceTypeII: [
			'Servicing reports for suppression, UPS and cooling dated within the window',
			'Environmental alarms raised in the window with their follow-up'
		],
		department: 'Operations',
		frequency: 'annually',
		effortDays: 2,
		key: false,
		criteria: ['A1.2'],
		policies: ['POL-PHYSICAL'],
		appliesWhen: {
			any: [
				{ question: 'server_room', equals: true },
				{ question: 'hosting', equals: 'on_premises' }
			]
		},
		naRationale:
			"The company keeps no servers or network equipment in a room it controls; fire, power and climate protection is provided by the hosting provider's data centres and covered by its SOC 2 report."
	},
	{
		id: 'BCK-01',
		title: 'Automated daily backups of all production data stores',
		question:
			'Are all production databases and file stores backed up automatically at least daily, with retention and point-in-time recovery that meet your recovery point objective?',
		guidance:
			'List every production data store in the backup policy, including databases, file storage and any configuration that cannot be rebuilt from code, and turn on automated backups for each. Add point-in-time recovery for databases where your recovery point objective is shorter than a day. Keep daily backups for at least 30 days, and longer copies where your retention schedule requires them. Compare the list with the asset inventory every quarter so that new data stores are not left out.',
		evidenceTypeI: [
			'Backup policy listing each data store with its backup frequency and retention',
			'Backup configuration export or screenshots for each data store'
		],
		evidenceTypeII: [
			'Backup job history for days the auditor samples across the window, showing successful completion',
			'Quarterly comparisons of backup coverage with the asset inventory'
		],
		department: 'Engineering',
		frequency: 'daily',
		effortDays: 1,
		key: true,
		criteria: ['A1.2', 'CC7.5', 'CC9.1'],
		policies: ['POL-BACKUP']
	},
	{
		id: 'BCK-02',
		title: 'Backup copies in a separate account and region, locked against early deletion',
		question:
			'Are backups copied to a separate account or project in another region, and locked so that ordinary production administrators cannot delete them before they expire?',
		guidance:
			'Copy backups automatically to a second region and to a separate backup account or project, keeping them encrypted as the encryption-at-rest control requires. In the backup account, turn on write-once or retention locks so backups cannot be deleted or shortened before they expire, and limit its administration to one or two named people who do not use it day to day. This protects you against a regional outage and against an intruder or a mistake that wipes the main production account. Alert when a copy job fails or a retention lock is changed.',
		evidenceTypeI: [
			'Cross-region and cross-account copy configuration',
			'Retention lock settings and the list of administrators of the backup account'
		],
		evidenceTypeII: [
			'Copy job history for days the auditor samples across the window',
			'Access list of the backup account captured at two or more dates in the window',
			'Alerts for failed copies or lock changes in the window with their follow-up'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2,
		key: false,
		criteria: ['A1.2'],
		policies: ['POL-BACKUP']
	},
	{
		id: 'BCK-03',
		title: 'Backup failure alerts resolved within one business day',
		question:
			'Does a failed or missed backup alert a named engineer, and is each failure fixed and a good backup confirmed within one business day?',
		guidance:
			'Configure your backup service or monitoring tool to alert the on-call engineer when a backup job fails, is skipped or produces a backup far smaller than usual. The engineer opens a ticket, fixes the cause and confirms a successful backup within one business day. Check backup job status once a week for failures that raised no alert. Repeated failures of the same job go on the agenda of the quarterly capacity review.',
		evidenceTypeI: [
			'Alert rule for failed, skipped or undersized backups and its routing',
			'Procedure or ticket template for handling backup failures'
		],
		evidenceTypeII: [
			'Every backup failure alert in the window, each with a ticket showing the fix and the next good backup',
			'Weekly backup status checks, for example dated checklist entries'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['A1.2'],
		policies: ['POL-BACKUP'],
		activities: [
			{
				id: 'backup-status-check',
				title: 'Check backup job status for failures that raised no alert',
				frequency: 'weekly'
			}
		]
	},
	{
		id: 'BCK-04',
		title: 'Quarterly restore test from production backups',
		question:
			'Every quarter, do you restore a production backup into a separate environment, check the data is complete and usable, and record how long it took?',
		guidance:
			'Each quarter, restore the latest backup of each critical database, and a sample of stored files, into an isolated environment. Check row counts or checksums against the source, run a few application queries to confirm the data is usable, and record the time taken against your recovery time objective. If there are many data stores, rotate through them so each is restored at least once a year. Record the date, who ran the test, what was restored and any problems, and fix a failed restore before the next quarter.',
		evidenceTypeI: [
			'Restore test procedure',
			'Most recent restore test record with timings and data checks'
		],
		evidenceTypeII: [
			'Restore test records for each quarter in the window, with the name of the person who ran each',
			'Tickets for failed or slow restores showing the fix'
		],
		department: 'Engineering',
		frequency: 'quarterly',
		effortDays: 1,
		key: true,
		criteria: ['A1.3', 'A1.2', 'CC7.5', 'CC9.1'],
		policies: ['POL-BACKUP']
	}
] as const satisfies readonly Control[];
