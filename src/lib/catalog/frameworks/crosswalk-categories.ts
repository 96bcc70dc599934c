/** Crosswalk for the availability, confidentiality, processing integrity and privacy controls: our judgement of which ISO 27001 and CSF 2.0 targets each serves. */
import type { ControlCrosswalk } from './types';

export const CROSSWALK_CATEGORIES: readonly ControlCrosswalk[] = [
	// Availability
	{
		control: 'AVL-01',
		iso: { full: ['A.8.6'], partial: ['A.8.16'] },
		csf: { full: ['PR.IR-04'], partial: ['DE.CM-09'] }
	},
	{ control: 'AVL-02', iso: { partial: ['A.8.6'] }, csf: { partial: ['PR.IR-04'] } },
	{
		control: 'AVL-03',
		iso: { partial: ['A.8.16', 'A.5.26'] },
		csf: { partial: ['DE.CM-09', 'RS.CO-02', 'RC.CO-03'] }
	},
	{ control: 'AVL-04', iso: { partial: ['9.1'] }, csf: { partial: ['GV.OC-04'] } },
	{
		control: 'AVL-05',
		iso: { full: ['A.8.14'], partial: ['A.5.30'] },
		csf: { full: ['PR.IR-03'] }
	},
	{
		control: 'AVL-06',
		iso: { full: ['A.5.30'], partial: ['A.5.29'] },
		csf: { partial: ['ID.IM-04', 'RC.RP-01'] }
	},
	{ control: 'AVL-07', iso: { partial: ['A.5.30'] }, csf: { partial: ['ID.IM-02', 'RC.RP-05'] } },
	{
		control: 'AVL-08',
		iso: { full: ['A.7.11'], partial: ['A.7.5', 'A.7.13'] },
		csf: { full: ['PR.IR-02'], partial: ['DE.CM-02'] }
	},
	{ control: 'BCK-01', iso: { full: ['A.8.13'] }, csf: { full: ['PR.DS-11'] } },
	{ control: 'BCK-02', iso: { partial: ['A.8.13', 'A.5.30'] }, csf: { partial: ['PR.DS-11'] } },
	{ control: 'BCK-03', iso: { partial: ['A.8.13'] }, csf: { partial: ['PR.DS-11'] } },
	{ control: 'BCK-04', iso: { partial: ['A.8.13'] }, csf: { partial: ['PR.DS-11', 'RC.RP-03'] } },

	// Confidentiality
	{
		control: 'CNF-01',
		iso: { full: ['A.5.12'], partial: ['A.5.10'] },
		csf: { partial: ['ID.AM-05'] }
	},
	{ control: 'CNF-02', iso: { partial: ['A.5.9'] }, csf: { full: ['ID.AM-07'] } },
	{
		control: 'CNF-03',
		iso: { full: ['A.6.6'], partial: ['A.6.2'] },
		csf: { partial: ['GV.RR-04'] }
	},
	{
		control: 'CNF-04',
		iso: { partial: ['A.8.3', 'A.8.2', 'A.8.15'] },
		csf: { partial: ['PR.AA-05', 'DE.CM-03'] }
	},
	{ control: 'CNF-05', iso: { partial: ['A.8.10'] }, csf: { partial: ['ID.AM-08'] } },
	{ control: 'CNF-06', iso: { partial: ['A.8.10', 'A.5.33'] }, csf: { partial: ['ID.AM-08'] } },
	{
		control: 'CNF-07',
		iso: { full: ['A.8.33'], partial: ['A.8.11', 'A.8.31'] },
		csf: { partial: ['PR.IR-01'] }
	},

	// Processing integrity
	{
		control: 'PI-01',
		iso: { partial: ['4.2', 'A.8.26', 'A.5.37'] },
		// no CSF target: the CSF has no outcome for specifying processing rules and data definitions
		csf: {}
	},
	{
		control: 'PI-02',
		iso: { partial: ['A.8.32'] },
		// no CSF target: advance notice to customers of processing changes is not a cybersecurity outcome
		csf: {}
	},
	{ control: 'PI-03', iso: { partial: ['A.8.26', 'A.8.28'] }, csf: { partial: ['PR.PS-06'] } },
	{ control: 'PI-04', iso: { partial: ['A.8.26'] }, csf: { partial: ['PR.DS-02'] } },
	{ control: 'PI-05', iso: { partial: ['A.8.26', 'A.8.16'] }, csf: { partial: ['DE.CM-09'] } },
	{ control: 'PI-06', iso: { partial: ['A.5.37', 'A.8.16'] }, csf: { partial: ['DE.CM-09'] } },
	{ control: 'PI-07', iso: { partial: ['A.8.16', 'A.5.37'] }, csf: { partial: ['DE.CM-09'] } },
	{
		control: 'PI-08',
		iso: { partial: ['A.8.26'] },
		// no CSF target: checking outputs for accuracy before release is processing integrity, not a CSF outcome
		csf: {}
	},
	{ control: 'PI-09', iso: { partial: ['A.5.14', 'A.8.3'] }, csf: { partial: ['PR.DS-02'] } },
	{ control: 'PI-10', iso: { partial: ['A.5.33', 'A.5.31'] }, csf: { partial: ['PR.DS-01'] } },
	{
		control: 'PI-11',
		iso: { partial: ['A.8.15', 'A.5.33'] },
		csf: { partial: ['PR.PS-04', 'PR.DS-01'] }
	},

	// Privacy
	{ control: 'PRV-01', iso: { partial: ['A.5.34'] }, csf: { partial: ['GV.OC-03'] } },
	{ control: 'PRV-02', iso: { partial: ['A.5.34'] }, csf: { partial: ['GV.OC-03'] } },
	{ control: 'PRV-03', iso: { partial: ['A.5.34', 'A.5.31'] }, csf: { partial: ['GV.OC-03'] } },
	{ control: 'PRV-04', iso: { partial: ['A.5.34'] }, csf: { partial: ['GV.OC-03'] } },
	{ control: 'PRV-05', iso: { partial: ['A.5.34'] }, csf: { partial: ['GV.OC-03'] } },
	{ control: 'PRV-06', iso: { partial: ['A.5.34', 'A.5.8'] }, csf: { partial: ['ID.RA-07'] } },
	{ control: 'PRV-07', iso: { partial: ['A.5.34', 'A.5.19'] }, csf: { partial: ['GV.SC-06'] } },
	{ control: 'PRV-08', iso: { partial: ['A.5.34', 'A.5.9'] }, csf: { full: ['ID.AM-07'] } },
	{ control: 'PRV-09', iso: { partial: ['A.5.34'] }, csf: { partial: ['GV.OC-03'] } },
	{ control: 'PRV-10', iso: { partial: ['A.5.34', 'A.5.33'] }, csf: { partial: ['ID.AM-08'] } },
	{ control: 'PRV-11', iso: { partial: ['A.8.10', 'A.5.34'] }, csf: { partial: ['ID.AM-08'] } },
	{
		control: 'PRV-12',
		iso: { partial: ['A.5.34', 'A.8.10'] },
		// no CSF target: carrying out an individual's erasure right is a privacy outcome the CSF does not cover
		csf: {}
	},
	{ control: 'PRV-13', iso: { partial: ['A.5.34'] }, csf: { partial: ['GV.OC-03'] } },
	{
		control: 'PRV-14',
		iso: { partial: ['A.5.34'] },
		// no CSF target: the CSF's identity outcomes concern system users and credentials, not rights requesters
		csf: {}
	},
	{
		control: 'PRV-15',
		iso: { partial: ['A.5.34'] },
		// no CSF target: the right of access to one's data is a privacy outcome the CSF does not cover
		csf: {}
	},
	{
		control: 'PRV-16',
		iso: { partial: ['A.5.34'] },
		// no CSF target: the right to correction is a privacy outcome the CSF does not cover
		csf: {}
	},
	{
		control: 'PRV-17',
		iso: { partial: ['A.5.34'] },
		// no CSF target: helping controllers answer individuals' requests is a privacy outcome the CSF does not cover
		csf: {}
	},
	{ control: 'PRV-18', iso: { partial: ['A.5.34', 'A.5.19'] }, csf: { partial: ['GV.SC-06'] } },
	{ control: 'PRV-19', iso: { partial: ['A.5.34', 'A.5.31'] }, csf: { partial: ['GV.OC-03'] } },
	{
		control: 'PRV-20',
		iso: { partial: ['A.5.34'] },
		// no CSF target: a register of authorised disclosures is a privacy accountability record outside the CSF
		csf: {}
	},
	{
		control: 'PRV-21',
		iso: { partial: ['A.5.34', 'A.6.8', 'A.5.27'] },
		csf: { partial: ['RS.AN-06'] }
	},
	{ control: 'PRV-22', iso: { partial: ['A.5.20', 'A.5.34'] }, csf: { partial: ['GV.SC-05'] } },
	{ control: 'PRV-23', iso: { partial: ['A.5.22', 'A.5.34'] }, csf: { partial: ['GV.SC-07'] } },
	{
		control: 'PRV-24',
		iso: { partial: ['A.5.20', 'A.5.24'] },
		csf: { partial: ['GV.SC-08', 'GV.SC-05'] }
	},
	{
		control: 'PRV-25',
		iso: { partial: ['A.5.26', 'A.5.5', 'A.5.34'] },
		csf: { partial: ['RS.CO-02', 'GV.OC-03'] }
	},
	{
		control: 'PRV-26',
		iso: { partial: ['A.5.34'] },
		// no CSF target: giving individuals an account of their data and its recipients is outside the CSF
		csf: {}
	},
	{
		control: 'PRV-27',
		iso: { partial: ['A.5.34', 'A.8.26'] },
		// no CSF target: accuracy of personal data is a privacy quality principle the CSF does not address
		csf: {}
	},
	{
		control: 'PRV-28',
		iso: { partial: ['A.5.34', '10.2'] },
		// no CSF target: handling privacy complaints from individuals is outside the CSF
		csf: {}
	},
	{
		control: 'PRV-29',
		iso: { partial: ['A.5.34', 'A.5.31', '9.3'] },
		csf: { partial: ['GV.OC-03', 'GV.RR-02'] }
	},
	{ control: 'PRV-30', iso: { partial: ['A.6.3', '7.2'] }, csf: { partial: ['PR.AT-02'] } },
	{ control: 'PRV-31', iso: { partial: ['A.5.34'] }, csf: { partial: ['GV.OC-03'] } },
	{ control: 'PRV-32', iso: { partial: ['A.5.34', 'A.5.31'] }, csf: { partial: ['GV.OC-03'] } }
];
