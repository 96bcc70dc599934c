/**
 * Controls a company very likely already runs when it holds another framework, per option of the
 * scoping question `existing_frameworks`. For ISO 27001 the list comes from our crosswalk
 * (frameworks/index.ts, ISO_LIKELY); for the others it is a short, hand-written judgement per
 * control id. It only marks controls "Likely in place" for the user to confirm: scoring never
 * reads it, so a likely control stays Not assessed until someone confirms it.
 */
import { ISO_LIKELY } from './frameworks';

export type FrameworkId = 'soc2' | 'iso27001' | 'hipaa' | 'pci' | 'gdpr';

/** In the question's order; how each reads inside "Likely in place (…)". */
export const FRAMEWORK_LABEL: Record<FrameworkId, string> = {
	soc2: 'previous SOC 2',
	iso27001: 'ISO 27001',
	hipaa: 'HIPAA',
	pci: 'PCI DSS',
	gdpr: 'GDPR'
};

export const FRAMEWORKS = Object.keys(FRAMEWORK_LABEL) as FrameworkId[];

/**
 * PCI DSS asks for the technical core: segmented networks and firewall rules, hardening
 * standards, malware protection, vulnerability scans and penetration tests, logging with a year's
 * retention, unique accounts with MFA and access reviews, encryption, change control and secure
 * coding training. Its scope is the cardholder data environment, which may be narrower than the
 * system in this report, hence confirmation.
 */
const PCI_DSS = [
	...['NET-01', 'NET-02', 'NET-03', 'NET-04'],
	...['VUL-01', 'VUL-02', 'VUL-03', 'END-03'],
	...['LOG-01', 'LOG-02', 'LOG-03', 'LOG-04'],
	...['IAM-02', 'IAM-03', 'IAM-04', 'IAM-05', 'IAM-07', 'IAM-08'],
	...['CRY-01', 'CRY-02', 'CRY-03'],
	...['CHG-01', 'CHG-02', 'CHG-07', 'SDL-01']
] as const;

/**
 * The HIPAA Security Rule's required safeguards: a security official, risk analysis and risk
 * management, sanctions, training, unique user ids and access management, audit controls,
 * incident procedures and breach notification, a contingency plan with data backup, and business
 * associate agreements (the vendor contract clauses).
 */
const HIPAA = [
	...['GOV-04', 'RSK-02', 'RSK-03', 'HR-04', 'HR-06'],
	...['IAM-03', 'IAM-04', 'IAM-05', 'IAM-07', 'LOG-01'],
	...['INC-01', 'INC-03', 'INC-05'],
	...['AVL-06', 'BCK-01', 'VEN-05']
] as const;

/**
 * A GDPR programme covers the Privacy controls (notice, lawful basis and consent, records of
 * processing, retention, rights requests, processor terms, breach notification) and the deletion
 * and disposal of customer data past its retention.
 */
const GDPR = [
	...['PRV-01', 'PRV-02', 'PRV-03', 'PRV-04', 'PRV-05', 'PRV-06', 'PRV-07', 'PRV-08'],
	...['PRV-09', 'PRV-10', 'PRV-11', 'PRV-12', 'PRV-13', 'PRV-14', 'PRV-15', 'PRV-16'],
	...['PRV-17', 'PRV-18', 'PRV-19', 'PRV-20', 'PRV-21', 'PRV-22', 'PRV-23', 'PRV-24'],
	...['PRV-25', 'PRV-26', 'PRV-27', 'PRV-28', 'PRV-29', 'PRV-30', 'PRV-31', 'PRV-32'],
	...['CNF-05', 'CNF-06']
] as const;

/**
 * Control ids per framework, or 'every control' for a previous SOC 2 report (whose controls were
 * tested against the same criteria, though perhaps not with this catalog's wording).
 */
export const LIKELY_IN_PLACE: Record<FrameworkId, 'every control' | readonly string[]> = {
	soc2: 'every control',
	iso27001: ISO_LIKELY,
	hipaa: HIPAA,
	pci: PCI_DSS,
	gdpr: GDPR
};
