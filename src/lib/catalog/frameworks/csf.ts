/**
 * NIST Cybersecurity Framework 2.0 as reference data: 6 functions, 22 categories and 106
 * subcategories. Identifiers and the function and category names are facts of the framework; the
 * short subcategory titles are our own summaries, not NIST's outcome statements.
 */
import type { FrameworkGroup, FrameworkTarget } from './types';

export const CSF_FUNCTIONS: readonly { id: string; title: string }[] = [
	{ id: 'GV', title: 'Govern' },
	{ id: 'ID', title: 'Identify' },
	{ id: 'PR', title: 'Protect' },
	{ id: 'DE', title: 'Detect' },
	{ id: 'RS', title: 'Respond' },
	{ id: 'RC', title: 'Recover' }
];

const cat = (id: string, title: string): FrameworkGroup => ({ id, title, parent: id.slice(0, 2) });

export const CSF_CATEGORIES: readonly FrameworkGroup[] = [
	cat('GV.OC', 'Organizational Context'),
	cat('GV.RM', 'Risk Management Strategy'),
	cat('GV.RR', 'Roles, Responsibilities, and Authorities'),
	cat('GV.PO', 'Policy'),
	cat('GV.OV', 'Oversight'),
	cat('GV.SC', 'Cybersecurity Supply Chain Risk Management'),
	cat('ID.AM', 'Asset Management'),
	cat('ID.RA', 'Risk Assessment'),
	cat('ID.IM', 'Improvement'),
	cat('PR.AA', 'Identity Management, Authentication, and Access Control'),
	cat('PR.AT', 'Awareness and Training'),
	cat('PR.DS', 'Data Security'),
	cat('PR.PS', 'Platform Security'),
	cat('PR.IR', 'Technology Infrastructure Resilience'),
	cat('DE.CM', 'Continuous Monitoring'),
	cat('DE.AE', 'Adverse Event Analysis'),
	cat('RS.MA', 'Incident Management'),
	cat('RS.AN', 'Incident Analysis'),
	cat('RS.CO', 'Incident Response Reporting and Communication'),
	cat('RS.MI', 'Incident Mitigation'),
	cat('RC.RP', 'Incident Recovery Plan Execution'),
	cat('RC.CO', 'Incident Recovery Communication')
];

/** Subcategories of one category: [number, our summary]. */
function sub(group: string, items: readonly [number, string][]): FrameworkTarget[] {
	return items.map(([n, title]) => ({
		id: `${group}-${String(n).padStart(2, '0')}`,
		group,
		title
	}));
}

export const CSF_SUBCATEGORIES: readonly FrameworkTarget[] = [
	...sub('GV.OC', [
		[1, 'Mission shapes how security risk is handled'],
		[2, 'Stakeholder expectations known and weighed'],
		[3, 'Legal, regulatory and contract duties known and managed'],
		[4, 'Services others rely on known and communicated'],
		[5, 'What the company depends on known and communicated']
	]),
	...sub('GV.RM', [
		[1, 'Risk objectives agreed'],
		[2, 'Risk appetite and tolerance stated'],
		[3, 'Security risk part of company-wide risk management'],
		[4, 'Risk response options set as direction'],
		[5, 'Channels for raising risks, suppliers included'],
		[6, 'One method to rate and rank risks'],
		[7, 'Opportunities considered alongside risks']
	]),
	...sub('GV.RR', [
		[1, 'Leadership owns security risk and sets the culture'],
		[2, 'Security roles and authority assigned and known'],
		[3, 'Enough resources for the security programme'],
		[4, 'Security built into HR practices']
	]),
	...sub('GV.PO', [
		[1, 'Security policy set, communicated and enforced'],
		[2, 'Policy reviewed and updated as things change']
	]),
	...sub('GV.OV', [
		[1, 'Strategy outcomes reviewed to steer direction'],
		[2, 'Strategy adjusted to cover requirements and risks'],
		[3, 'Risk management performance evaluated']
	]),
	...sub('GV.SC', [
		[1, 'Supplier risk programme in place'],
		[2, 'Security roles agreed with suppliers and partners'],
		[3, 'Supplier risk part of risk management and improvement'],
		[4, 'Suppliers known and ranked by criticality'],
		[5, 'Security requirements written into supplier contracts'],
		[6, 'Due diligence before a new supplier relationship'],
		[7, 'Supplier risks assessed and monitored throughout'],
		[8, 'Suppliers included in incident plans and exercises'],
		[9, 'Supply chain security monitored over the life cycle'],
		[10, 'What happens when a supplier relationship ends']
	]),
	...sub('ID.AM', [
		[1, 'Hardware inventory'],
		[2, 'Software, service and system inventory'],
		[3, 'Network and data-flow diagrams'],
		[4, 'Inventory of services bought from suppliers'],
		[5, 'Assets ranked by classification and criticality'],
		[7, 'Inventory of data types and their metadata'],
		[8, 'Assets managed from acquisition to disposal']
	]),
	...sub('ID.RA', [
		[1, 'Vulnerabilities found and recorded'],
		[2, 'Threat intelligence received'],
		[3, 'Threats identified and recorded'],
		[4, 'Impact and likelihood estimated'],
		[5, 'Inherent risk understood and prioritised'],
		[6, 'Risk responses chosen, tracked and communicated'],
		[7, 'Changes and exceptions assessed for risk'],
		[8, 'Outside vulnerability reports received and handled'],
		[9, 'Hardware and software checked as genuine before use'],
		[10, 'Critical suppliers assessed before purchase']
	]),
	...sub('ID.IM', [
		[1, 'Improvements from evaluations and audits'],
		[2, 'Improvements from tests and exercises'],
		[3, 'Improvements from day-to-day operations'],
		[4, 'Incident response and other plans kept current']
	]),
	...sub('PR.AA', [
		[1, 'Identities and credentials managed'],
		[2, 'Identity proven before credentials are issued'],
		[3, 'Users, services and devices authenticated'],
		[4, 'Identity assertions protected and verified'],
		[5, 'Least-privilege access defined, enforced and reviewed'],
		[6, 'Physical access managed by risk']
	]),
	...sub('PR.AT', [
		[1, 'Security awareness for everyone'],
		[2, 'Role-specific security training']
	]),
	...sub('PR.DS', [
		[1, 'Data at rest protected'],
		[2, 'Data in transit protected'],
		[10, 'Data in use protected'],
		[11, 'Backups made, protected and tested']
	]),
	...sub('PR.PS', [
		[1, 'Configuration management'],
		[2, 'Software maintained, replaced and removed by risk'],
		[3, 'Hardware maintained, replaced and removed by risk'],
		[4, 'Logs produced for monitoring'],
		[5, 'Unauthorised software prevented'],
		[6, 'Secure development practices in the life cycle']
	]),
	...sub('PR.IR', [
		[1, 'Networks protected from unauthorised access'],
		[2, 'Technology protected from environmental threats'],
		[3, 'Resilience built in for normal and adverse conditions'],
		[4, 'Enough capacity for availability']
	]),
	...sub('DE.CM', [
		[1, 'Networks monitored'],
		[2, 'Physical environment monitored'],
		[3, 'Staff activity and technology use monitored'],
		[6, 'Service provider activity monitored'],
		[9, 'Hardware, software and runtime environments monitored']
	]),
	...sub('DE.AE', [
		[2, 'Suspicious events analysed'],
		[3, 'Information correlated from several sources'],
		[4, 'Impact and scope of events estimated'],
		[6, 'Event information given to the right people and tools'],
		[7, 'Threat intelligence used in analysis'],
		[8, 'Incidents declared against set criteria']
	]),
	...sub('RS.MA', [
		[1, 'Response plan run with third parties once declared'],
		[2, 'Incident reports triaged and validated'],
		[3, 'Incidents categorised and prioritised'],
		[4, 'Incidents escalated when needed'],
		[5, 'Criteria for starting recovery applied']
	]),
	...sub('RS.AN', [
		[3, 'What happened and root cause established'],
		[6, 'Investigation actions recorded and preserved'],
		[7, 'Incident data collected with integrity preserved'],
		[8, 'Magnitude of the incident estimated']
	]),
	...sub('RS.CO', [
		[2, 'Stakeholders notified of incidents'],
		[3, 'Information shared with designated parties']
	]),
	...sub('RS.MI', [
		[1, 'Incidents contained'],
		[2, 'Incidents eradicated']
	]),
	...sub('RC.RP', [
		[1, 'Recovery part of the plan carried out'],
		[2, 'Recovery actions chosen and performed'],
		[3, 'Backups verified before restoring'],
		[4, 'Post-incident operating norms set'],
		[5, 'Restored systems verified and normal service confirmed'],
		[6, 'End of recovery declared and documented']
	]),
	...sub('RC.CO', [
		[3, 'Recovery progress communicated to stakeholders'],
		[4, 'Public recovery updates through approved channels']
	])
];
