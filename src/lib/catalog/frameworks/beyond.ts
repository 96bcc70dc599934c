/**
 * What each other framework asks for beyond a SOC 2 programme, in our words: the management-system
 * work ISO 27001 certification needs, and how the CSF is used. Shown beside the readiness figures
 * so a score in the other framework's terms is never read as "ready for certification".
 */

export interface BeyondItem {
	/** Clause or topic, e.g. '6.1.3'. */
	ref: string;
	title: string;
	/** What is needed and what from the SOC 2 work helps. */
	text: string;
}

export const ISO_BEYOND_SOC2: readonly BeyondItem[] = [
	{
		ref: '4.3',
		title: 'A written ISMS scope',
		text: 'The scope names the organisation, locations, systems and the interfaces with others. The SOC 2 system description is a good start, but the ISMS scope is usually the whole company, not one service.'
	},
	{
		ref: '4.1, 4.2',
		title: 'Context and interested parties',
		text: 'A record of the internal and external issues that matter to security and of what customers, regulators and staff expect. The register of commitments (GOV-10) covers part of it.'
	},
	{
		ref: '6.1.2, 6.1.3',
		title: 'Risk method, treatment plan and Statement of Applicability',
		text: 'A documented risk method with acceptance criteria, risk owners who approve the treatment plan and accept what is left, and a Statement of Applicability for all 93 Annex A controls. The draft on this page starts the SoA.'
	},
	{
		ref: '6.2',
		title: 'Measurable security objectives',
		text: 'Objectives with targets, owners, resources and dates, and a way to measure them. RSK-01 gives the objectives; ISO also wants them measured and planned.'
	},
	{
		ref: '7.2, 7.5',
		title: 'Competence records and document control',
		text: 'Evidence that people in security roles are competent, and control of documents and records: versions, approval, access and retention.'
	},
	{
		ref: '9.2',
		title: 'An internal audit programme',
		text: 'Planned internal audits of the whole ISMS, clauses and Annex A, by people who do not audit their own work, with reports to management. A SOC 2 control self-assessment is not enough on its own.'
	},
	{
		ref: '9.3',
		title: 'Management review with the required inputs',
		text: 'Top management reviews the ISMS at planned intervals covering the inputs the standard lists (audit results, objectives, changes, feedback, risks) and records its decisions.'
	},
	{
		ref: '10.1, 10.2',
		title: 'Corrective action and continual improvement',
		text: 'Each nonconformity gets a root cause, a correction and a check that it worked. The deficiency log (MON-03) is the place to keep them.'
	},
	{
		ref: 'Certification',
		title: 'A certification body and a three-year cycle',
		text: 'An accredited certification body audits in two stages (documents, then operation), then surveillance audits every year and recertification in the third. Budget for both audits and the time the ISMS needs to run before Stage 2.'
	}
];

export const CSF_NOTES: readonly BeyondItem[] = [
	{
		ref: 'Profiles',
		title: 'Current and target profiles',
		text: 'The CSF is not certified. Companies describe a current profile (where they are) and a target profile (where they want to be) per subcategory. The readiness below is a starting current profile drawn from the SOC 2 answers.'
	},
	{
		ref: 'Tiers',
		title: 'Tiers of rigour',
		text: 'Tiers 1 to 4 describe how rigorous and repeatable risk governance and management are. They are a judgement for leadership, not something this app computes.'
	},
	{
		ref: 'GV.SC, ID.RA',
		title: 'Supply chain and threat intelligence',
		text: 'The CSF asks more of supply chain risk and threat intelligence than SOC 2 does, for example suppliers in incident exercises and checking that hardware and software are genuine.'
	}
];
