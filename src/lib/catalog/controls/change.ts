import type { Control } from '../types';

/** Change management and secure development. */
export const CONTROLS_CHANGE = [
	{
		id: 'CHG-01',
		title: 'Every production change linked to a ticket or pull request',
		question:
			'Can every change deployed to production be traced to a ticket or pull request that says what changed, why, and who asked for it?',
		guidance:
			'Start each change to code, infrastructure or production configuration from a ticket in your ticketing system or a pull request on your source-code host that describes what changes and why. Link the two, for example with the ticket key in the branch name or pull request title, so anyone can walk from a deployment back to its request. Have the deployment pipeline record which commit went out, when and who triggered it. The auditor takes the full list of deployments or merged pull requests for the window and samples from it, so make sure that list can be exported.',
		evidenceTypeI: [
			'Change management policy describing the path from ticket to deployment',
			'Pull request template with description, risk and testing fields',
			'One change traced from ticket to pull request to deployment'
		],
		evidenceTypeII: [
			'Complete list of production deployments or merged pull requests in the window, exported from the pipeline or source-code host',
			'Sampled changes each showing a linked ticket or description, review and test results'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC8.1'],
		policies: ['POL-CHANGE']
	},
	{
		id: 'CHG-02',
		title: 'Peer review and approval enforced before code is merged',
		question:
			'Does your source-code host block merging to the production branch until someone other than the author approves, with few people able to bypass it?',
		guidance:
			'Protect the production branch of every in-scope repository: require a pull request, at least one approval from someone other than the author, passing checks, and fresh approval when new commits are pushed. Allow only two or three administrators to change or bypass these rules, and apply the rules to administrators too. Reviewers check correctness and security, such as missing authorisation checks or secrets in code, and approve in the pull request. Export the branch protection settings each quarter so a quietly weakened rule is noticed.',
		evidenceTypeI: [
			'Branch protection settings for each in-scope repository',
			'List of people able to change or bypass branch protection',
			'Code review guideline stating what reviewers check'
		],
		evidenceTypeII: [
			'Sampled merged pull requests from the window, each approved by someone other than the author before merge',
			'Source-code host audit log of branch protection changes and bypasses in the window',
			'Quarterly exports of branch protection settings'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 0.5,
		key: true,
		criteria: ['CC8.1', 'CC5.2'],
		policies: ['POL-CHANGE', 'POL-SDLC'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company writes no code: it configures off-the-shelf software, and those configuration changes follow the configuration change control instead.',
		activities: [
			{
				id: 'branch-protection-export',
				title: 'Export branch protection settings and check none were weakened',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'CHG-03',
		title: 'Automated tests and staging checks passed before release',
		question:
			'Does every change pass automated tests in your CI pipeline before merge, and are database migrations and infrastructure changes verified in staging before production?',
		guidance:
			'Run the automated test suite on every pull request and make passing tests a required check before merge. Deploy to a staging environment that mirrors production configuration, without real customer data, and verify changes there before promotion; for database migrations and infrastructure changes this step is mandatory. Record in the pull request or ticket how the change was tested, including manual checks of user-facing changes.',
		evidenceTypeI: [
			'CI configuration showing tests run on each pull request and required before merge',
			'Description of the staging environment and the promotion steps'
		],
		evidenceTypeII: [
			'CI run history for sampled changes in the window showing tests passed before merge',
			'Staging deployment records for sampled database migrations and infrastructure changes'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 2,
		key: true,
		criteria: ['CC8.1'],
		policies: ['POL-CHANGE', 'POL-SDLC'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company does not develop software; changes to the configuration of bought software are tested and recorded under the configuration change control.'
	},
	{
		id: 'CHG-04',
		title: 'Production deployments only through the pipeline, with limited deploy rights',
		question:
			'Do all production deployments go through your automated pipeline, with direct changes to production blocked and the right to deploy or edit the pipeline held by few people?',
		guidance:
			'Deploy to production only from the protected branch through the CI/CD pipeline, using a deploy role that people cannot assume directly. Remove write access to production from personal accounts, so hot fixes on servers and manual database edits are impossible outside the emergency procedure. Limit who can edit pipeline definitions and deploy credentials to a named few, and treat changes to the pipeline itself as code changes that need review. In a team too small to separate developers from deployers, the pipeline and required peer review provide the separation, and the change policy should say so.',
		evidenceTypeI: [
			'Pipeline configuration showing deployment only from the protected branch',
			'Cloud permission export showing no personal account with direct write access to production',
			'List of people who can edit pipeline definitions or deploy credentials'
		],
		evidenceTypeII: [
			'Deployment log for the window showing every production release came from the pipeline',
			'Cloud audit log review for the window showing no manual production changes outside emergencies'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 2,
		key: true,
		criteria: ['CC8.1', 'CC5.2', 'CC6.8'],
		policies: ['POL-CHANGE'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company deploys no software of its own: it configures off-the-shelf products whose vendors release changes.'
	},
	{
		id: 'CHG-05',
		title: 'Emergency changes reviewed and approved within two business days',
		question:
			"Is there a written emergency change procedure, and does every emergency change get a ticket and a second person's review and approval within two business days?",
		guidance:
			'Define what counts as an emergency, such as a production outage or an actively exploited vulnerability, and who may declare one. Let the on-call engineer fix first using break-glass access, then open the ticket or pull request within one business day and have a second engineer or the engineering lead review and approve it within two business days. Label emergency changes in the ticketing system so they can be listed and counted, and look at the count each quarter, because frequent emergencies point to a process problem.',
		evidenceTypeI: [
			'Emergency change section of the change management policy with criteria and approvers',
			'Ticket label or type used for emergency changes'
		],
		evidenceTypeII: [
			'All emergency changes in the window, each with retrospective review and approval dates',
			'Break-glass access logs matched to emergency change tickets',
			'Quarterly counts of emergency changes with any follow-up on their causes'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 0.5,
		key: false,
		criteria: ['CC8.1'],
		policies: ['POL-CHANGE'],
		activities: [
			{
				id: 'emergency-change-count',
				title: 'Count the emergency changes and look into why they were needed',
				frequency: 'quarterly'
			}
		]
	},
	{
		id: 'CHG-06',
		title: 'Infrastructure changes made through reviewed infrastructure-as-code',
		question:
			'Is your production cloud infrastructure defined as code in version control, with changes applied through the pipeline after review rather than made by hand in the console?',
		guidance:
			'Define production networks, compute, databases, permissions and monitoring in infrastructure-as-code files on your source-code host, and apply changes only through the pipeline after a reviewed pull request, as for application code. Show the plan or preview output in the pull request so the reviewer sees exactly which resources will change. Limit console write access to break-glass roles, and bring any difference found by drift monitoring back into the code or revert it. For a small footprint managed in the console, a change ticket with before-and-after records is an accepted alternative, noted as such in the change policy.',
		evidenceTypeI: [
			'Repository holding the infrastructure code for production',
			'Pipeline configuration applying infrastructure changes only after merge',
			'Cloud permission export showing console write access limited to break-glass roles'
		],
		evidenceTypeII: [
			'Merged infrastructure pull requests in the window with plan output and approval',
			'Console changes from the cloud audit log in the window, each matched to an emergency or a ticket'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 4,
		key: false,
		criteria: ['CC8.1', 'CC7.1'],
		policies: ['POL-CHANGE'],
		naRationale:
			'Infrastructure is small and changed in the cloud console under change tickets with before-and-after records; infrastructure-as-code is not used.'
	},
	{
		id: 'CHG-07',
		title: 'Documented hardening baselines for images, cloud accounts and databases',
		question:
			'Do you have written secure configuration baselines for server or container images, cloud accounts and databases, applied to new resources automatically and reviewed yearly?',
		guidance:
			'Write a short baseline for each kind of component: machine or container images (minimal packages, no default accounts, processes not running as root), cloud accounts (audit logging on, public storage blocked, default encryption) and managed databases (no public access, encrypted connections). Start from a published hardening benchmark for the platform and record any deliberate deviation. Build the baseline into standard images, infrastructure-as-code modules or account-level policies so new resources get it automatically. Review the baselines once a year and after a major platform change.',
		evidenceTypeI: [
			'Baseline documents per component type with owner and date',
			'Image build file or infrastructure-as-code module implementing the baseline',
			'Account-level policies enforcing baseline settings'
		],
		evidenceTypeII: [
			'Annual baseline review with approver and date',
			'Image builds and new infrastructure modules in the window, each using the current baseline version'
		],
		department: 'Engineering',
		frequency: 'annually',
		effortDays: 2,
		key: false,
		criteria: ['CC8.1', 'CC7.1', 'CC5.2'],
		policies: ['POL-CHANGE', 'POL-VULN']
	},
	{
		id: 'CHG-08',
		title: 'Security setting changes in critical SaaS admin consoles tracked and approved',
		question:
			'Are security-relevant setting changes in your identity provider, email suite, DNS and other critical admin consoles made under an approved ticket and checked monthly against audit logs?',
		guidance:
			'List the admin consoles whose settings can weaken security or break the service: identity provider, email and file-sharing suite, DNS and domain registrar, payment and support tools. Make security-relevant changes there (sign-in policies, sharing rules, DNS records, admin roles) under a ticket stating the change and who approved it. Each month, compare the admin audit logs of those consoles with the tickets and investigate anything unexplained.',
		evidenceTypeI: [
			'List of critical admin consoles with their administrators',
			'Change management policy section covering SaaS configuration changes'
		],
		evidenceTypeII: [
			'Tickets for SaaS configuration changes in the window with approval',
			'Monthly comparisons of admin audit logs with change tickets'
		],
		department: 'IT & Security',
		frequency: 'per_event',
		effortDays: 0.75,
		key: false,
		criteria: ['CC8.1', 'CC5.2', 'CC6.8'],
		policies: ['POL-CHANGE'],
		activities: [
			{
				id: 'admin-log-comparison',
				title: 'Compare SaaS admin audit logs with change tickets and chase any gap',
				frequency: 'monthly'
			}
		]
	},
	{
		id: 'CHG-09',
		title: 'Contractor-built changes reviewed and accepted by staff before release',
		question:
			'Does someone on your staff review, test and approve each release from your development contractor before it reaches production, with the contractor unable to deploy alone?',
		guidance:
			'Have the contractor work in company-owned repositories on your source-code host, with accounts in your identity provider so you control and remove their access. Require a company engineer or product owner to approve each pull request or release and accept it after testing in staging. Keep production deploy rights with company staff, or behind a pipeline approval step the contractor cannot pass alone. Put these duties and your secure coding expectations in the contract.',
		evidenceTypeI: [
			'Contract clauses on code ownership, review, secure coding and access',
			'Repository and pipeline settings requiring a company approver for release'
		],
		evidenceTypeII: [
			'Contractor releases in the window, each with company approval and an acceptance test record',
			'Quarterly access reviews covering contractor accounts'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 0.75,
		key: false,
		criteria: ['CC8.1'],
		policies: ['POL-CHANGE', 'POL-VENDOR'],
		appliesWhen: { question: 'software_development', equals: 'outsourced' },
		naRationale:
			'All software in scope is built by our own engineers, or none is developed; no contractor delivers code to production.'
	},
	{
		id: 'SDL-01',
		title: 'Annual secure coding training for engineers',
		question:
			'Has every engineer who writes or reviews product code completed secure coding training in the last year, and each new engineer within their first month?',
		guidance:
			'Train engineers each year on the common web application weaknesses, such as injection, broken access control and server-side request forgery, and how they show up in your own stack, plus how to handle secrets and customer data in code. A recorded internal session built on findings from your own code reviews works as well as a bought course. Track completion per engineer with dates, include contractors who commit code, and make the training part of engineering onboarding.',
		evidenceTypeI: [
			'Training material or course outline with the topics covered',
			'Completion tracker listing each engineer and contractor with the date'
		],
		evidenceTypeII: [
			'Completion records for all engineers in the window, including those who joined during it'
		],
		department: 'Engineering',
		frequency: 'annually',
		effortDays: 1,
		key: false,
		criteria: ['CC8.1', 'CC1.4'],
		policies: ['POL-SDLC'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company does not develop software: it configures off-the-shelf products, so nobody writes or reviews code.'
	},
	{
		id: 'SDL-02',
		title: 'Dependency scanning with deadlines for fixing vulnerable libraries',
		question:
			'Are the open-source libraries your code depends on scanned automatically for known vulnerabilities and malicious packages, with fixes tracked against severity deadlines?',
		guidance:
			'Switch on dependency scanning for every repository, so each pull request and a daily scheduled scan report open-source packages with known vulnerabilities or known malicious code. Fix findings within the remediation deadlines of your vulnerability management policy, and record accepted risks with an owner and an expiry date. Pin dependency versions with a lock file and send automated update pull requests through normal review.',
		evidenceTypeI: [
			'Dependency scanner enabled on each in-scope repository',
			'Vulnerability management policy section with fix deadlines',
			'Current list of open findings with their age'
		],
		evidenceTypeII: [
			'Findings opened and closed in the window with dates, checked against the deadlines',
			'Risk acceptances in the window with owner, reason and expiry'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 1,
		key: true,
		criteria: ['CC7.1', 'CC8.1', 'CC6.8'],
		policies: ['POL-SDLC', 'POL-VULN'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company does not develop software; vulnerabilities in the products it configures are fixed by their vendors and tracked under vulnerability management.'
	},
	{
		id: 'SDL-03',
		title: 'Static code analysis on every pull request',
		question:
			'Does a static analysis tool scan every pull request for security flaws, with high-severity findings fixed or justified before merge?',
		guidance:
			'Add a static application security testing step to the CI pipeline for each language you use, set to comment on the pull request and fail the check on high-severity findings. The author fixes each finding or records a justified dismissal that the reviewer agrees with. Tune noisy rules once a quarter so engineers keep paying attention to the results.',
		evidenceTypeI: [
			'CI configuration showing the static analysis step and its failure threshold',
			'Scanner rule set with any disabled rules and the reasons'
		],
		evidenceTypeII: [
			'Static analysis results for sampled pull requests in the window',
			'Dismissed findings in the window with justification and reviewer',
			'Quarterly rule-tuning records listing the static analysis rules changed'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 1,
		key: false,
		criteria: ['CC8.1', 'CC7.1'],
		policies: ['POL-SDLC'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company does not develop software: it configures off-the-shelf products, so there is no code of its own to analyse.',
		activities: [
			{ id: 'sast-rule-tuning', title: 'Tune noisy static analysis rules', frequency: 'quarterly' }
		]
	},
	{
		id: 'SDL-04',
		title: 'Secret scanning with push protection on source-code repositories',
		question:
			'Is secret scanning with push protection on for all repositories, and is every detected secret revoked and rotated rather than only deleted from the code?',
		guidance:
			"Switch on your source-code host's secret scanning for all repositories, including their history, and turn on push protection so commits containing credentials are rejected. Treat any secret found as exposed: revoke and rotate it at the issuer, check its logs for misuse, and only then remove it from the code. Record each finding and its rotation date in a ticket.",
		evidenceTypeI: [
			'Source-code host settings showing secret scanning and push protection on for all repositories',
			'Procedure for handling a leaked secret'
		],
		evidenceTypeII: [
			'Secret scanning alerts in the window, each with a ticket showing revocation and rotation',
			'Push protection bypasses in the window with the reason given'
		],
		department: 'Engineering',
		frequency: 'continuous',
		effortDays: 0.5,
		key: false,
		criteria: ['CC8.1', 'CC6.1'],
		policies: ['POL-SDLC', 'POL-CRYPTO'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale: 'The company does not develop software and keeps no code repositories of its own.'
	},
	{
		id: 'SDL-05',
		title: 'Security requirements and threat review for significant features',
		question:
			'Do significant new features and architecture changes get written security requirements and a threat review, signed off before building starts?',
		guidance:
			'Define what makes a change significant: new handling of customer or personal data, a new external integration, a change to authentication or authorisation, or a new infrastructure component. For those, add a short security section to the design document listing what could go wrong, who could exploit it and how the design prevents it, and turn the answers into acceptance criteria in the ticket. A senior engineer or the security owner signs off the section before building starts, and new risks it reveals go to the risk register.',
		evidenceTypeI: [
			'Design document template with a security and threat section',
			'Written criteria defining a significant change',
			'One completed design document with the security section signed off'
		],
		evidenceTypeII: [
			'Design documents for significant changes in the window, each signed off before building started',
			'Risk register entries raised from threat reviews in the window'
		],
		department: 'Engineering',
		frequency: 'per_event',
		effortDays: 1,
		key: false,
		criteria: ['CC8.1', 'CC3.4', 'CC6.1'],
		policies: ['POL-SDLC', 'POL-RISK'],
		appliesWhen: { not: { question: 'software_development', equals: 'none' } },
		naRationale:
			'The company does not develop software: it configures off-the-shelf products, so there are no features or architecture of its own to review.'
	}
] as const satisfies readonly Control[];
