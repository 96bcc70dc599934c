/** Starting texts: Change Management, Secure Development, Vulnerability and Patch Management. Written here, in our own words. */
import type { PolicyTemplate } from './types';

export const TEXTS_2: readonly PolicyTemplate[] = [
	{
		policyId: 'POL-CHANGE',
		sections: {
			purpose:
				'This policy sets how {{company}} proposes, reviews, tests, approves and releases changes to production code, infrastructure and configuration, and how urgent changes are handled and checked afterwards. It makes sure every change that reaches production is deliberate, can be traced to a record and can be undone if it goes wrong.',
			scope:
				'It applies to every change to the production environment, which runs on {{hosting}}, including application code, infrastructure as code, database schemas, settings in the {{cloudProviders}} accounts, and network and firewall rules. It covers everyone who can make or approve such changes, employees and contractors alike.',
			roles: [
				'- {{policyOwner}} owns this policy, keeps the change process current and makes sure it is followed.',
				'- {{securityLead}} approves changes that affect security controls, reviews every emergency change and checks a sample of changes each quarter.',
				'- Engineering leads make sure their teams follow the process and approve high-risk changes before they are released.',
				'- Reviewers check each change for correctness, security and testing before approving it, and never approve their own work.',
				'- Engineers who make a change describe it, test it, see it through to release and roll it back if it fails.'
			].join('\n'),
			requirements: [
				'- Every change to production is linked to a ticket or pull request in {{ticketing}} that says what is changing, why, and how it was tested and can be rolled back.',
				'- All code and infrastructure changes are made through version control; direct edits in production are not allowed outside the emergency process.',
				'- Each change is reviewed and approved by at least one person other than its author before it is merged, and branch protection on the main branch stops this step from being skipped.',
				'- Automated tests and security checks run on every change; a change with failing checks is not merged unless the reviewer records the reason on the pull request.',
				'- Changes are tested in a staging or test environment that is kept separate from production and does not hold real customer data such as {{dataTypes}}.',
				'- Releases reach production only through the deployment pipeline; the right to deploy or change production by hand is limited to named staff approved by {{securityLead}}.',
				'- High-risk changes, such as database migrations or changes to access control, encryption or network rules, also need approval from the engineering lead or {{securityLead}} and a written rollback plan.',
				'- Infrastructure is managed as code wherever possible, and any manual change to {{cloudProviders}} settings is recorded in {{ticketing}} within 1 working day.',
				'- An emergency change needed to restore service or close an urgent security gap may go ahead with one approval, or none if no approver can be reached, but it is marked as an emergency and reviewed and approved after the fact within 2 working days.',
				'- A change that causes a failure is rolled back or fixed promptly, and the failure is recorded; serious failures are handled under the Incident Response Policy.',
				'- Planned maintenance that will interrupt the service for customers is announced to them at least 48 hours in advance.',
				'- Each quarter, {{securityLead}} reviews a sample of production changes and all emergency changes to confirm they followed this policy, and records the result and any follow-up.',
				'- Tickets, pull request approvals, version control history and deployment logs are kept for at least 12 months as evidence of each change.'
			].join('\n'),
			exceptions:
				'Any exception, such as a system that cannot be changed through the pipeline, is requested in writing to {{securityLead}} with the reason, the risk and a compensating measure, such as a second person watching each change as it is made. Approved exceptions are recorded in {{ticketing}}, last no more than six months and are reviewed before they are renewed. Emergency changes are not exceptions: they follow the emergency process set out in the requirements.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any major change to the deployment pipeline or release tooling, and {{oversight}} approves each new version. Changes are communicated to engineering staff, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-SDLC',
		sections: {
			purpose:
				'This policy sets the security practices {{company}} follows while designing, writing, reviewing and shipping software. It makes sure security is considered from the first design, checked in every change and backed by automated scanning and trained developers, rather than tested only just before release.',
			scope:
				'It applies to all software {{company}} builds or maintains, for its product and for internal use, including application code, infrastructure as code and scripts, to the source code repositories and build pipelines, and to every employee or contractor who writes or reviews code.',
			roles: [
				'- {{policyOwner}} owns this policy and makes sure development teams follow it.',
				'- {{securityLead}} sets the security tools and coding standards, reviews threat models for significant features and tracks security findings until they are closed.',
				'- Engineering leads make sure their teams plan security work, complete their training and fix findings on time.',
				'- Developers write code that meets this policy, review each other’s changes with security in mind and raise concerns early.',
				'- Contractors and outside developers follow the same rules, and their code is reviewed by a developer employed by {{company}} before it is merged.'
			].join('\n'),
			requirements: [
				'- New features that touch sign-in, permissions, external integrations or customer data such as {{dataTypes}} have written security requirements before work starts.',
				'- Significant features and changes to the architecture get a short written threat model, reviewed by {{securityLead}} or a delegate before release and kept with the design notes.',
				'- All source code is kept in the company’s version control system, reached through {{identityProvider}} with multi-factor authentication, and access is reviewed under the Access Control Policy.',
				'- Every change is reviewed by at least one other developer, who checks for common weaknesses such as those in the OWASP Top 10, including injection, broken access control and unsafe handling of input.',
				'- Applications validate input, encode output, use parameterised database queries and check on the server that the user is allowed to reach the data in every request.',
				'- Static code analysis and dependency scanning run automatically on every pull request; critical or high findings block the merge unless {{securityLead}} approves it.',
				'- Secret scanning runs on every repository; secrets are never written into code, and any secret that is committed is rotated within 24 hours.',
				'- Third-party libraries come from trusted registries, are pinned to known versions and are kept up to date; known vulnerabilities in them are fixed within the deadlines of the Vulnerability and Patch Management Policy.',
				'- Real customer data, including {{dataTypes}}, is not used in development or test environments; test data is made up or fully anonymised.',
				'- Only approved staff can change build pipeline configuration, and the secrets the pipeline uses are kept in the secrets manager.',
				'- Error messages shown to users reveal no internal details, and applications log security events as the Logging and Monitoring Policy requires.',
				'- AI coding assistants may only be used if approved by {{securityLead}}, and the code they suggest is reviewed like any other code.',
				'- Developers complete secure coding training when they join and at least once a year after that; completion is recorded.'
			].join('\n'),
			exceptions:
				'Where a project cannot meet a requirement, such as an old repository that cannot run a scanner, the engineering lead asks {{securityLead}} in writing, naming the gap, the risk and a compensating measure. Approved exceptions are recorded in {{ticketing}}, last no more than six months and are reviewed before they are extended. An approval to merge despite a critical or high finding is recorded on the pull request with a date by which the finding will be fixed.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after a major change to the development tools or a serious security finding in the product, and {{oversight}} approves each new version. Changes are communicated to all developers, and earlier versions are kept for audit.'
		}
	},
	{
		policyId: 'POL-VULN',
		sections: {
			purpose:
				'This policy sets how {{company}} finds, rates and fixes vulnerabilities in its infrastructure, applications, third-party libraries and staff devices, and the deadline for fixing each severity. It makes sure known weaknesses are closed before they can be used against the company or its customers, and that any fix that runs late is a recorded, approved decision.',
			scope:
				'It applies to the production and supporting systems of {{company}}, which run on {{hosting}}, to the {{cloudProviders}} accounts, container images, the code the company writes and the libraries it depends on, and to every laptop or other device staff use for work.',
			roles: [
				'- {{policyOwner}} owns this policy and makes sure fix deadlines are met.',
				'- {{securityLead}} runs the scanning tools, confirms severity ratings, approves exceptions and reports on open and overdue vulnerabilities to {{oversight}} at least twice a year.',
				'- System owners fix vulnerabilities in their systems within the deadlines, or ask for an exception before the deadline passes.',
				'- Engineering leads plan fix work into their teams’ schedules and make sure no finding goes past its deadline unnoticed.',
				'- All staff install updates on their devices when prompted and report suspected vulnerabilities to {{securityLead}}.'
			].join('\n'),
			requirements: [
				'- {{company}} keeps a current list of the systems, cloud accounts, repositories and devices in scope, and scans are checked against it so that nothing is missed.',
				'- Cloud infrastructure and the settings of the {{cloudProviders}} accounts are scanned for vulnerabilities and misconfigurations continuously where the tool allows, and at least monthly.',
				'- Container images are scanned when they are built and at least monthly while they are running.',
				'- Dependencies in every repository are scanned continuously, and new alerts are triaged within 5 working days.',
				'- Internet-facing systems get an external vulnerability scan at least quarterly, and an independent penetration test is carried out at least once a year and after major changes to the system.',
				'- Each finding is rated critical, high, medium or low from its CVSS score, adjusted by {{securityLead}} for exposure and the data at risk, and recorded in {{ticketing}} with an owner and a due date.',
				'- Findings are fixed within these deadlines from the day they are confirmed: critical within 7 days, high within 30 days, medium within 90 days and low within 180 days.',
				'- A vulnerability known to be actively exploited in an internet-facing system is treated as critical and fixed or mitigated within 72 hours.',
				'- Servers, databases and other software in scope run versions still supported by their vendor; software that reaches end of life is replaced before then or covered by an approved exception.',
				'- Staff devices install operating system and browser security updates within 14 days of release, and {{securityLead}} checks this at least monthly.',
				'- A finding is closed only when a rescan or test confirms the fix, or when {{securityLead}} records why it is a false positive or cannot be exploited.',
				'- Each month, {{securityLead}} reviews open and overdue findings and records the review; overdue critical and high findings are escalated to {{policyOwner}}.',
				'- Vulnerabilities reported from outside, by customers or security researchers, go to a published security contact and are acknowledged within 3 working days.',
				'- Scan reports, penetration test reports, tickets and fix dates are kept for at least 12 months as evidence.'
			].join('\n'),
			exceptions:
				'When a vulnerability cannot be fixed by its deadline, the system owner asks {{securityLead}} in writing before the deadline passes, giving the reason, a compensating measure and a new target date; exceptions for critical findings also need the approval of {{policyOwner}}. Approved exceptions are recorded against the finding in {{ticketing}}, last no more than 90 days and are reviewed at each monthly review before they are extended.',
			review:
				'{{policyOwner}} reviews this policy {{reviewCadence}} and after any serious vulnerability that missed its deadline or a major change to the system, and {{oversight}} approves each new version. Changes are communicated to engineering staff and system owners, and earlier versions are kept for audit.'
		}
	}
];
