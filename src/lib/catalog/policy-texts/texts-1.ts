/** Starting texts: Information Security, Acceptable Use, Access Control, Encryption and Key Management, Logging and Monitoring. Written here, in our own words. */
import type { PolicyTemplate } from './types';

export const TEXTS_1: readonly PolicyTemplate[] = [
	{
		policyId: 'POL-ISP',
		sections: {
			purpose:
				'This policy sets out how {{company}} runs its information security programme: who owns it, how the leadership oversees it and which policies sit beneath it. It exists so that security at {{company}} is planned, resourced and reviewed on purpose rather than left to chance.',
			scope:
				'It applies to all employees, contractors and temporary staff, to every system and service that stores or processes company or customer data, including {{dataTypes}}, and to the production environment, which runs on {{hosting}}.',
			roles: [
				'- {{policyOwner}} owns this policy and leads the security programme day to day: keeps this policy and the supporting policies current, tracks open risks and exceptions, and reports on the programme to {{oversight}}.',
				'- Oversight: {{oversight}} approves this policy, sets the appetite for risk and reviews security status at least twice a year.',
				'- Managers make sure their teams know and follow the security policies that apply to their work.',
				'- All staff follow this policy and the policies beneath it, and report suspected security incidents straight away.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a written set of security policies, each with a named owner, and every policy is reviewed at least once a year.',
				'- Every new starter reads and accepts this policy and the Acceptable Use Policy within their first week, and the acceptance is recorded.',
				'- All staff complete security awareness training when they join and at least once a year after that; completion is tracked.',
				'- {{securityLead}} reports on the security programme to {{oversight}} at least twice a year, covering incidents, risks, open findings and exceptions.',
				'- A risk assessment is carried out at least once a year and whenever there is a major change to the system or the business.',
				'- Security responsibilities are written into job descriptions or role descriptions for roles with elevated access.',
				'- Background checks are completed for new staff before they are given access to production systems or customer data, where local law allows.',
				'- Vendors that handle customer data are reviewed before they are engaged and at least once a year after that.',
				'- Security incidents are reported, handled and recorded under the Incident Response Policy, and lessons learned are tracked in {{ticketing}}.',
				'- Breaches of this policy may lead to disciplinary action, up to and including termination of employment or contract.'
			].join('\n'),
			exceptions:
				'Any exception to this policy or the policies beneath it is requested in writing with the reason, the risk and any compensating measure, and is approved by {{policyOwner}}; an exception to this policy itself is also reported to {{oversight}}. Approved exceptions are recorded in a register, carry an expiry date of no more than twelve months and are reviewed before they are renewed.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any significant change to the business or the system, and {{oversight}} approves each new version. Changes are communicated to all staff, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-AUP',
		sections: {
			purpose:
				'This policy tells everyone who works for {{company}} what they may and may not do with company devices, accounts, data and networks. It protects customers and colleagues by setting clear, shared rules, and gives {{company}} a fair basis to act when they are broken.',
			scope:
				'It applies to all employees, contractors and temporary staff, to every company-issued device and account, and to any personal device used to reach company email, chat or systems.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps it current and answers questions about what is allowed.',
				'- {{securityLead}} sets the technical controls that back the policy and looks into suspected misuse.',
				'- Managers make sure their team members accept the policy when they join and raise concerns about misuse.',
				'- All staff read and accept this policy before getting access, and follow it at all times when working for {{company}}.'
			].join('\n'),
			requirements: [
				'- Everyone accepts this policy before they are given access to company systems, and again each year; acceptance is recorded.',
				'- Company devices are enrolled in {{deviceManagement}}, with disk encryption, a screen lock of no more than 10 minutes and automatic operating system updates turned on.',
				'- Staff sign in through {{identityProvider}} with multi-factor authentication, never share passwords or accounts, and keep passwords in the company password manager.',
				'- Customer data, including {{dataTypes}}, is only used for the work it was collected for, and is never copied to personal accounts, personal devices or unapproved tools.',
				'- Only software and services approved by {{securityLead}} may be used to store or process company or customer data, including AI tools.',
				'- Staff lock their screen whenever they step away from their device and do not leave devices unattended in public places.',
				'- When working remotely, staff avoid untrusted networks or use the company VPN, and keep screens out of view of others.',
				'- Personal devices may only be used to reach company email and chat if they have a screen lock, current updates and, where required, are enrolled in {{deviceManagement}}.',
				'- Lost or stolen devices, suspicious emails and suspected security incidents are reported to {{securityLead}} within 1 hour of being noticed.',
				'- Company systems must not be used for illegal activity, harassment, or sending or storing offensive material.',
				'- Staff return all company devices and stop using company accounts on their last working day.',
				'- {{company}} may monitor the use of company devices and accounts, within the limits of local law, to protect its systems and data.'
			].join('\n'),
			exceptions:
				'Staff who need to do something this policy does not allow ask {{securityLead}} in writing, explaining why and for how long. Approved exceptions are recorded, last no more than six months and are reviewed before they are extended.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}}, and {{oversight}} approves each new version. Changes are communicated to all staff, who accept the new version, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-ACCESS',
		sections: {
			purpose:
				'This policy sets how {{company}} requests, approves, grants, reviews and removes access to its systems and data. It makes sure people hold only the access their role needs, that sign-in is strong, and that access ends promptly when it is no longer needed.',
			scope:
				'It applies to every account, human or service, on company systems, including production systems running on {{hosting}}, {{cloudProviders}}, source code, business applications and any system holding {{dataTypes}}.',
			roles: [
				'- {{policyOwner}} owns this policy and makes sure access reviews happen on time.',
				'- {{securityLead}} runs {{identityProvider}}, approves privileged access and follows up findings from access reviews.',
				'- Managers request and approve access for their team members, confirm it during reviews and tell the people team about departures and role changes.',
				'- System owners grant access only on an approved request and carry out reviews for their systems.',
				'- All staff use only the access they were given and report access they should not have.'
			].join('\n'),
			requirements: [
				'- Access is granted on least privilege: each person gets only the access their role needs, based on defined roles where possible.',
				'- Every new access or change in access is requested and approved by the person’s manager or the system owner in {{ticketing}} before it is granted.',
				'- Staff sign in through {{identityProvider}} wherever a system supports single sign-on, and multi-factor authentication is required on every system that holds company or customer data.',
				'- Each person has their own named account; shared accounts are not allowed except for documented service accounts with a named owner.',
				'- Privileged access to production, {{cloudProviders}} and {{identityProvider}} is limited to named staff approved by {{securityLead}}, uses separate admin accounts or roles where possible, and is kept to the smallest number of people.',
				'- Passwords are at least 12 characters long, unique to each system and kept in the company password manager.',
				'- When someone leaves, all their access is removed within 24 hours of their last working day, or immediately for a dismissal.',
				'- When someone changes role, access no longer needed is removed within 5 working days.',
				'- Access to production systems and systems holding {{dataTypes}} is reviewed quarterly, and all other system access at least every six months; reviewers confirm or remove each account and the review is recorded.',
				'- Access review findings are fixed within 10 working days and tracked in {{ticketing}}.',
				'- Service accounts and API keys have a named owner, the narrowest permissions possible and are reviewed with the quarterly review.',
				'- Accounts unused for 90 days are disabled.'
			].join('\n'),
			exceptions:
				'Any exception, such as a system that cannot support multi-factor authentication, is requested in writing to {{securityLead}} with the reason and a compensating measure. Approved exceptions are recorded, last no more than twelve months and are checked at each access review.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any major change to systems or the identity set-up, and {{oversight}} approves each new version. Changes are communicated to staff, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-CRYPTO',
		sections: {
			purpose:
				'This policy states where {{company}} must use encryption, the minimum strength it must have, and how encryption keys are created, stored, rotated and retired. It keeps company and customer data unreadable to anyone who should not see it, whether stored or moving between systems.',
			scope:
				'It applies to all systems, databases, backups, devices and networks that store or carry company or customer data, including {{dataTypes}}, whether running on {{hosting}} or held with {{cloudProviders}}, and to every key, certificate and secret that protects them.',
			roles: [
				'- {{policyOwner}} owns this policy and keeps the encryption standards current.',
				'- {{securityLead}} approves key management set-ups, checks encryption settings at least once a year and leads the response to a suspected key compromise.',
				'- Engineering leads make sure new systems and services meet this policy before they go live.',
				'- All staff who handle keys or secrets keep them out of code, chat and documents and report any exposure at once.'
			].join('\n'),
			requirements: [
				'- Customer and company data is encrypted at rest with AES-256 or an equivalent, including databases, file storage, backups and snapshots at {{cloudProviders}}.',
				'- Data in transit over public networks uses TLS 1.2 or higher; older protocols and weak cipher suites are turned off.',
				'- Internal traffic between services carrying {{dataTypes}} is also encrypted wherever the platform supports it.',
				'- Laptops and other company devices use full-disk encryption, enforced and reported through {{deviceManagement}}.',
				'- Passwords are stored only as salted hashes using a slow algorithm designed for passwords, such as bcrypt, scrypt or Argon2.',
				'- Encryption keys are created and kept in a managed key service or vault from {{cloudProviders}}, never in source code or configuration files.',
				'- Access to keys is limited to the services and named people that need it, and key use is logged.',
				'- Keys are rotated at least once a year, and at once if a compromise is suspected; old keys are retired in a controlled way.',
				'- Secrets such as API keys and passwords for services are kept in a secrets manager and rotated at least once a year and whenever someone with access leaves.',
				'- TLS certificates come from a trusted authority, are tracked with their expiry dates and are renewed automatically or at least 14 days before they expire.',
				'- Secrets found in code, logs or chat are treated as exposed: they are rotated within 24 hours and the event is recorded in {{ticketing}}.',
				'- Only well-known, current cryptographic libraries are used; in-house algorithms are not allowed.'
			].join('\n'),
			exceptions:
				'Where a system cannot meet this policy, the system owner asks {{securityLead}} in writing, giving the reason, the data affected and a compensating measure. Approved exceptions are recorded, last no more than twelve months and are reviewed before renewal.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and whenever a standard or algorithm it relies on is weakened, and {{oversight}} approves each new version. Changes are communicated to engineering staff, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-LOGGING',
		sections: {
			purpose:
				'This policy sets which events {{company}} logs, where logs are collected, how long they are kept and how they are protected. It also sets which events raise alerts and who responds, so that attacks and faults are noticed quickly and can be investigated afterwards.',
			scope:
				'It applies to production systems running on {{hosting}}, the {{cloudProviders}} accounts, {{identityProvider}}, source code hosting and any business system that holds {{dataTypes}}.',
			roles: [
				'- {{policyOwner}} owns this policy and makes sure logging and alerting cover the systems in scope.',
				'- {{securityLead}} decides which events raise alerts, reviews alert handling and checks log coverage at least twice a year.',
				'- Engineering teams make sure the systems they build send the required logs and keep alerts working.',
				'- The on-call engineer acknowledges and handles alerts within the set response times.'
			].join('\n'),
			requirements: [
				'- Systems in scope log sign-ins and failed sign-ins, changes to accounts and permissions, administrative actions, changes to production configuration, and access to {{dataTypes}} where the system supports it.',
				'- Audit logging is turned on in every {{cloudProviders}} account and in {{identityProvider}}, and cannot be turned off by ordinary users.',
				'- Logs are sent to a central logging service within 15 minutes of the event.',
				'- Each log entry records at least the time, the account or service, the action, the source and the result.',
				'- All systems keep time in sync with a trusted time source so that logs can be compared.',
				'- Logs are kept for at least 12 months, with at least the last 90 days quickly searchable.',
				'- Logs are protected from change and deletion: write access is limited to the logging service and deletion needs approval from {{securityLead}}.',
				'- Passwords, secrets and full payment card numbers are never written to logs, and other personal data is kept to what is needed.',
				'- Alerts are set for at least: repeated failed sign-ins, new admin accounts or privilege grants, audit logging being turned off, and unusual access to {{dataTypes}}.',
				'- High-severity alerts are acknowledged within 1 hour, at any time of day; others are triaged within 1 working day.',
				'- Alerts that point to a security incident are handled under the Incident Response Policy and recorded in {{ticketing}}.',
				'- {{securityLead}} reviews alert rules and log coverage at least twice a year and after any major change to the system.'
			].join('\n'),
			exceptions:
				'Where a system cannot produce or send the required logs, the system owner asks {{securityLead}} in writing, naming the gap and a compensating measure. Approved exceptions are recorded, last no more than twelve months and are reviewed at the next coverage check.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any significant change to the system or its monitoring, and {{oversight}} approves each new version. Changes are communicated to engineering and on-call staff, and earlier versions are kept for audit.'
		}
	}
];
