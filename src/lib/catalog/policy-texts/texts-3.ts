/** Starting texts: Incident Response, Business Continuity and Disaster Recovery, Backup. Written here, in our own words. */
import type { PolicyTemplate } from './types';

export const TEXTS_3: readonly PolicyTemplate[] = [
	{
		policyId: 'POL-IR',
		sections: {
			purpose:
				'This policy sets out how {{company}} recognises, reports, handles and learns from security and privacy incidents. It defines what an incident is, how serious incidents are told apart from minor ones, who leads the response and who decides whether customers, regulators or affected people are told, so that every incident is handled the same way and leaves a complete record.',
			scope:
				'It applies to all employees, contractors and temporary staff, and to any event that threatens the confidentiality, integrity or availability of company systems or data, including {{dataTypes}}. This covers events in production running on {{hosting}}, in the {{cloudProviders}} accounts, on staff devices and at vendors that handle data for {{company}}.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps the response plan and its contact list current and makes sure the yearly exercise takes place.',
				'- {{securityLead}} is the incident lead by default: sets the severity, coordinates the response, keeps the record and names a deputy when unavailable.',
				'- The chief executive decides, on the incident lead’s recommendation and with legal advice, whether and how customers, regulators and affected people are notified.',
				'- The incident lead tells {{oversight}} of every critical or high-severity incident within 24 hours of it being confirmed, and {{policyOwner}} gives {{oversight}} a summary of all incidents at least twice a year.',
				'- Engineers and the on-call engineer contain and fix incidents under the direction of the incident lead and preserve evidence while doing so.',
				'- All staff report suspected incidents straight away and help the response team when asked.'
			].join('\n'),
			requirements: [
				'- An incident is any confirmed or suspected event in which company or customer data or systems are accessed, changed, lost or made unavailable without authorisation, including lost or stolen devices, leaked passwords or keys, malware and a breach at a vendor that affects {{company}}.',
				'- Staff report a suspected incident within 1 hour of noticing it, through the incident channel or directly to {{securityLead}}; nobody is blamed for a report made in good faith.',
				'- Every report is logged in {{ticketing}} within 1 working day, or at once for critical and high severity, with the time reported, the reporter, the systems and data affected, the severity and the actions taken.',
				'- Severity is set when the incident is logged and revisited as facts emerge: critical for confirmed exposure or loss of customer data or a full outage of the service; high for likely exposure or a major loss of service; medium for a contained event with no customer data affected; low for suspicious activity or a policy breach with no impact.',
				'- For critical and high incidents, an incident lead is named and the response begins within 1 hour at any time of day; medium incidents are picked up within 1 working day and low incidents within 5 working days.',
				'- The first aim is containment: exposed credentials are revoked or rotated, affected accounts or systems are isolated and unauthorised access is blocked.',
				'- Evidence such as logs, disk snapshots and screenshots is preserved before affected systems are wiped or rebuilt, and a timeline of decisions and actions is kept in the incident record as the response goes on.',
				'- Where customer data, including {{dataTypes}}, may have been affected, legal advice is sought within 24 hours and the decision to notify or not, with its reasons, is recorded.',
				'- Affected customers are notified without undue delay and within any time set in their contracts; regulators and affected people are notified within the time set by law, such as 72 hours for a personal data breach reportable under the GDPR.',
				'- Only people named by the incident lead speak to customers, the press or authorities about an incident.',
				'- An incident is closed only when the cause is understood, the fix is in place and the incident lead has recorded the closure.',
				'- Critical and high incidents have a written post-incident review within 10 working days, covering cause, impact, what worked and what did not; follow-up actions get an owner and a due date in {{ticketing}}.',
				'- The response plan and contact list, including legal counsel, the insurer and support contacts at {{cloudProviders}}, are kept where they can be reached even if company systems are down.',
				'- The response plan is tested at least once a year with a tabletop exercise or a simulated incident; the scenario, participants, findings and improvements are recorded.'
			].join('\n'),
			exceptions:
				'There is no exception to the duty to report a suspected incident. Other departures from this policy during an incident, such as a longer timeframe for a low-severity event, are decided by the incident lead and written into the incident record with the reason. A standing exception to the procedure is requested in writing to {{securityLead}}, approved by {{policyOwner}}, recorded in the exceptions register and lasts no more than twelve months.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}}, after each yearly exercise and after any critical incident, and {{oversight}} approves each new version. Changes are communicated to all staff, the updated plan is shared with everyone on the response team, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-BCDR',
		sections: {
			purpose:
				'This policy sets how {{company}} keeps serving its customers through a major disruption and restores its service afterwards. It names the critical systems, sets how quickly each must be back and how much data it may lose, and requires the recovery plan to be tested, so that the company knows, rather than hopes, that it can recover.',
			scope:
				'It applies to the production service running on {{hosting}}, the {{cloudProviders}} accounts it depends on, the business systems needed to run the company, such as {{identityProvider}}, email and {{ticketing}}, and the people and vendors those systems rely on. It covers events such as a major outage, the loss of a data centre or cloud region, the failure of a key vendor, an attack that disables systems and the sudden absence of key people.',
			roles: [
				'- {{policyOwner}} owns this policy and the recovery plan, keeps them current and makes sure the yearly test takes place.',
				'- The chief executive, or {{policyOwner}} in their absence, declares a disaster, leads the recovery and decides when normal operations resume.',
				'- {{securityLead}} makes sure security controls stay in place during recovery and takes part in each test.',
				'- Engineering leads build and maintain the failover and restore procedures for the systems they own and make sure those systems can meet their recovery objectives.',
				'- The recovery objectives are approved by {{oversight}}, which also receives the results of each yearly test.',
				'- All staff know where to find the plan and how to reach their colleagues if normal tools are unavailable.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a list of its critical systems and business processes, each with a named owner, based on a business impact analysis that is reviewed at least once a year.',
				'- Each critical system has a recovery time objective and a recovery point objective; unless the list sets stricter ones, the production service must be restored within 24 hours and lose no more than 24 hours of data.',
				'- Recovery objectives are always at least as strict as any availability or recovery commitment made to customers in contracts or service level agreements.',
				'- A written recovery plan sets out how a disaster is declared, who is called, the order in which systems are restored, the restore steps for each critical system and prepared messages for customers and staff.',
				'- The plan is kept in at least one place outside the production environment and outside the main company workspace, so that it can be reached during an outage.',
				'- Production is built so that the failure of a single server or availability zone does not stop the service, and its infrastructure is defined as code so that it can be rebuilt in another region or location.',
				'- Backups are taken under the Backup Policy, with at least one copy held in a separate region and account so that the loss of a region or a compromised account does not destroy them.',
				'- Key vendors, including {{identityProvider}} as well as {{cloudProviders}}, are listed with the effect of their failure and a workaround or alternative, and their availability commitments are checked at least once a year.',
				'- At least two people are trained and able to carry out each critical recovery step, and administrator access to {{identityProvider}}, as well as to {{cloudProviders}}, is held by at least two named people, with an emergency access account whose use is logged and reviewed.',
				'- During a declared disaster, customers are told through the status page or email within 1 hour and updated at least every 4 hours until service is restored.',
				'- Security controls such as access control, logging and encryption stay in force during recovery; any temporary change is approved by {{securityLead}}, recorded and reversed once normal service returns.',
				'- The plan is tested at least once a year by restoring or failing over the production service and by a tabletop exercise covering the loss of a key vendor or key person; the record shows the date, participants, scenario, actual recovery time and data loss against the objectives, and any issues found.',
				'- Gaps found in a test or a real event are tracked in {{ticketing}} with an owner and a due date, and the plan is updated within 30 days.',
				'- After any real disaster declaration, a written review is completed within 10 working days and shared with {{oversight}}.'
			].join('\n'),
			exceptions:
				'A critical system that cannot yet meet its recovery objectives, or a test that must be postponed, is raised with {{policyOwner}} in writing with the reason, the risk and a plan to close the gap. {{policyOwner}} approves or refuses the request, and any exception affecting the production service is reported to {{oversight}}. Approved exceptions are recorded in the exceptions register and last no more than six months; the yearly test may be postponed by no more than three months.',
			review:
				'{{policyOwner}} reviews this policy and the recovery plan {{reviewCadence}}, after each yearly test and after any real disaster or major change to the system, its vendors or the team, and {{oversight}} approves each new version. Changes are communicated to everyone with a role in the plan and summarised for all staff, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-BACKUP',
		sections: {
			purpose:
				'This policy sets which systems and data {{company}} backs up, how often, how long copies are kept and how they are protected. It also requires regular restore tests, so that the company can show that its backups work and that lost or damaged data can be brought back within the objectives of the Business Continuity and Disaster Recovery Policy.',
			scope:
				'It applies to production databases, file and object storage and configuration running on {{hosting}}, including all customer data such as {{dataTypes}}, to source code and infrastructure code, and to business systems whose loss would stop the company working. It covers backups made by {{company}} itself and those provided by {{cloudProviders}} or by other vendors.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps the list of backed-up systems current and makes sure restore tests happen on schedule.',
				'- {{securityLead}} approves who may reach or delete backups and checks backup encryption and access at least once a year.',
				'- Engineering teams set up and monitor backups for the systems they own, fix failed backups and carry out restore tests.',
				'- The on-call engineer responds to backup failure alerts within the set times.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a list of every system and data store that is backed up, with its owner, backup frequency, retention and backup location; a new system holding customer data is added to the list before it goes live.',
				'- Production databases are backed up automatically at least once a day, with point-in-time recovery turned on where the service supports it, covering at least the last 7 days.',
				'- File and object storage holding customer data has versioning or a daily backup, and source code and infrastructure code are copied outside the main code hosting service at least once a week.',
				'- Daily backups are kept for at least 35 days and monthly backups for 12 months, or longer where a contract or law requires; expired backups are deleted automatically.',
				'- Data deleted from production at a customer’s request remains only in backups until they expire, and is not restored to production except to recover from an incident.',
				'- Backups are encrypted at rest with AES-256 or an equivalent and in transit with TLS, with keys managed under the Encryption and Key Management Policy.',
				'- At least one copy of each production backup is kept in a separate region and in a separate account or project with its own access, and is protected against deletion or change where the platform supports it.',
				'- Access to backups is limited to named engineers approved by {{securityLead}}; deleting backups or shortening retention needs a second person’s approval and is logged.',
				'- Backup jobs are monitored, and a failed backup raises an alert to the on-call engineer, is looked into within 1 working day and is recorded in {{ticketing}}; no system on the list may go more than 48 hours without a successful backup.',
				'- Production databases are restored from a real backup into a separate environment at least quarterly, and every other system on the list at least once a year; each test checks that the data is complete and readable.',
				'- Each restore test is recorded with the date, the system, the backup used, the person who ran it, the time taken and the result, and the record is kept for audit.',
				'- A failed restore test is treated as high priority, fixed within 30 days and tested again.',
				'- Restored copies of customer data used for tests are protected like production and deleted within 7 days after the test.',
				'- Backup settings, including frequency, retention, encryption and location, are checked against this policy at least once a year, and a copy of the settings is kept as evidence.'
			].join('\n'),
			exceptions:
				'A system that cannot be backed up as this policy requires, or a data set left out of backups on purpose, is raised by its owner with {{securityLead}} in writing, naming the data, the risk and any other way it could be recovered. {{securityLead}} approves or refuses the request, and approved exceptions are recorded in the exceptions register, last no more than twelve months and are reviewed at the next yearly settings check.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any significant change to the system, its data stores or the backup tooling, and {{oversight}} approves each new version. Changes are communicated to engineering staff, and earlier versions are kept for audit.'
		}
	}
];
