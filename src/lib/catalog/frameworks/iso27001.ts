/**
 * ISO/IEC 27001:2022 as reference data: the ISMS clauses 4–10 (two levels) and the 93 Annex A
 * controls in four themes. Identifiers and titles are facts of the standard; nothing else of its
 * text is here. Annex A ids carry an 'A.' prefix so that clause 5.1 and control A.5.1 stay apart.
 */
import type { FrameworkGroup, FrameworkTarget } from './types';

export const ISO_GROUPS: readonly FrameworkGroup[] = [
	{ id: 'ISMS', title: 'Management system (clauses 4–10)', parent: 'ISMS' },
	{ id: 'A.5', title: 'Organizational controls', parent: 'A.5' },
	{ id: 'A.6', title: 'People controls', parent: 'A.6' },
	{ id: 'A.7', title: 'Physical controls', parent: 'A.7' },
	{ id: 'A.8', title: 'Technological controls', parent: 'A.8' }
];

const clause = (id: string, title: string): FrameworkTarget => ({ id, group: 'ISMS', title });

export const ISMS_CLAUSES: readonly FrameworkTarget[] = [
	clause('4.1', 'Understanding the organization and its context'),
	clause('4.2', 'Understanding the needs and expectations of interested parties'),
	clause('4.3', 'Determining the scope of the information security management system'),
	clause('4.4', 'Information security management system'),
	clause('5.1', 'Leadership and commitment'),
	clause('5.2', 'Policy'),
	clause('5.3', 'Organizational roles, responsibilities and authorities'),
	clause('6.1', 'Actions to address risks and opportunities'),
	clause('6.2', 'Information security objectives and planning to achieve them'),
	clause('6.3', 'Planning of changes'),
	clause('7.1', 'Resources'),
	clause('7.2', 'Competence'),
	clause('7.3', 'Awareness'),
	clause('7.4', 'Communication'),
	clause('7.5', 'Documented information'),
	clause('8.1', 'Operational planning and control'),
	clause('8.2', 'Information security risk assessment'),
	clause('8.3', 'Information security risk treatment'),
	clause('9.1', 'Monitoring, measurement, analysis and evaluation'),
	clause('9.2', 'Internal audit'),
	clause('9.3', 'Management review'),
	clause('10.1', 'Continual improvement'),
	clause('10.2', 'Nonconformity and corrective action')
];

function theme(group: string, titles: readonly string[]): FrameworkTarget[] {
	return titles.map((title, i) => ({ id: `${group}.${i + 1}`, group, title }));
}

export const ANNEX_A: readonly FrameworkTarget[] = [
	...theme('A.5', [
		'Policies for information security',
		'Information security roles and responsibilities',
		'Segregation of duties',
		'Management responsibilities',
		'Contact with authorities',
		'Contact with special interest groups',
		'Threat intelligence',
		'Information security in project management',
		'Inventory of information and other associated assets',
		'Acceptable use of information and other associated assets',
		'Return of assets',
		'Classification of information',
		'Labelling of information',
		'Information transfer',
		'Access control',
		'Identity management',
		'Authentication information',
		'Access rights',
		'Information security in supplier relationships',
		'Addressing information security within supplier agreements',
		'Managing information security in the ICT supply chain',
		'Monitoring, review and change management of supplier services',
		'Information security for use of cloud services',
		'Information security incident management planning and preparation',
		'Assessment and decision on information security events',
		'Response to information security incidents',
		'Learning from information security incidents',
		'Collection of evidence',
		'Information security during disruption',
		'ICT readiness for business continuity',
		'Legal, statutory, regulatory and contractual requirements',
		'Intellectual property rights',
		'Protection of records',
		'Privacy and protection of PII',
		'Independent review of information security',
		'Compliance with policies, rules and standards for information security',
		'Documented operating procedures'
	]),
	...theme('A.6', [
		'Screening',
		'Terms and conditions of employment',
		'Information security awareness, education and training',
		'Disciplinary process',
		'Responsibilities after termination or change of employment',
		'Confidentiality or non-disclosure agreements',
		'Remote working',
		'Information security event reporting'
	]),
	...theme('A.7', [
		'Physical security perimeters',
		'Physical entry',
		'Securing offices, rooms and facilities',
		'Physical security monitoring',
		'Protecting against physical and environmental threats',
		'Working in secure areas',
		'Clear desk and clear screen',
		'Equipment siting and protection',
		'Security of assets off-premises',
		'Storage media',
		'Supporting utilities',
		'Cabling security',
		'Equipment maintenance',
		'Secure disposal or re-use of equipment'
	]),
	...theme('A.8', [
		'User endpoint devices',
		'Privileged access rights',
		'Information access restriction',
		'Access to source code',
		'Secure authentication',
		'Capacity management',
		'Protection against malware',
		'Management of technical vulnerabilities',
		'Configuration management',
		'Information deletion',
		'Data masking',
		'Data leakage prevention',
		'Information backup',
		'Redundancy of information processing facilities',
		'Logging',
		'Monitoring activities',
		'Clock synchronization',
		'Use of privileged utility programs',
		'Installation of software on operational systems',
		'Networks security',
		'Security of network services',
		'Segregation of networks',
		'Web filtering',
		'Use of cryptography',
		'Secure development life cycle',
		'Application security requirements',
		'Secure system architecture and engineering principles',
		'Secure coding',
		'Security testing in development and acceptance',
		'Outsourced development',
		'Separation of development, test and production environments',
		'Change management',
		'Test information',
		'Protection of information systems during audit testing'
	])
];

/** Every ISO target, clauses first, in the standard's order. */
export const ISO_TARGETS: readonly FrameworkTarget[] = [...ISMS_CLAUSES, ...ANNEX_A];
