/**
 * Crosswalk for the technical controls (IAM, CRY, END, NET, CHG, SDL, LOG, VUL, INC, AI): our
 * judgement of which ISO 27001 and CSF 2.0 targets each serves.
 */
import type { ControlCrosswalk } from './types';

export const CROSSWALK_TECHNICAL: readonly ControlCrosswalk[] = [
	{
		control: 'IAM-01',
		iso: { partial: ['A.5.16', 'A.8.5'] },
		csf: { partial: ['PR.AA-01', 'PR.AA-03'] }
	},
	{ control: 'IAM-02', iso: { full: ['A.8.5'] }, csf: { full: ['PR.AA-03'] } },
	{
		control: 'IAM-03',
		iso: { full: ['A.5.16'], partial: ['A.5.17'] },
		csf: { partial: ['PR.AA-01'] }
	},
	{ control: 'IAM-04', iso: { partial: ['A.5.18'] }, csf: { partial: ['PR.AA-01', 'PR.AA-05'] } },
	{
		control: 'IAM-05',
		iso: { partial: ['A.5.18', 'A.5.16'] },
		csf: { partial: ['PR.AA-01', 'GV.RR-04'] }
	},
	{
		control: 'IAM-06',
		iso: { partial: ['A.5.15', 'A.8.3', 'A.5.3', 'A.8.4'] },
		csf: { partial: ['PR.AA-05'] }
	},
	{
		control: 'IAM-07',
		iso: { full: ['A.5.18'], partial: ['A.8.2'] },
		csf: { partial: ['PR.AA-05'] }
	},
	{ control: 'IAM-08', iso: { full: ['A.8.2'] }, csf: { partial: ['PR.AA-05'] } },
	{
		control: 'IAM-09',
		iso: { partial: ['A.5.16', 'A.5.17'] },
		csf: { partial: ['PR.AA-01', 'PR.AA-05'] }
	},
	{ control: 'IAM-10', iso: { partial: ['A.5.17', 'A.8.28'] }, csf: { partial: ['PR.AA-01'] } },
	{ control: 'IAM-11', iso: { partial: ['A.5.17'] }, csf: { partial: ['PR.AA-01'] } },
	{
		control: 'IAM-12',
		iso: { partial: ['A.8.5', 'A.8.3', 'A.8.26'] },
		csf: { partial: ['PR.AA-03', 'PR.AA-05'] }
	},
	{ control: 'CRY-01', iso: { partial: ['A.8.24'] }, csf: { full: ['PR.DS-01'] } },
	{ control: 'CRY-02', iso: { partial: ['A.8.24', 'A.5.14'] }, csf: { full: ['PR.DS-02'] } },
	{ control: 'CRY-03', iso: { partial: ['A.8.24', 'A.5.3'] }, csf: { partial: ['PR.DS-01'] } },
	{
		control: 'END-01',
		iso: { full: ['A.8.1'], partial: ['A.8.9'] },
		csf: { partial: ['PR.PS-01', 'DE.CM-09'] }
	},
	{
		control: 'END-02',
		iso: { partial: ['A.8.1', 'A.7.7', 'A.7.9'] },
		csf: { partial: ['PR.DS-01'] }
	},
	{
		control: 'END-03',
		iso: { partial: ['A.8.7', 'A.8.1'] },
		csf: { partial: ['DE.CM-09', 'PR.PS-05'] }
	},
	{
		control: 'END-04',
		iso: { partial: ['A.8.8', 'A.8.1'] },
		csf: { partial: ['PR.PS-02', 'PR.PS-03'] }
	},
	{ control: 'END-05', iso: { partial: ['A.8.1'] }, csf: { partial: ['DE.CM-09'] } },
	{
		control: 'END-06',
		iso: { partial: ['A.8.1', 'A.6.7', 'A.5.10'] },
		csf: { partial: ['PR.AA-05', 'PR.PS-01'] }
	},
	{
		control: 'NET-01',
		iso: { full: ['A.8.22'], partial: ['A.8.31', 'A.8.20'] },
		csf: { partial: ['PR.IR-01', 'ID.AM-03'] }
	},
	{ control: 'NET-02', iso: { full: ['A.8.20'] }, csf: { full: ['PR.IR-01'] } },
	{
		control: 'NET-03',
		iso: { partial: ['A.8.20', 'A.8.16'] },
		csf: { partial: ['PR.IR-01', 'DE.CM-01'] }
	},
	{
		control: 'NET-04',
		iso: { partial: ['A.8.5', 'A.8.20', 'A.8.2'] },
		csf: { partial: ['PR.AA-03', 'PR.IR-01'] }
	},
	{
		control: 'NET-05',
		iso: { full: ['A.6.7'], partial: ['A.8.5'] },
		csf: { partial: ['PR.AA-03', 'PR.IR-01'] }
	},
	{
		control: 'NET-06',
		iso: { full: ['A.8.12'], partial: ['A.7.10'] },
		csf: { partial: ['PR.DS-01', 'DE.CM-03'] }
	},
	{ control: 'NET-07', iso: { partial: ['A.8.7'] }, csf: { partial: ['DE.CM-09'] } },
	{ control: 'CHG-01', iso: { partial: ['A.8.32'] }, csf: { partial: ['ID.RA-07', 'PR.PS-01'] } },
	{
		control: 'CHG-02',
		iso: { partial: ['A.8.32', 'A.8.28', 'A.5.3'] },
		csf: { partial: ['PR.PS-06', 'ID.RA-07'] }
	},
	{
		control: 'CHG-03',
		iso: { partial: ['A.8.32', 'A.8.29', 'A.8.33'] },
		csf: { partial: ['PR.PS-06'] }
	},
	{
		control: 'CHG-04',
		iso: { partial: ['A.8.32', 'A.8.31', 'A.5.3', 'A.8.19'] },
		csf: { partial: ['PR.AA-05', 'PR.PS-05'] }
	},
	{ control: 'CHG-05', iso: { partial: ['A.8.32'] }, csf: { partial: ['ID.RA-07'] } },
	{ control: 'CHG-06', iso: { partial: ['A.8.9', 'A.8.32'] }, csf: { partial: ['PR.PS-01'] } },
	{ control: 'CHG-07', iso: { full: ['A.8.9'] }, csf: { full: ['PR.PS-01'] } },
	{
		control: 'CHG-08',
		iso: { partial: ['A.8.32', 'A.8.9'] },
		csf: { partial: ['PR.PS-01', 'DE.CM-03'] }
	},
	{
		control: 'CHG-09',
		iso: { full: ['A.8.30'], partial: ['A.5.20'] },
		csf: { partial: ['GV.SC-05', 'PR.PS-06'] }
	},
	{
		control: 'SDL-01',
		iso: { partial: ['7.2', 'A.6.3', 'A.8.28'] },
		csf: { partial: ['PR.AT-02'] }
	},
	{
		control: 'SDL-02',
		iso: { partial: ['A.8.8', 'A.8.28', 'A.5.21'] },
		csf: { partial: ['ID.RA-01', 'ID.RA-09'] }
	},
	{
		control: 'SDL-03',
		iso: { partial: ['A.8.29', 'A.8.28', 'A.8.25'] },
		csf: { partial: ['PR.PS-06', 'ID.RA-01'] }
	},
	{
		control: 'SDL-04',
		iso: { partial: ['A.8.28', 'A.5.17'] },
		csf: { partial: ['PR.PS-06', 'PR.AA-01'] }
	},
	{
		control: 'SDL-05',
		iso: { full: ['A.8.26'], partial: ['A.8.27', 'A.5.8', '8.2'] },
		csf: { partial: ['ID.RA-07', 'ID.RA-03', 'PR.PS-06'] }
	},
	{
		control: 'LOG-01',
		iso: { partial: ['A.8.15'] },
		csf: { full: ['PR.PS-04'], partial: ['DE.AE-03'] }
	},
	{
		control: 'LOG-02',
		iso: { partial: ['A.8.16', 'A.8.15'] },
		csf: { full: ['DE.AE-06'], partial: ['DE.CM-03', 'DE.CM-09'] }
	},
	{ control: 'LOG-03', iso: { partial: ['A.8.15'] }, csf: { partial: ['PR.PS-04'] } },
	{ control: 'LOG-04', iso: { partial: ['A.8.15'] }, csf: { partial: ['PR.PS-04', 'PR.DS-01'] } },
	{ control: 'LOG-05', iso: { partial: ['A.5.24', 'A.8.16'] }, csf: { partial: ['DE.AE-06'] } },
	{
		control: 'LOG-06',
		iso: { partial: ['A.8.16'] },
		csf: { full: ['DE.CM-01'], partial: ['DE.CM-09', 'DE.AE-02'] }
	},
	{ control: 'VUL-01', iso: { partial: ['A.8.8'] }, csf: { full: ['ID.RA-01'] } },
	{
		control: 'VUL-02',
		iso: { full: ['A.8.8'], partial: ['8.3'] },
		csf: { partial: ['ID.RA-06', 'ID.RA-07', 'PR.PS-02'] }
	},
	{
		control: 'VUL-03',
		iso: { partial: ['A.8.8', 'A.8.29', 'A.8.34'] },
		csf: { partial: ['ID.RA-01', 'ID.IM-02'] }
	},
	{ control: 'VUL-04', iso: { partial: ['A.8.9'] }, csf: { partial: ['PR.PS-01', 'DE.CM-09'] } },
	{ control: 'VUL-05', iso: { partial: ['A.8.8'] }, csf: { full: ['ID.RA-08'] } },
	{
		control: 'INC-01',
		iso: { full: ['A.5.24'], partial: ['A.5.26'] },
		csf: { partial: ['RS.MA-01', 'ID.IM-04', 'DE.AE-08', 'RS.MA-04'] }
	},
	{
		control: 'INC-02',
		iso: { full: ['A.5.25'] },
		csf: { full: ['DE.AE-08', 'RS.MA-02'], partial: ['RS.MA-03', 'RS.AN-08'] }
	},
	{
		control: 'INC-03',
		iso: { full: ['A.5.26'], partial: ['9.1'] },
		csf: { partial: ['RS.MI-01', 'RS.MI-02', 'RS.AN-06'] }
	},
	{
		control: 'INC-04',
		iso: { full: ['A.5.28'] },
		csf: { full: ['RS.AN-07'], partial: ['RS.AN-06'] }
	},
	{
		control: 'INC-05',
		iso: { partial: ['A.5.26', 'A.5.31'] },
		csf: { partial: ['RS.CO-02', 'GV.OC-03', 'RS.CO-03'] }
	},
	{
		control: 'INC-06',
		iso: { partial: ['A.5.26'] },
		csf: { full: ['RC.RP-05'], partial: ['RS.MI-02', 'RC.RP-06', 'RC.CO-03', 'RC.RP-02'] }
	},
	{
		control: 'INC-07',
		iso: { full: ['A.5.27'], partial: ['10.2'] },
		csf: { partial: ['RS.AN-03', 'ID.IM-03', 'ID.IM-04'] }
	},
	{ control: 'INC-08', iso: { partial: ['A.5.24'] }, csf: { partial: ['ID.IM-02', 'ID.IM-04'] } },
	{
		control: 'AI-01',
		iso: { partial: ['A.5.19', 'A.5.20', 'A.5.23'] },
		csf: { partial: ['GV.SC-06', 'GV.SC-05', 'GV.SC-07'] }
	},
	{
		control: 'AI-02',
		iso: { partial: ['A.8.11', 'A.5.34', 'A.8.3'] },
		csf: { partial: ['ID.AM-07', 'PR.DS-10', 'PR.PS-04'] }
	},
	{ control: 'AI-03', iso: { partial: ['A.8.32'] }, csf: { partial: ['ID.RA-07'] } },
	{
		control: 'AI-04',
		iso: { partial: ['A.8.29', 'A.8.26'] },
		csf: { partial: ['ID.RA-03', 'PR.PS-06', 'PR.AA-05'] }
	}
];
