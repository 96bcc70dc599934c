import type { Criterion } from '../types';

export const CRITERIA_GOVERNANCE = [
	{
		id: 'CC1.1',
		category: 'security',
		series: 'CC1',
		title: 'Leadership sets and enforces standards of integrity and ethical conduct',
		explanation:
			'The auditor looks for a written code of conduct that leadership endorses, that every employee and contractor accepts when they join and again each year, and proof that breaches are dealt with. In a startup this usually means a short code of conduct kept in your HR system, a dated acknowledgement for each person, and a disciplinary process applied the same way to everyone, founders included.'
	},
	{
		id: 'CC1.2',
		category: 'security',
		series: 'CC1',
		title: 'Someone independent of day-to-day management oversees security',
		explanation:
			'The auditor wants to see that people beyond those running the system oversee it: a board, ideally with an independent member, that receives security and risk reports and questions management. The usual evidence is minutes showing security on the agenda, the risk assessment and audit results presented, and decisions recorded. Investors on the board who are not part of management provide some oversight; a company with no board should say who plays that role, meet on a schedule and keep minutes.'
	},
	{
		id: 'CC1.3',
		category: 'security',
		series: 'CC1',
		title: 'Clear structure, reporting lines and named responsibility for security',
		explanation:
			'Auditors check that there is an up-to-date org chart, that one person is accountable for the security programme, and that responsibility for each control is written down. For a small company that means an org chart exported from your HR system, a written appointment of a security lead, and a control list in which every control has an owner who knows it.'
	},
	{
		id: 'CC1.4',
		category: 'security',
		series: 'CC1',
		title: 'Hiring, training and keeping people competent for their roles',
		explanation:
			'The auditor looks at how you make sure people can do the security side of their jobs: job descriptions that state the skills needed, background checks before hiring, onboarding and training, and a plan for when a key person leaves. In practice they sample people hired during the period and ask, for each one, for the check result, the signed contract and the training record.'
	},
	{
		id: 'CC1.5',
		category: 'security',
		series: 'CC1',
		title: 'People are held accountable for their security duties',
		explanation:
			'Auditors want to see that security duties count when people are evaluated and that ignoring them has consequences. For a startup this means security responsibilities in job descriptions and performance reviews, a named owner for every control, and a written disciplinary process that is actually used when someone breaks policy.'
	},
	{
		id: 'CC2.1',
		category: 'security',
		series: 'CC2',
		title: 'Controls run on complete, accurate and relevant information',
		explanation:
			'The auditor checks that the information behind your controls is reliable: that you know which systems and data flows are in scope, and that reports used in controls, such as the user list for an access review, come from the real source and are checked for completeness. For a small company this means a current system description with a data-flow diagram, and a habit of recording where each report came from and when it was pulled.'
	},
	{
		id: 'CC2.2',
		category: 'security',
		series: 'CC2',
		title: 'Security duties and expectations are communicated inside the company',
		explanation:
			'Auditors look for proof that everyone knows the policies, their own security duties and how to report a problem, and that leadership and the board receive the information they need to oversee security. Typical evidence is policy acknowledgements, training completion records, a published way to raise security or ethics concerns, and minutes of leadership and board meetings.'
	},
	{
		id: 'CC2.3',
		category: 'security',
		series: 'CC2',
		title: 'Customers, vendors and other outsiders get the security information they need',
		explanation:
			'The auditor checks that you tell customers what you commit to and what they must do themselves, give outsiders a way to report security issues, and pass your security requirements to vendors. For a startup this means contracts and terms that state security commitments, a published security contact that someone monitors, a document describing customer responsibilities, and security clauses in vendor contracts.'
	},
	{
		id: 'CC3.1',
		category: 'security',
		series: 'CC3',
		title: 'Objectives are written down clearly enough to assess risks against them',
		explanation:
			'Before risks can be assessed, the auditor expects written objectives: what the company has promised customers about security, availability or confidentiality, and which laws, regulations and contracts apply. In a startup this is a short document, approved by leadership each year, that lists those commitments and requirements and ties them to the system being audited.'
	},
	{
		id: 'CC3.2',
		category: 'security',
		series: 'CC3',
		title: 'Risks are identified, rated and given a response',
		explanation:
			'The auditor expects a risk assessment at least once a year that covers the whole system, including vendors, and rates each risk by likelihood and impact. Every risk needs an owner and a decision: reduce, transfer, avoid or accept. For a small company a risk register kept in a spreadsheet with those columns, reviewed and signed off by leadership, is enough.'
	},
	{
		id: 'CC3.3',
		category: 'security',
		series: 'CC3',
		title: 'The risk assessment considers how fraud could happen',
		explanation:
			'Auditors look for explicit thought about how someone inside or outside the company could commit fraud or misuse the system: stealing data, falsifying records, abusing admin rights or diverting payments. For a startup this is usually a fraud section in the annual risk assessment that lists concrete scenarios, the incentive and opportunity behind each, and the controls that counter them.'
	},
	{
		id: 'CC3.4',
		category: 'security',
		series: 'CC3',
		title: 'Significant changes are assessed for their effect on risks and controls',
		explanation:
			'The auditor checks that big changes, such as a new product, an acquisition, a move to another cloud provider, fast hiring or new leadership, trigger a look at new risks and at whether existing controls still work. In practice this means a short written list of triggering events and a documented risk review each time one of them happens.'
	},
	{
		id: 'CC4.1',
		category: 'security',
		series: 'CC4',
		title: 'The company checks for itself that its controls keep working',
		explanation:
			"The auditor wants to see that the company evaluates its own controls instead of waiting for the audit to find problems. For a small company this usually means control owners confirming each quarter that their controls ran, with evidence and a sample re-checked by the security lead, plus separate looks such as an internal audit, an outside readiness assessment or the review of vendors' audit reports."
	},
	{
		id: 'CC4.2',
		category: 'security',
		series: 'CC4',
		title: 'Control failures are reported to the right people and fixed on time',
		explanation:
			'When a control fails or a gap is found, the auditor expects it to be logged with an owner and a due date, reported to leadership, and to the board when it is serious, and then fixed. In practice a single deficiency log in your ticketing system, reviewed at a regular leadership meeting, provides the evidence.'
	},
	{
		id: 'CC5.1',
		category: 'security',
		series: 'CC5',
		title: 'Controls are chosen to bring the identified risks down to an acceptable level',
		explanation:
			"Auditors check that controls were selected because of the risks in your risk assessment, and that duties which should not sit with one person are separated or covered by a second person's review. For a startup this means a control matrix linking each significant risk to the controls that address it, and a record of who holds which incompatible duties."
	},
	{
		id: 'CC5.2',
		category: 'security',
		series: 'CC5',
		title: 'General IT controls cover every system the service runs on',
		explanation:
			'The auditor looks for controls over the technology itself: the infrastructure, how access is managed, and how systems are acquired, built and changed. For a small company this means knowing every system in scope and showing that each one is covered by access, change, logging and backup controls, including systems added during the year.'
	},
	{
		id: 'CC5.3',
		category: 'security',
		series: 'CC5',
		title: 'Policies say what must happen and procedures put them into practice',
		explanation:
			'The auditor expects approved, current policies that state what must happen and procedures that explain how, with named people responsible and regular review. In practice this means a policy set approved by leadership at least once a year and published where staff can read it, plus a short written procedure for each recurring control.'
	},
	{
		id: 'CC9.1',
		category: 'security',
		series: 'CC9',
		title: 'Risks that could disrupt the business are identified and reduced',
		explanation:
			'Auditors want to see that the company has considered what could stop the business, such as a cloud outage, the loss of a key person, a ransomware attack or a failed supplier, and has decided how to reduce each risk, including whether to insure against it. For a startup this means a business impact analysis of critical services and their dependencies and a recorded decision on cyber insurance. The disaster-recovery plan and its tests are covered by the availability and incident controls.'
	},
	{
		id: 'CC9.2',
		category: 'security',
		series: 'CC9',
		title: 'Vendors and business partners are assessed and managed for security risk',
		explanation:
			'The auditor checks that you know every vendor that touches your system or data, assess each one before signing, put security and breach-notification terms in contracts, and review vendors again over time. For cloud providers and other critical vendors this includes reading their SOC 2 report each year and confirming that you perform the controls they expect from their customers.'
	}
] as const satisfies readonly Criterion[];
