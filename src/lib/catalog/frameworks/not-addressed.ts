/**
 * ISO 27001 and CSF 2.0 targets that no control of our SOC 2 catalog links to, each with the
 * reason in one sentence. The crosswalk test requires every target to be linked or listed here,
 * never both, so a new link removes its line.
 */

export const ISO_NOT_ADDRESSED: Readonly<Record<string, string>> = {
	'4.1':
		'SOC 2 asks for risks and commitments, not a record of the internal and external issues that shape the ISMS.',
	'4.4':
		'Establishing and running the ISMS as a management system is the whole of clauses 4 to 10, not one control.',
	'8.1':
		'Planning and controlling the ISMS processes as a whole is management-system work SOC 2 does not ask for.',
	'A.5.6': 'SOC 2 does not ask for membership of security forums or special interest groups.',
	'A.5.7':
		'SOC 2 does not ask for a threat intelligence process; the risk assessment only considers threats.',
	'A.5.32': 'Protecting intellectual property and software licences is outside the SOC 2 criteria.',
	'A.7.3':
		'The physical controls cover entry and the server room; securing offices themselves is not asked of a cloud company.',
	'A.7.4': 'SOC 2 does not ask for cameras, alarms or guards monitoring the premises.',
	'A.7.12':
		'Cabling security matters only for company-run data rooms, which SOC 2 covers through the provider.',
	'A.8.17': 'SOC 2 does not ask for synchronised clocks, though log reviews rely on them.',
	'A.8.18':
		'No control restricts utility programs that can override system and application controls.',
	'A.8.21':
		'No control sets the security features and service levels of network services bought in.',
	'A.8.23': 'SOC 2 does not ask for filtering of the websites staff can visit.'
};

export const CSF_NOT_ADDRESSED: Readonly<Record<string, string>> = {
	'GV.OC-01':
		'SOC 2 does not ask how the mission shapes risk decisions; the objectives start from commitments.',
	'GV.RM-03':
		'SOC 2 looks at security risk on its own, not at its place in company-wide risk management.',
	'GV.RM-07': 'SOC 2 does not ask for positive risks or opportunities to be considered.',
	'ID.RA-02': 'SOC 2 does not ask for threat intelligence feeds or information sharing forums.',
	'PR.AA-02':
		'No control proves a person’s identity before credentials are issued, beyond HR onboarding.',
	'PR.AA-04':
		'No control addresses how identity assertions such as tokens are protected and verified.',
	'DE.CM-06':
		'Vendors are reviewed on a schedule, but their activity is not monitored for adverse events.',
	'DE.AE-04':
		'The incident controls classify severity, but do not ask for the impact and scope of events to be estimated.',
	'DE.AE-07': 'SOC 2 does not ask for threat intelligence to be used when analysing events.',
	'RS.MA-05': 'No control sets criteria for when incident recovery starts.',
	'RC.RP-04': 'SOC 2 does not ask for post-incident operating norms to be set.',
	'RC.CO-04': 'Customer notification is covered; public updates through approved channels are not.'
};
