/** Crosswalk for the governance, people, risk, monitoring, vendor, physical and asset controls: our judgement of which ISO 27001 and CSF 2.0 targets each serves. */
import type { ControlCrosswalk } from './types';

export const CROSSWALK_GOVERNANCE: readonly ControlCrosswalk[] = [
	// Governance
	{
		control: 'GOV-01',
		iso: { partial: ['5.1', '9.3'] },
		csf: { full: ['GV.OV-01'], partial: ['GV.RR-01'] }
	},
	{
		control: 'GOV-02',
		iso: { partial: ['5.1', 'A.5.35'] },
		csf: { partial: ['GV.OV-01', 'GV.OV-03'] }
	},
	{ control: 'GOV-03', iso: { partial: ['5.3', 'A.5.2'] }, csf: { partial: ['GV.RR-02'] } },
	{
		control: 'GOV-04',
		iso: { full: ['5.3'], partial: ['A.5.2', '7.1'] },
		csf: { partial: ['GV.RR-02', 'GV.RR-03'] }
	},
	{
		control: 'GOV-05',
		iso: { partial: ['A.5.2', 'A.5.37', '7.5'] },
		csf: { partial: ['GV.RR-02'] }
	},
	{
		control: 'GOV-06',
		iso: { full: ['A.5.1'], partial: ['5.2', '7.5'] },
		csf: { full: ['GV.PO-01', 'GV.PO-02'] }
	},
	{
		control: 'GOV-07',
		iso: { partial: ['4.3', 'A.5.9'] },
		csf: { partial: ['ID.AM-03', 'GV.OC-04', 'GV.OC-05'] }
	},
	{
		control: 'GOV-08',
		iso: { full: ['A.6.8'], partial: ['7.4'] },
		csf: { partial: ['GV.RM-05', 'RS.MA-02'] }
	},
	{ control: 'GOV-09', iso: { partial: ['7.4', 'A.5.24'] }, csf: { partial: ['RS.MA-02'] } },
	{
		control: 'GOV-10',
		iso: { partial: ['4.2', 'A.5.31'] },
		csf: { partial: ['GV.OC-02', 'GV.OC-03'] }
	},
	{ control: 'GOV-11', iso: { partial: ['4.3', '7.4'] }, csf: { partial: ['GV.SC-02'] } },
	{ control: 'GOV-12', iso: { full: ['A.5.3'] }, csf: { partial: ['PR.AA-05'] } },
	{
		control: 'GOV-13',
		iso: { partial: ['A.5.3', 'A.8.16'] },
		csf: { partial: ['DE.CM-03', 'PR.AA-05'] }
	},
	{ control: 'GOV-14', iso: { partial: ['5.1', '7.2'] }, csf: { partial: ['GV.RR-01'] } },

	// People
	{
		control: 'HR-01',
		iso: { partial: ['A.6.2', 'A.5.10', '7.3'] },
		csf: { partial: ['GV.RR-04', 'GV.PO-01'] }
	},
	{ control: 'HR-02', iso: { full: ['A.6.1'] }, csf: { partial: ['GV.RR-04'] } },
	{
		control: 'HR-03',
		iso: { partial: ['7.2', 'A.5.2'] },
		csf: { partial: ['GV.RR-02', 'GV.RR-04'] }
	},
	{
		control: 'HR-04',
		iso: { full: ['7.3'], partial: ['A.6.3'] },
		csf: { full: ['PR.AT-01'] }
	},
	{ control: 'HR-05', iso: { partial: ['A.5.4', '7.2'] }, csf: { partial: ['GV.RR-04'] } },
	{
		control: 'HR-06',
		iso: { full: ['A.6.4'] },
		csf: { partial: ['GV.RR-04', 'GV.PO-01'] }
	},
	{
		control: 'HR-07',
		iso: { full: ['A.6.2'], partial: ['A.6.6', 'A.5.18'] },
		csf: { partial: ['GV.RR-04', 'PR.AA-05'] }
	},
	{
		control: 'HR-08',
		iso: { full: ['A.5.11'], partial: ['A.6.5', 'A.5.18'] },
		csf: { partial: ['GV.RR-04', 'PR.AA-01'] }
	},

	// Risk assessment and risk mitigation
	{
		control: 'RSK-01',
		iso: { partial: ['6.2', 'A.5.31'] },
		csf: { full: ['GV.RM-01'], partial: ['GV.OC-03'] }
	},
	{
		control: 'RSK-02',
		iso: { full: ['8.2'], partial: ['6.1'] },
		csf: { full: ['ID.RA-04', 'ID.RA-05', 'GV.RM-06'], partial: ['GV.RM-02'] }
	},
	{
		control: 'RSK-03',
		iso: { full: ['8.3'], partial: ['6.1'] },
		csf: { full: ['ID.RA-06'], partial: ['GV.RM-04'] }
	},
	{
		control: 'RSK-04',
		iso: { partial: ['6.1', '8.2'] },
		csf: { partial: ['ID.RA-03', 'ID.RA-05'] }
	},
	{
		control: 'RSK-05',
		iso: { partial: ['8.2', '6.3'] },
		csf: { partial: ['ID.RA-07', 'GV.OV-02'] }
	},
	{ control: 'RSK-06', iso: { partial: ['6.1'] }, csf: { partial: ['ID.RA-06'] } },
	{
		control: 'RSK-07',
		iso: { partial: ['A.5.8', 'A.8.26'] },
		csf: { partial: ['ID.RA-07', 'PR.PS-01'] }
	},
	{ control: 'RSK-08', iso: { partial: ['8.3'] }, csf: { partial: ['GV.RM-04', 'ID.RA-06'] } },
	{
		control: 'RSK-09',
		iso: { partial: ['A.5.30'] },
		csf: { full: ['GV.OC-04'], partial: ['GV.OC-05', 'ID.AM-05'] }
	},

	// Monitoring of controls
	{
		control: 'MON-01',
		iso: { full: ['A.5.36'], partial: ['9.1'] },
		csf: { partial: ['GV.OV-03', 'ID.IM-01'] }
	},
	{
		control: 'MON-02',
		iso: { partial: ['9.2', 'A.5.35'] },
		csf: { partial: ['ID.IM-01', 'GV.OV-03'] }
	},
	{
		control: 'MON-03',
		iso: { partial: ['10.2', '10.1'] },
		csf: { full: ['ID.IM-01'], partial: ['ID.IM-02', 'ID.IM-03'] }
	},
	{
		control: 'MON-04',
		iso: { partial: ['9.3', '9.1'] },
		csf: { full: ['GV.OV-03'], partial: ['GV.OV-01'] }
	},
	// no CSF target: checking that system reports used as control evidence are complete is an audit-evidence matter no CSF outcome covers
	{ control: 'MON-05', iso: { partial: ['9.1'] }, csf: {} },

	// Vendor management
	{
		control: 'VEN-01',
		iso: { partial: ['A.5.19'] },
		csf: { full: ['ID.AM-04'], partial: ['GV.SC-04'] }
	},
	{
		control: 'VEN-02',
		iso: { partial: ['A.5.19'] },
		csf: { full: ['GV.SC-04'], partial: ['GV.SC-01'] }
	},
	{
		control: 'VEN-03',
		iso: { partial: ['A.5.19', 'A.5.23'] },
		csf: { full: ['GV.SC-06', 'ID.RA-10'] }
	},
	{
		control: 'VEN-04',
		iso: { partial: ['A.5.22', 'A.5.21', 'A.5.23'] },
		csf: { partial: ['GV.SC-07', 'GV.SC-09', 'GV.SC-02'] }
	},
	{
		control: 'VEN-05',
		iso: { full: ['A.5.20'] },
		csf: { full: ['GV.SC-05'], partial: ['GV.SC-08'] }
	},
	{
		control: 'VEN-06',
		iso: { full: ['A.5.22'] },
		csf: { full: ['GV.SC-07'], partial: ['GV.SC-03'] }
	},
	{
		control: 'VEN-07',
		iso: { partial: ['A.5.19', 'A.5.18', 'A.8.10'] },
		csf: { full: ['GV.SC-10'] }
	},

	// Physical security
	{
		control: 'PHY-01',
		iso: { full: ['A.7.2'], partial: ['A.7.1'] },
		csf: { full: ['PR.AA-06'] }
	},
	{
		control: 'PHY-02',
		iso: { partial: ['A.7.2'] },
		csf: { partial: ['PR.AA-06', 'DE.CM-02'] }
	},
	{
		control: 'PHY-03',
		iso: { full: ['A.7.2'], partial: ['A.7.6', 'A.7.8'] },
		csf: { full: ['PR.AA-06'], partial: ['DE.CM-02'] }
	},
	{
		control: 'PHY-04',
		iso: { partial: ['A.7.2'] },
		csf: { partial: ['PR.AA-06', 'DE.CM-02'] }
	},
	{
		control: 'PHY-05',
		iso: { full: ['A.7.14'], partial: ['A.7.10', 'A.8.10'] },
		csf: { partial: ['ID.AM-08', 'PR.PS-03'] }
	},
	{
		control: 'PHY-06',
		iso: { partial: ['A.5.22', 'A.5.23'] },
		csf: { partial: ['GV.SC-07', 'GV.SC-02', 'PR.AA-06'] }
	},
	{
		control: 'PHY-07',
		iso: { full: ['A.7.7'], partial: ['A.6.7', 'A.7.9'] },
		csf: { partial: ['PR.AT-01', 'PR.DS-01'] }
	},

	// Asset management
	{
		control: 'AST-01',
		iso: { partial: ['A.5.9', 'A.8.1'] },
		csf: { full: ['ID.AM-01'], partial: ['ID.AM-08'] }
	},
	{
		control: 'AST-02',
		iso: { partial: ['A.5.9', 'A.5.13'] },
		csf: { partial: ['ID.AM-02', 'ID.AM-07', 'ID.AM-05'] }
	},
	{
		control: 'AST-03',
		iso: { partial: ['A.8.19', 'A.8.1', 'A.5.23'] },
		csf: { full: ['PR.PS-05'], partial: ['ID.AM-02'] }
	},
	{
		control: 'AST-04',
		iso: { partial: ['A.8.10', 'A.8.24'] },
		csf: { partial: ['ID.AM-08'] }
	}
];
