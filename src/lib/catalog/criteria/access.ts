import type { Criterion } from '../types';

export const CRITERIA_ACCESS = [
	{
		id: 'CC6.1',
		category: 'security',
		series: 'CC6',
		title: 'Systems and data are protected by login controls, encryption and network design',
		explanation:
			'The auditor looks for a known inventory of systems and data, and for the technical barriers that let in only identified, authorised users: single sign-on, multi-factor authentication, role-based permissions, network segmentation and encryption with well-kept keys. For a cloud startup this mostly means putting every tool behind one identity provider with multi-factor authentication, keeping production in its own cloud account that only a few engineers can reach, and encrypting data stores by default. Much of the work is switching on settings your providers already offer and being able to show they stay on.'
	},
	{
		id: 'CC6.2',
		category: 'security',
		series: 'CC6',
		title: 'Accounts are created only after approval and removed when no longer needed',
		explanation:
			"The auditor checks that every account for staff, contractors and other users whose access you manage is approved before credentials are issued, and disabled when the person leaves or no longer needs it. They sample joiners and leavers from the observation window and compare approval and removal dates with the dates access existed. In a small company this means an access ticket for each joiner carrying the manager's approval, and an offboarding ticket showing every account removed within the deadline your policy sets."
	},
	{
		id: 'CC6.3',
		category: 'security',
		series: 'CC6',
		title: 'Access rights follow job roles and are reviewed, changed and removed on time',
		explanation:
			'The auditor looks for permissions granted by role on a least-privilege basis, changed when someone moves role, removed when they leave and checked on a schedule. Expect requests for a role-to-permission matrix, proof that administrator rights are limited, and the periodic access reviews with the changes they triggered. For a startup that usually means identity-provider groups matching job roles, two or three named administrators, and a quarterly review of who can reach production and customer data.'
	},
	{
		id: 'CC6.4',
		category: 'security',
		series: 'CC6',
		title: 'Physical access to offices, server rooms and data centres is restricted',
		explanation:
			"The auditor checks that only authorised people can enter places where system hardware, backups or sensitive records are kept, and that physical access ends when someone leaves. When the system runs entirely in a public cloud, the provider's own SOC 2 report covers its data centres and your report relies on it (a carve-out), so only your own premises remain in scope. A fully remote company with no premises marks its office controls not applicable, with a sentence explaining why."
	},
	{
		id: 'CC6.5',
		category: 'security',
		series: 'CC6',
		title: 'Equipment and storage are wiped or destroyed before they leave your control',
		explanation:
			'The auditor looks for proof that data cannot be recovered from laptops, drives, servers or cloud storage once they are retired, reused or sold. They sample disposed assets from your inventory and ask for wipe records or destruction certificates. For a cloud startup this covers wiping laptops before reissue or recycling, and a checklist for deleting databases, snapshots and encryption keys when a system is shut down.'
	},
	{
		id: 'CC6.6',
		category: 'security',
		series: 'CC6',
		title: 'The system is protected against threats from outside its network boundary',
		explanation:
			'The auditor looks at every way into the system from outside (public web and API endpoints, administrative access, remote staff connections) and checks that each one is limited, authenticated and protected against attack. Expect questions about firewall and security group rules, how engineers reach production, and what shields the public application from web attacks and traffic floods. In practice this means deny-by-default network rules, no administrative ports open to the internet, a gateway with multi-factor authentication for admin access, and a web application firewall in front of the product.'
	},
	{
		id: 'CC6.7',
		category: 'security',
		series: 'CC6',
		title: 'Data is protected when it is sent, moved or copied off your systems',
		explanation:
			'The auditor checks that data crossing networks is encrypted, and that moving data out of the system by export, file sharing, removable media or a lost laptop is limited to authorised people and channels. They test TLS settings on public endpoints, disk encryption on laptops and the rules for exports and external sharing. For a startup this means TLS everywhere, encrypted laptops, public file links blocked by default, and bulk exports of customer data restricted to a few roles and logged.'
	},
	{
		id: 'CC6.8',
		category: 'security',
		series: 'CC6',
		title: 'Unauthorised and malicious software is blocked or detected',
		explanation:
			'The auditor looks for measures that stop malware and unapproved software from running on laptops and servers, and that catch unauthorised changes to the software you operate. Typical evidence is malware protection on every laptop, a list of approved applications, restricted install rights and scanning of code dependencies for vulnerable or malicious packages. A small company can meet this with centrally managed built-in protections on laptops and automated scanning in its development pipeline.'
	},
	{
		id: 'CC8.1',
		category: 'security',
		series: 'CC8',
		title: 'Changes to software, infrastructure and settings are approved, tested and tracked',
		explanation:
			'The auditor takes the full list of production changes in the period (code deployments, infrastructure changes, configuration changes) and samples them for a documented request, peer review, testing and approval before release, with emergency changes reviewed afterwards. They also check that no one can push unreviewed code to production on their own and that systems are configured to documented baselines. For a startup the source-code host and the deployment pipeline do most of this automatically: protected branches, required approvals, passing tests and deployments only from the pipeline.'
	}
] as const satisfies readonly Criterion[];
