import type { Control } from '../types';

/** Logical and physical access: identity, physical security, encryption, endpoints, network, assets. */
export const CONTROLS_ACCESS = [
	{
		id: 'IAM-01',
		title: 'Single sign-on through a central identity provider',
		question:
			'Do staff sign in to every company system that supports it through your identity provider, rather than with a separate username and password for each?',
		guidance:
			'Make one identity provider the record of who works at the company, and connect every system that supports single sign-on to it: email, chat, source-code host, cloud console, ticketing system and production admin tools. Keep a list of in-scope systems that marks which use single sign-on and, for those that cannot, how their accounts are created and removed instead. Turn off local password login on connected systems where the setting exists, so that disabling one identity-provider account cuts off everything. Update the list whenever a new tool is adopted.',
		evidenceTypeI: [
			'Identity provider application list showing each connected system',
			'System list marking single sign-on status and the account process for systems without it',
			'Screenshot of a connected system with local password login disabled'
		],
		evidenceTypeII: [
			'Versions of the system list across the window showing new tools added with their sign-in method',
			'Identity provider sign-in logs for a sample of in-scope systems'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 3,
		key: false,
		criteria: ['CC6.1', 'CC6.2'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'IAM-02',
		title: 'Multi-factor authentication enforced for all staff accounts',
		question:
			'Is multi-factor authentication enforced, not just offered, for every staff account in your identity provider, cloud console and source-code host?',
		guidance:
			'Require multi-factor authentication in the identity provider for all users with no standing exceptions, and require it separately in any system people can still reach without single sign-on, above all the cloud root or owner account. Give administrators phishing-resistant factors (hardware security keys or passkeys); authenticator-app codes are acceptable for everyone else, and text-message codes should be switched off where the setting exists. Each month, run the report of accounts without a registered factor and fix every one within a week.',
		evidenceTypeI: [
			'Identity provider policy showing multi-factor authentication required for all users',
			'Cloud console and source-code host settings requiring multi-factor authentication for every member',
			'Factor enrolment report showing no active user without a second factor'
		],
		evidenceTypeII: [
			'Monthly enrolment reports across the window, with follow-up for any account lacking a factor',
			'Sample of sign-in log entries from the window showing a second factor was challenged'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 0.75,
		key: true,
		criteria: ['CC6.1', 'CC6.6'],
		policies: ['POL-ACCESS'],
		activities: [
			{
				id: 'mfa-enrolment-report',
				title: 'Report accounts without a second factor and fix each within a week',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'IAM-03',
		title: 'Unique named accounts with no shared logins',
		question:
			'Does every person have their own named account on each in-scope system, with any unavoidable shared login held in your password manager under a named owner?',
		guidance:
			'Give each person an individual account, so every entry in an audit log points to one human. Where a system allows only one login (a domain registrar, a social-media account, some supplier portals), keep it in a restricted vault in your password manager with a named owner, and change the password when anyone who could use it leaves. Disable generic accounts such as admin or dev on servers and databases, or convert them into service accounts that no person signs in to interactively.',
		evidenceTypeI: [
			'User exports from the identity provider and two core systems showing only named users and listed service accounts',
			'Password manager vault listing of shared credentials with named owners'
		],
		evidenceTypeII: [
			'Quarterly access reviews confirming no unexplained generic accounts',
			'Password changes for shared credentials after each departure of someone who could use them'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.1', 'CC6.2'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'IAM-04',
		title: 'Access requests approved before accounts or permissions are granted',
		question:
			"Is every new account and every added permission on in-scope systems approved by the person's manager or the system owner before it is granted, with the approval recorded?",
		guidance:
			"Open a ticket in your ticketing system, or use the identity provider's request workflow, for each new joiner's access and for any later extra permission, listing the systems and roles needed. The manager or system owner approves in the ticket before an administrator grants access, and nobody approves their own request. Standard role bundles, such as an engineer bundle or a support bundle, can be approved once so the manager approves the bundle rather than each system. When someone changes role, the same kind of ticket grants the new access and removes what the new role does not need.",
		evidenceTypeI: [
			'Access control policy section describing request, approval and grant steps',
			'Ticket template or identity provider workflow for access requests with an approval field',
			'Documented role bundles with the systems and permissions each contains'
		],
		evidenceTypeII: [
			'Access tickets for every joiner and contractor in the window, each approved before the grant date',
			'Tickets for added permissions and role changes in the window, with approver and date'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 1,
		key: true,
		criteria: ['CC6.2', 'CC6.3'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'IAM-05',
		title: 'Access removed within one business day of departure',
		question:
			'When someone leaves, are their identity-provider account and all other access removed within one business day, and on the same day for involuntary departures?',
		guidance:
			'HR records the leaving date in the HR system and raises the offboarding ticket, and IT suspends the identity-provider account at the end of the last working day, or immediately for an involuntary departure. The ticket lists every system outside single sign-on (cloud root access, shared vault items, API keys the person created) and records when each was removed or rotated. Each month, compare the HR leavers list with active accounts in the identity provider and core systems to catch anyone missed.',
		evidenceTypeI: [
			'Offboarding procedure stating the one-business-day deadline and who removes access',
			'Offboarding ticket template listing the systems outside single sign-on'
		],
		evidenceTypeII: [
			'All leavers in the window from the HR system, each with the identity-provider deactivation time',
			'Offboarding tickets for sampled leavers showing removal from every listed system',
			'Monthly comparisons of HR leavers against active accounts'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 1,
		key: true,
		criteria: ['CC6.2', 'CC6.3'],
		policies: ['POL-ACCESS', 'POL-HR'],
		activities: [
			{
				id: 'leaver-account-check',
				title: 'Compare the HR leavers list with active accounts in core systems',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'IAM-06',
		title: 'Role-based access matrix defining who gets which permissions',
		question:
			'Is there a written matrix of job roles against in-scope systems and permission levels, and are permissions granted through groups that follow it?',
		guidance:
			'Write a short matrix of each job role (engineer, support, sales, finance and so on) against each in-scope system, with the level the role needs: none, read, write or admin. Build the roles as groups in the identity provider and in each system, so access comes from joining a group rather than from rights granted one by one. Keep production and customer-data access out of roles that do not need it, and build the groups so that no role breaks the segregation-of-duties matrix. Review the matrix once a year and whenever a new role is created.',
		evidenceTypeI: [
			'Role-based access matrix with owner and last review date',
			'Identity provider group list matching the roles in the matrix'
		],
		evidenceTypeII: [
			'Annual review of the matrix with approver and date',
			'Quarterly access reviews comparing actual permissions with the matrix'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 1.5,
		key: false,
		criteria: ['CC6.3', 'CC6.1'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'IAM-07',
		title: 'Quarterly user access review of in-scope systems',
		question:
			'Does a manager or system owner review every user and permission on each in-scope system every quarter, with removals carried out and the review recorded?',
		guidance:
			'Each quarter, export users and roles from the identity provider, cloud console, source-code host, production database and every system holding customer data. The system owner checks each account against the HR list of current staff and the role matrix, marks it keep, change or remove, and a named administrator makes the changes within two weeks. Keep each export with a note or screenshot of its source system and date, because the auditor checks the lists were complete, and file the marked-up review and change tickets with the sign-off. Nobody signs off their own access.',
		evidenceTypeI: [
			'Access review procedure naming the systems covered, the reviewers and the quarterly schedule',
			'The most recent completed review with exports and sign-off'
		],
		evidenceTypeII: [
			'Every quarterly review in the window, each with system exports, decisions and sign-off dates',
			'Tickets showing the removals and changes from each review were completed'
		],
		department: 'IT & Security',
		frequency: 'quarterly',
		effortDays: 1.5,
		key: true,
		criteria: ['CC6.3', 'CC6.2', 'CC6.1'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'IAM-08',
		title: 'Administrator and production access limited to named people',
		question:
			'Are administrator rights on the cloud console, identity provider, source-code host and production database held only by a short named list, with the cloud root account locked away?',
		guidance:
			'Limit administrator roles in the cloud provider, identity provider, source-code host and production database to the few people who need them, typically two or three, and record who they are and why. Administrators use a separate privileged role or account for admin work, elevated for a limited time where the tools allow, rather than holding admin rights all day. Protect the cloud root or owner account with a hardware security key kept by two named people, use it only in emergencies and alert on every sign-in to it.',
		evidenceTypeI: [
			'Administrator accounts per system with the named holder and the reason',
			'Cloud root account settings showing multi-factor authentication and no access keys',
			'Alert rule that fires on any root or owner account sign-in'
		],
		evidenceTypeII: [
			'Quarterly access reviews covering the administrator lists, with sign-off',
			'Root account sign-ins in the window, each with a recorded reason, or evidence there were none'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 1.5,
		key: true,
		criteria: ['CC6.1', 'CC6.3'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'IAM-09',
		title: 'Service accounts and API keys listed with owners and rotation dates',
		question:
			'Is every non-human account and API key that can reach production or customer data listed with an owner, limited permissions and a rotation date?',
		guidance:
			"Keep an inventory of service accounts, deploy keys, integration tokens and cloud access keys that can reach production or customer data, each with owner, purpose, permissions and last rotation date. Prefer short-lived credentials issued through the cloud provider's role mechanism over long-lived keys. Where a long-lived key is unavoidable, rotate it at least once a year and straight away when someone who could read it leaves. Review the inventory each quarter and delete keys unused for 90 days.",
		evidenceTypeI: [
			'Service account and API key inventory with owner, scope and rotation date',
			'Cloud provider report of access keys with their age and last use'
		],
		evidenceTypeII: [
			'Quarterly reviews of the inventory with unused keys deleted',
			'Rotation records for keys that fell due in the window or were exposed by a departure'
		],
		department: 'Engineering',
		frequency: 'quarterly',
		effortDays: 1.5,
		key: false,
		criteria: ['CC6.1', 'CC6.2'],
		policies: ['POL-ACCESS', 'POL-CRYPTO']
	},
	{
		id: 'IAM-10',
		title: 'Application secrets kept in a secrets manager, never in code',
		question:
			'Are the database passwords, API tokens and keys your applications use stored only in a secrets manager, readable only by the services and engineers that need them?',
		guidance:
			"Store application secrets in your cloud provider's secrets manager or a dedicated vault and have services read them at runtime, so no secret sits in source code, container images, chat or tickets. Restrict read access per service and per environment, so staging cannot read production secrets and only a few engineers can read production values. The secrets manager logs every read and change, which gives the auditor something to sample. Secret scanning on the source-code host, covered under secure development, catches the mistakes that slip through.",
		evidenceTypeI: [
			'Secrets manager configuration listing production secrets and the roles allowed to read them',
			'Deployment configuration showing secrets injected at runtime, not stored in the repository'
		],
		evidenceTypeII: [
			'Secrets manager access log for the window showing reads by service roles and named engineers',
			'Changes to secret access permissions in the window, each with a change ticket'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2.5,
		key: false,
		criteria: ['CC6.1'],
		policies: ['POL-CRYPTO', 'POL-ACCESS']
	},
	{
		id: 'IAM-11',
		title: 'Company password manager for all credentials outside single sign-on',
		question:
			'Does every employee keep work passwords not covered by single sign-on in the company password manager, with shared vaults limited by team?',
		guidance:
			"Give every employee a company password manager account, provisioned from the identity provider so it is removed at offboarding. Require it for every work password not covered by single sign-on, with generated passwords of at least 16 characters, and keep shared credentials in team vaults limited to the people who need them. Each quarter, use the password manager's admin report to find weak or reused passwords and people who never activated their account, and follow up with each.",
		evidenceTypeI: [
			'Password manager admin console showing all staff provisioned from the identity provider',
			'Password manager policy settings and the matching section of the access control policy'
		],
		evidenceTypeII: [
			'Quarterly password health reports with follow-up on weak, reused or unused accounts',
			'Shared vault membership lists checked in the quarterly access reviews'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC6.1'],
		policies: ['POL-ACCESS', 'POL-AUP'],
		activities: [
			{
				id: 'password-health-report',
				title: 'Review the password health report and follow up weak or unused logins',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'IAM-12',
		title: 'Secure customer sign-in and tenant isolation in the product',
		question:
			'Does your product hash customer passwords with a slow salted algorithm, limit failed logins, expire idle sessions, offer MFA and check tenant boundaries on every request?',
		guidance:
			"Hash customer passwords with an algorithm built for the purpose (bcrypt, scrypt or Argon2), rate-limit and alert on repeated failed logins, and expire idle sessions after a period stated in your security documentation. Offer customers multi-factor authentication and, for larger accounts, single sign-on with their own identity provider. Enforce tenant boundaries in one shared authorisation layer rather than endpoint by endpoint, and cover it with automated tests that try to read another tenant's data. Describe these rules in the system description so the auditor can match them against code and configuration.",
		evidenceTypeI: [
			'Authentication design note stating the hashing algorithm, login limits and session timeout',
			'Code or configuration excerpt showing password hashing and rate limiting',
			'Automated tests that attempt cross-tenant access'
		],
		evidenceTypeII: [
			'CI results from the window showing the tenant-isolation tests ran and passed for each release',
			'Changes to authentication code in the window, each peer-reviewed under change management'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 3,
		key: false,
		criteria: ['CC6.1', 'CC6.6'],
		policies: ['POL-SDLC', 'POL-ACCESS']
	},
	{
		id: 'PHY-01',
		title: 'Badge or key access to offices with a reviewed holder list',
		question:
			'Are your offices closed to anyone without a badge or key, is the holder list reviewed each quarter, and are badges deactivated on the day someone leaves?',
		guidance:
			"Restrict office entry to badge, fob or key holders, issued by a named office manager against an approved request. Keep the holder list in the badge system or a key register, deactivate or collect the badge on the person's last day as part of offboarding, and compare the list with the HR list of current staff each quarter. Rooms holding sensitive paperwork or equipment get their own lock with a shorter list.",
		evidenceTypeI: [
			'Badge system holder export or key register, with the named office manager',
			'Physical security policy section on office access'
		],
		evidenceTypeII: [
			'Quarterly comparisons of badge holders with current staff, with sign-off',
			'Badge deactivation or key return records for every leaver in the window'
		],
		department: 'Operations',
		frequency: 'quarterly',
		effortDays: 1,
		key: true,
		criteria: ['CC6.4'],
		policies: ['POL-PHYSICAL'],
		appliesWhen: { question: 'offices', equals: 'own' },
		naRationale:
			'The company has no office it controls: staff work remotely or from a coworking space run by another firm, and no company systems or records are kept there.'
	},
	{
		id: 'PHY-02',
		title: 'Visitor sign-in and escort in company offices',
		question:
			'Do all visitors to your offices sign in, wear a visible visitor badge and stay with an employee while inside?',
		guidance:
			"Record each visitor's name, company, host and arrival and departure times in a paper or electronic visitor log at the entrance. Hosts collect visitors at the entrance and stay with them wherever screens, paperwork or equipment are in view. Keep the log for at least a year so the auditor can sample days across the observation window.",
		evidenceTypeI: [
			'Visitor procedure in the physical security policy',
			'Photo of the sign-in point and a current page or screen of the visitor log'
		],
		evidenceTypeII: ['Visitor log entries for the whole window, sampled for host and times'],
		department: 'Operations',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.4'],
		policies: ['POL-PHYSICAL'],
		appliesWhen: { question: 'offices', equals: 'own' },
		naRationale:
			'The company has no office it controls, so there are no company premises for visitors to enter.'
	},
	{
		id: 'PHY-03',
		title: 'Server room and network cupboard locked to named staff',
		question:
			'Is the room holding your servers or network equipment kept locked, with entry limited to named staff and every entry recorded?',
		guidance:
			'Keep servers and network equipment behind a separate lock or badge reader, with access limited to the two or three people who maintain them. Record entries through the badge system or a sign-in sheet on the door, and escort contractors such as electricians or technicians. Review the access list each quarter along with office badge access. Power, cooling, fire and water protection for the room are covered by the availability controls.',
		evidenceTypeI: [
			'List of people with server room access and the reason for each',
			'Photo of the lock or badge reader on the server room door'
		],
		evidenceTypeII: [
			'Server room entry log for the window',
			'Quarterly access list reviews with sign-off'
		],
		department: 'Operations',
		frequency: 'quarterly',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.4'],
		policies: ['POL-PHYSICAL'],
		appliesWhen: { question: 'server_room', equals: true },
		naRationale:
			'The company keeps no servers or network equipment in a room it controls; production runs with a hosting provider whose physical controls are covered by its own audit report.'
	},
	{
		id: 'PHY-04',
		title: 'Authorised-person list kept with the colocation data centre',
		question:
			'Does the data-centre operator hold a current list of your staff allowed into your space, and do you check it and the entry log against your records each quarter?',
		guidance:
			"Register with the data-centre operator only the staff who maintain your hardware, and remove them on the day they leave or change role. Each quarter, obtain the operator's authorised-person list and the entry log for your cage or rack, compare both with your own records and correct any difference. Give cage keys or combination codes a named owner and change codes when a holder leaves. The operator's own audit report is reviewed under vendor management.",
		evidenceTypeI: [
			'Current authorised-person list from the data-centre operator',
			'Procedure for adding and removing people with the operator'
		],
		evidenceTypeII: [
			'Quarterly comparisons of the operator list and entry log with staff records, with sign-off',
			'Removal requests sent to the operator for each leaver who held access in the window'
		],
		department: 'Operations',
		frequency: 'quarterly',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.4'],
		policies: ['POL-PHYSICAL'],
		appliesWhen: { question: 'hosting', oneOf: ['colocation', 'hybrid'] },
		naRationale:
			"No company hardware is kept in a third-party data centre: the system runs in a public cloud, whose provider's audit report covers physical security, or in our own building."
	},
	{
		id: 'PHY-05',
		title: 'Wiping or destruction of retired laptops, drives and media',
		question:
			'Before any laptop, drive, phone or other storage media is reissued, sold, recycled or thrown away, is it wiped or destroyed and the result recorded?',
		guidance:
			"When a device is retired or passed to someone else, erase it with the operating system's secure erase or a cryptographic wipe of its encrypted disk, or have a disposal company destroy the drive and issue a certificate listing serial numbers. Record the date, method and person against the device in the hardware inventory. Devices that cannot be wiped, such as a failed drive or a broken phone, are physically destroyed rather than recycled whole.",
		evidenceTypeI: [
			'Disposal procedure naming the accepted wipe and destruction methods',
			'Hardware inventory with disposal fields for date, method and person'
		],
		evidenceTypeII: [
			'Disposal records for every device retired or reissued in the window, with serial numbers',
			'Certificates of destruction from the disposal company for the window'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC6.5', 'C1.2', 'P4.3'],
		policies: ['POL-ASSET', 'POL-RETENTION'],
		naRationale:
			'The company owns no laptops, drives or storage media: staff use personal devices and all systems run with a cloud provider that sanitises its own media.'
	},
	{
		id: 'PHY-06',
		title: "Annual check of the cloud provider's data-centre physical security",
		question:
			"Each year, do you confirm from your cloud provider's SOC 2 report that its data centres restrict and log physical access, and record that you rely on it?",
		guidance:
			"When your systems run in a public cloud, the provider's data centres are outside your control and your report carves them out. Each year, read the physical and environmental section of each provider's SOC 2 report, note the period and any exceptions, and list in your system description the controls you rely on the provider to perform, such as restricting data-centre entry, destroying media and protecting against fire and power loss. These are the complementary subservice-organisation controls of your carve-out, and each should point to the part of the provider's report that covers it. Keep the review with the vendor record so the auditor can see the carve-out is supported.",
		evidenceTypeI: [
			'System description naming the cloud provider as a carved-out subservice organisation and listing the controls you rely on it for',
			"Most recent review of the provider's SOC 2 report covering physical access and media handling"
		],
		evidenceTypeII: [
			"Review of each cloud provider's SOC 2 report performed within the observation window, with exceptions assessed"
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 0.5,
		key: true,
		criteria: ['CC6.4', 'CC6.5', 'CC9.2'],
		policies: ['POL-VENDOR'],
		appliesWhen: { not: { question: 'hosting', oneOf: ['colocation', 'on_premises'] } },
		naRationale:
			'The company runs its own hardware and controls the physical security of the rooms it sits in; no cloud provider hosts the system.'
	},
	{
		id: 'PHY-07',
		title: 'Physical safeguards for laptops and papers when working from home or shared spaces',
		question:
			'Do staff who work from home or shared spaces follow written rules for locking screens, keeping laptops out of sight and not printing or leaving confidential papers around?',
		guidance:
			'Without an office of your own, physical protection rests with each person. Write short rules in the acceptable use policy: lock the screen whenever you step away, never leave a laptop unattended in a car or cafe, use a privacy screen in public, do not print customer data, and shred anything confidential that was printed. Staff acknowledge the rules at hire and each year with the security training, and a lost or stolen laptop is reported to IT the same day so it can be wiped remotely.',
		evidenceTypeI: [
			'Acceptable use policy section on working from home and in shared spaces',
			'Acknowledgement records showing staff accepted the rules'
		],
		evidenceTypeII: [
			'Acknowledgements for staff hired in the window and the yearly re-acknowledgements',
			'Records of lost or stolen devices in the window with the report and remote-wipe dates'
		],
		department: 'IT & Security',
		frequency: 'annually',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.4'],
		policies: ['POL-AUP'],
		appliesWhen: { not: { question: 'offices', equals: 'own' } },
		naRationale:
			'All staff work from company offices with controlled access; nobody works from home or from shared spaces.'
	},
	{
		id: 'AST-01',
		title: 'Hardware inventory with owner, serial number and encryption status',
		question:
			'Is there a current inventory of every company laptop, phone and piece of network equipment, with its assigned person, serial number and encryption status?',
		guidance:
			'Keep one inventory of company hardware in your device-management tool or a spreadsheet, recording serial number, model, assigned person, purchase date, encryption status and location. Update it on every purchase, hand-over, loss and disposal. Each quarter, reconcile it with the device-management tool and the HR list of current staff so no device is unaccounted for. A lost or stolen device gets an incident ticket and a remote wipe where possible.',
		evidenceTypeI: [
			'Hardware inventory export with assigned person, serial number and encryption status',
			'Asset management policy section naming who keeps the inventory'
		],
		evidenceTypeII: [
			'Quarterly reconciliations of the inventory with the device-management tool and HR staff list',
			'Inventory entries for devices issued, returned, lost or retired in the window'
		],
		department: 'IT & Security',
		frequency: 'quarterly',
		effortDays: 1,
		key: true,
		criteria: ['CC6.1', 'CC2.1'],
		policies: ['POL-ASSET']
	},
	{
		id: 'AST-02',
		title: 'Inventory of cloud accounts, data stores and production resources',
		question:
			'Can you produce a current list of every cloud account, database, storage bucket and server in production, each tagged with an owner and whether it holds customer data?',
		guidance:
			"Tag every cloud resource with owner, environment and data classification, and treat the cloud provider's resource inventory or your infrastructure-as-code state as the list of record. Run a monthly report of untagged resources and of resources in unexpected regions or accounts, then assign each to an owner or delete it. This inventory defines what the auditor treats as the system, so keep it consistent with your system description.",
		evidenceTypeI: [
			'Cloud resource inventory export with owner, environment and classification tags',
			'Tagging standard naming the required tags'
		],
		evidenceTypeII: [
			'Monthly untagged-resource reports with the follow-up taken',
			'Inventory exports from the start and end of the window'
		],
		department: 'Engineering',
		frequency: 'monthly',
		effortDays: 1.5,
		key: false,
		criteria: ['CC6.1', 'CC2.1'],
		policies: ['POL-ASSET', 'POL-DATACLASS']
	},
	{
		id: 'AST-03',
		title: 'Approved software and SaaS application list with install restrictions',
		question:
			'Is there a list of approved software and SaaS applications, and are installs or work-account connections outside it blocked or detected?',
		guidance:
			'Keep a list of approved applications with owner, purpose and whether each touches customer data, and route new requests through a short ticket approved by IT. On company laptops, block installation of unapproved software through the device-management tool or remove admin rights from everyday accounts. In the identity provider and email suite, restrict which third-party apps staff may connect to their work account, and review new connections monthly.',
		evidenceTypeI: [
			'Approved software and SaaS list with owners and data classification',
			'Device-management or identity provider setting restricting installs or third-party app connections'
		],
		evidenceTypeII: [
			'Software request tickets in the window with approval',
			'Monthly reviews of newly connected third-party apps with the action taken'
		],
		department: 'IT & Security',
		frequency: 'monthly',
		effortDays: 1,
		key: false,
		criteria: ['CC6.8', 'CC6.1'],
		policies: ['POL-ASSET', 'POL-AUP']
	},
	{
		id: 'AST-04',
		title: 'Decommissioning checklist for servers, databases and storage',
		question:
			'When a database, storage bucket, server or cloud account is retired, are its data, snapshots and keys deleted or deliberately kept, with each step recorded?',
		guidance:
			'Use a decommissioning checklist in the change ticket whenever a production data store or cloud account is retired: decide, under the retention schedule, which backups and snapshots to delete or keep, delete the data, schedule its encryption keys for deletion, and remove DNS records and access. The engineer who did the work and a reviewer sign off the ticket. Drives from hardware you own then follow the media disposal control.',
		evidenceTypeI: [
			'Decommissioning checklist covering data, snapshots, keys, DNS records and access',
			'Retention schedule referenced by the checklist'
		],
		evidenceTypeII: [
			'Change tickets for every data store or cloud account retired in the window, with the completed checklist',
			'Key management log showing keys of retired data stores scheduled for deletion'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.5', 'C1.2', 'P4.3'],
		policies: ['POL-ASSET', 'POL-RETENTION']
	},
	{
		id: 'CRY-01',
		title: 'Encryption at rest for production data stores and backups',
		question:
			'Is encryption at rest switched on for every production database, storage bucket, disk volume and backup, with new resources encrypted by default?',
		guidance:
			"Switch on the cloud provider's storage encryption (AES-256 or equivalent) for every database, bucket, volume, queue and backup that holds customer data, and set the account-level default so new resources are encrypted automatically. Add a configuration rule or infrastructure-as-code check that flags any unencrypted resource, and fix findings within a week. Especially sensitive fields, such as government identifiers or bank details, can also be encrypted in the application.",
		evidenceTypeI: [
			'Cloud configuration export showing encryption on each production data store and backup',
			'Account-level default encryption settings',
			'Configuration rule that detects unencrypted storage'
		],
		evidenceTypeII: [
			'Configuration rule results across the window, with remediation of any finding',
			'Encryption settings of data stores created during the window'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: true,
		criteria: ['CC6.1', 'C1.1'],
		policies: ['POL-CRYPTO']
	},
	{
		id: 'CRY-02',
		title: 'TLS encryption for all data in transit',
		question:
			'Is all traffic to and between your services encrypted with TLS 1.2 or higher, with plain HTTP redirected and weak protocols and ciphers disabled?',
		guidance:
			'Serve every public endpoint over TLS 1.2 or 1.3 only, redirect HTTP to HTTPS and send a strict transport security header. Encrypt connections from applications to databases, caches and internal services too, and use encrypted protocols such as SFTP rather than FTP for file exchanges with customers and suppliers. Automate certificate renewal and alert on upcoming expiry. Test public endpoints with a TLS scanner after configuration changes and at least every quarter.',
		evidenceTypeI: [
			'TLS scanner results for each public endpoint showing protocol versions and ciphers',
			'Load balancer and database settings requiring encrypted connections',
			'Certificate list with automatic renewal switched on'
		],
		evidenceTypeII: [
			'Quarterly TLS scan results across the window',
			'Certificate expiry alerts and renewals in the window'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: true,
		criteria: ['CC6.7', 'CC6.1', 'C1.1'],
		policies: ['POL-CRYPTO'],
		activities: [
			{
				id: 'tls-scan',
				title: 'Scan public endpoints with a TLS scanner and fix any weak settings',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'CRY-03',
		title: 'Encryption keys held in a key management service with separated duties',
		question:
			'Are encryption keys held in a key management service, with administration and decryption rights given to separate named roles, key use logged and rotation scheduled?',
		guidance:
			"Create encryption keys in your cloud provider's key management service rather than keeping them in files or configuration. Separate the roles that administer keys from those that can decrypt with them, and give decrypt rights to service roles rather than people. Switch on automatic yearly rotation where supported, keep the key management audit log, and maintain a key inventory with owner, purpose and rotation date. Protect keys against deletion with the provider's waiting period and a second person's approval, because a deleted key makes its data unrecoverable.",
		evidenceTypeI: [
			'Key inventory with owner, purpose, rotation setting and authorised roles',
			'Key policies showing administration and decryption rights held by separate roles'
		],
		evidenceTypeII: [
			'Key management audit log for the window, sampled for unexpected use or policy changes',
			'Rotation records for keys that fell due in the window'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC6.1', 'C1.1'],
		policies: ['POL-CRYPTO']
	},
	{
		id: 'END-01',
		title: 'Company laptops enrolled in the device-management tool',
		question:
			'Is every company laptop enrolled in your device-management tool, with a compliance report showing which devices meet your required security settings?',
		guidance:
			"Enrol each company laptop in the device-management tool before it reaches its user, ideally through automatic enrolment from the supplier so the step cannot be skipped. Push the required settings as profiles (disk encryption, screen lock, firewall, update deadlines, malware protection) and check the compliance report weekly, chasing any device out of policy for more than seven days. Use the identity provider's device check so unenrolled or non-compliant laptops cannot sign in to company systems. Keep remote lock and wipe ready for lost or stolen devices.",
		evidenceTypeI: [
			'Device-management list of enrolled laptops matched against the hardware inventory',
			'Configuration profiles assigned to all laptops',
			'Identity provider setting that requires a managed device to sign in'
		],
		evidenceTypeII: [
			'Weekly compliance report checks across the window with follow-up on failing devices',
			'Enrolment records for laptops issued in the window'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 2.5,
		key: false,
		criteria: ['CC6.8', 'CC6.1'],
		policies: ['POL-ASSET', 'POL-AUP'],
		appliesWhen: {
			all: [
				{ not: { question: 'managed_devices', equals: 'none' } },
				{ not: { question: 'mdm', equals: false } }
			]
		},
		naRationale:
			'Staff do not use company-managed laptops, or the company checks its few laptops by hand instead of with a device-management tool (see the manual laptop check).',
		activities: [
			{
				id: 'compliance-report-check',
				title: 'Check the device compliance report and chase laptops out of policy',
				frequency: 'weekly'
			}
		]
	},
	{
		id: 'END-02',
		title: 'Full-disk encryption and automatic screen lock on laptops',
		question:
			'Do all company laptops have full-disk encryption switched on and a screen lock that engages after no more than 15 minutes of inactivity?',
		guidance:
			'Enforce the operating system built-in disk encryption on every company laptop and keep the recovery keys in the device-management tool, not only with the user. Set the screen to lock after at most 15 minutes idle and require a password or biometric to unlock it. Check both settings from the compliance report rather than by asking staff, and block sign-in to company systems from laptops where either is off.',
		evidenceTypeI: [
			'Device-management profile enforcing disk encryption with recovery key escrow',
			'Profile enforcing a screen lock of 15 minutes or less',
			'Compliance report showing encryption and screen lock status per laptop'
		],
		evidenceTypeII: [
			'Compliance reports across the window showing encryption and screen lock status for all laptops',
			'Follow-up records for laptops found out of policy'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 0.5,
		key: true,
		criteria: ['CC6.1', 'CC6.7'],
		policies: ['POL-AUP', 'POL-CRYPTO'],
		appliesWhen: { not: { question: 'managed_devices', equals: 'none' } },
		naRationale:
			'The company issues no laptops; staff work on personal devices, which are covered by the personal-device rules instead.'
	},
	{
		id: 'END-03',
		title: 'Malware protection running on every company laptop',
		question:
			'Does every company laptop run malware protection that updates automatically, cannot be switched off by the user and reports detections to a named reviewer?',
		guidance:
			'Run malware protection on each laptop, either the operating system built-in protection managed centrally or a dedicated endpoint tool, with real-time scanning and automatic updates that users cannot turn off. Send detections to a console or mailbox watched by a named person, who reviews each alert within one business day and opens an incident ticket when a device may be compromised. Check weekly that every laptop reports in with current definitions.',
		evidenceTypeI: [
			'Malware protection console showing all laptops protected with current definitions',
			'Profile or policy setting that stops users disabling protection'
		],
		evidenceTypeII: [
			"Detection alerts in the window with the reviewer's action for each",
			'Weekly coverage reports across the window showing every laptop reporting in'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 1,
		key: true,
		criteria: ['CC6.8'],
		policies: ['POL-AUP'],
		appliesWhen: { not: { question: 'managed_devices', equals: 'none' } },
		naRationale:
			'The company issues no laptops; staff work on personal devices, which must meet the malware protection rule for personal devices instead.',
		activities: [
			{
				id: 'malware-coverage-check',
				title: 'Check that every laptop reports in with current malware definitions',
				frequency: 'weekly'
			}
		]
	},
	{
		id: 'END-04',
		title: 'Operating system and browser updates on laptops within 14 days',
		question:
			'Are operating system and browser security updates installed on every company laptop within 14 days of release, with a report showing devices that are behind?',
		guidance:
			'Configure automatic updates through the device-management tool with a deadline that forces installation and restart after a short grace period, so security updates land within 14 days and updates for actively exploited flaws within 3 days. Keep laptops on an operating system version that still receives security updates, and replace hardware that cannot upgrade. Review the update report monthly and follow up with anyone past the deadline.',
		evidenceTypeI: [
			'Update policy in the device-management tool with its deadlines',
			'Report of operating system and browser versions across laptops'
		],
		evidenceTypeII: [
			'Monthly update compliance reports across the window with follow-up on late devices'
		],
		department: 'IT & Security',
		frequency: 'monthly',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.8', 'CC8.1'],
		policies: ['POL-VULN'],
		appliesWhen: { not: { question: 'managed_devices', equals: 'none' } },
		naRationale:
			'The company issues no laptops; staff work on personal devices, which must keep updates switched on under the personal-device rules.'
	},
	{
		id: 'END-05',
		title: 'Quarterly manual security check of laptops without device management',
		question:
			'Without a device-management tool, does a named person check every company laptop each quarter for encryption, screen lock, malware protection and updates, and record the result?',
		guidance:
			'Each quarter, have every laptop holder run a short check script, or send screenshots of the relevant settings, capturing disk encryption, screen lock, malware protection and operating system version. A named IT owner records the result per device in the hardware inventory and follows up failures within two weeks. This is workable for about 15 laptops or fewer; beyond that, a device-management tool costs less than the manual effort.',
		evidenceTypeI: [
			'Written check procedure listing the settings to capture',
			'Latest quarterly results recorded against the hardware inventory'
		],
		evidenceTypeII: ['Every quarterly check in the window, per laptop, with follow-up on failures'],
		department: 'IT & Security',
		frequency: 'quarterly',
		effortDays: 0.5,
		key: false,
		criteria: ['CC6.8', 'CC6.1'],
		policies: ['POL-ASSET', 'POL-AUP'],
		appliesWhen: {
			all: [
				{ question: 'managed_devices', oneOf: ['all', 'some'] },
				{ question: 'mdm', equals: false }
			]
		},
		naRationale:
			'Company laptops are enrolled in a device-management tool that checks these settings continuously, or the company issues no laptops.'
	},
	{
		id: 'END-06',
		title: 'Minimum security rules and restricted access for personal devices',
		question:
			'Must personal devices used for work meet written minimum security settings, and are they kept from downloading customer data or reaching production without extra checks?',
		guidance:
			'Write down the minimum for any personal device used for work: a supported operating system with automatic updates, disk encryption, screen lock and malware protection, and have each user confirm it on joining and every year. Limit personal devices to browser access to email, chat and documents through the identity provider, using its session rules to block downloads and file sync where the tools allow. Anyone who needs production or source-code access from a personal device has it checked against the minimum by IT every quarter, or is given a company laptop or managed virtual desktop instead.',
		evidenceTypeI: [
			'Acceptable use policy section on personal devices with the minimum settings',
			'Identity provider session rules restricting downloads from unmanaged devices',
			'List of staff using personal devices and what each can reach'
		],
		evidenceTypeII: [
			'Signed personal-device confirmations for joiners in the window and the annual renewals',
			'Quarterly checks of personal devices used for production or source-code access'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC6.7', 'CC6.8', 'CC6.1'],
		policies: ['POL-AUP', 'POL-DATACLASS'],
		appliesWhen: { question: 'managed_devices', oneOf: ['some', 'none'] },
		naRationale:
			'All work is done on company-managed laptops; personal devices are not allowed to sign in to company systems.',
		activities: [
			{
				id: 'personal-device-confirmation',
				title: 'Collect the yearly personal-device confirmation from each user',
				frequency: 'annually'
			},
			{
				id: 'personal-device-check',
				title: 'Check personal devices used for production or code against the minimum',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'NET-01',
		title: 'Production separated from development and the internet by network design',
		question:
			'Is production in its own cloud account or network, separate from development and testing, with databases and internal services unreachable from the internet?',
		guidance:
			'Run production in a dedicated cloud account or project, separate from staging and development, so a mistake or compromise in one does not spread to the other. Inside production, place databases, caches and internal services in private subnets with no public address, and expose only load balancers or gateways to the internet. Keep a network diagram showing these zones and the traffic allowed between them, and update it when the architecture changes.',
		evidenceTypeI: [
			'Network diagram showing environments, subnets and allowed traffic flows',
			'Cloud account structure showing separate production and non-production accounts',
			'Configuration export showing databases without public addresses'
		],
		evidenceTypeII: [
			'Network architecture changes in the window, each with a change ticket',
			'Configuration rule results showing no data store was publicly reachable during the window'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2.5,
		key: true,
		criteria: ['CC6.1', 'CC6.6'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'NET-02',
		title: 'Deny-by-default firewall and security group rules reviewed quarterly',
		question:
			'Do firewall and security group rules block all inbound traffic except named ports from named sources, and is every rule reviewed each quarter?',
		guidance:
			'Start every security group and firewall from deny-all and open only what a service needs, naming the source (a load balancer, a specific subnet) rather than the whole internet wherever possible. Never open administrative ports such as SSH, remote desktop or database ports to the internet. Manage the rules through infrastructure-as-code or change tickets, and each quarter have an engineer export them, confirm every open rule still has a purpose and record the review.',
		evidenceTypeI: [
			'Export of production security group and firewall rules',
			'Configuration rule or scan result showing no administrative ports open to the internet'
		],
		evidenceTypeII: [
			'Quarterly rule reviews in the window with reviewer, date and changes made',
			'Change tickets or merged pull requests for rule changes in the window'
		],
		department: 'Engineering',
		frequency: 'quarterly',
		effortDays: 1,
		key: true,
		criteria: ['CC6.6', 'CC6.1'],
		policies: ['POL-ACCESS', 'POL-CHANGE']
	},
	{
		id: 'NET-03',
		title: 'Web application firewall and denial-of-service protection on public endpoints',
		question:
			'Are your public web and API endpoints behind a web application firewall and denial-of-service protection, with rate limits set and blocked traffic logged?',
		guidance:
			"Put the public application and API behind your cloud provider's or content delivery network's web application firewall and denial-of-service protection, with the managed rule sets for common web attacks in blocking mode. Add rate limits to sign-in, sign-up and password-reset endpoints. Send firewall logs to central logging and review the blocked-traffic summary monthly to tune rules and spot attacks.",
		evidenceTypeI: [
			'Firewall configuration showing managed rules in blocking mode on each public endpoint',
			'Rate-limit rules on authentication endpoints',
			'Denial-of-service protection setting on the public entry points'
		],
		evidenceTypeII: [
			'Monthly blocked-traffic reviews in the window with any rule changes',
			'Firewall rule changes in the window, each made through change management'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC6.6'],
		policies: ['POL-ISP'],
		activities: [
			{
				id: 'blocked-traffic-review',
				title: 'Review the firewall blocked-traffic summary and tune the rules',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'NET-04',
		title: 'Administrative access to production through an authenticated gateway',
		question:
			'Do engineers reach production servers and databases only through a bastion, VPN or zero-trust gateway that requires single sign-on and MFA, with sessions logged?',
		guidance:
			"Route every administrative connection to production (shell, database console, internal dashboards) through one controlled path: the cloud provider's session manager, a zero-trust access proxy or a VPN, each signing users in through the identity provider with multi-factor authentication. Record who connected, when and to what, and keep those logs with the other production logs. Once the gateway is in place, remove SSH keys and database passwords held on laptops.",
		evidenceTypeI: [
			'Gateway configuration showing identity-provider sign-in with multi-factor authentication',
			'Network rules showing production hosts accept administrative connections only from the gateway'
		],
		evidenceTypeII: [
			'Gateway session logs for the window, sampled against the list of authorised engineers',
			'Quarterly access reviews covering gateway users'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2,
		key: false,
		criteria: ['CC6.6', 'CC6.1'],
		policies: ['POL-ACCESS']
	},
	{
		id: 'NET-05',
		title: 'Remote staff reach internal tools only through SSO with device and location checks',
		question:
			'Are internal tools reachable by remote staff only after identity-provider sign-in with MFA, with sign-ins from unmanaged devices or unexpected countries blocked?',
		guidance:
			'List every internal tool reachable from the internet (admin panels, dashboards, wikis, support consoles) and put each behind the identity provider, so none relies on its own password or an unpublished address. Set conditional access rules in the identity provider that allow sign-in only from company-managed or checked devices and block countries where you have no staff. Write the remote-work rules into the acceptable use policy: no work on shared or public computers, screens locked in public places and no customer data printed at home.',
		evidenceTypeI: [
			'List of internet-reachable internal tools with the sign-in method of each',
			'Identity provider conditional access rules for device and location',
			'Remote-work section of the acceptable use policy'
		],
		evidenceTypeII: [
			'Identity provider sign-in logs from the window showing blocked attempts from unmanaged devices or countries',
			'Changes to conditional access rules in the window with approval'
		],
		department: 'IT & Security',
		frequency: 'continuous',
		effortDays: 1,
		key: false,
		criteria: ['CC6.6', 'CC6.1'],
		policies: ['POL-AUP', 'POL-ACCESS'],
		appliesWhen: { not: { question: 'remote_work', equals: 'none' } },
		naRationale:
			'Nobody works remotely: all staff work on site, and internal tools are reachable only from the office network.'
	},
	{
		id: 'NET-06',
		title: 'Limits on exporting and copying customer data out of production',
		question:
			'Are bulk exports of customer data limited to named roles and logged, with copies to laptops, personal storage and public share links blocked or detected?',
		guidance:
			'Restrict bulk exports and database dumps of customer data to a few roles, log each one, and review the export log monthly. Set the company file-sharing and email suite to block public links and external sharing by default and to alert on unusually large downloads. Use the device-management tool to block or log removable storage on company laptops. Customer data needed for support or debugging is viewed in production tools rather than copied to laptops.',
		evidenceTypeI: [
			'Role settings restricting bulk export and database dump rights',
			'File-sharing settings blocking public links by default',
			'Device-management setting blocking removable storage'
		],
		evidenceTypeII: [
			'Monthly reviews of export and large-download logs across the window',
			'Approved exceptions for external sharing in the window'
		],
		department: 'IT & Security',
		frequency: 'monthly',
		effortDays: 1.5,
		key: false,
		criteria: ['CC6.7', 'C1.1'],
		policies: ['POL-DATACLASS']
	},
	{
		id: 'NET-07',
		title: 'Malware scanning of incoming email attachments, downloads and uploaded files',
		question:
			'Are files that reach you from outside, such as email attachments, files shared by outsiders and files customers upload to your product, scanned for malware before staff or other users can open them?',
		guidance:
			'Turn on attachment and link scanning in your email and file-sharing suite, with flagged items quarantined rather than delivered. If customers can upload files to your product, scan each file with a malware engine before it is stored where staff or other customers can download it, reject or hold files that fail, and keep the scan result with the file. Treat files arriving through file-transfer endpoints or integrations the same way. Send detections to the person who reviews malware alerts, so that a run of infected uploads from one account is noticed and handled as a security event.',
		evidenceTypeI: [
			'Email and file-sharing settings showing attachment scanning with quarantine',
			'Upload pipeline configuration showing each file scanned before it becomes available, and the action on a detection'
		],
		evidenceTypeII: [
			'Detections and quarantined items from the window, each with its follow-up',
			'Scanning settings captured at two or more dates in the window showing they stayed on'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1.5,
		key: false,
		criteria: ['CC6.8'],
		policies: ['POL-ISP']
	}
] as const satisfies readonly Control[];
