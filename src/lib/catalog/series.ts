/** The five Trust Services Criteria categories and their series, in report order. */
import type { Category, Series } from './types';

export const CATEGORIES = [
	{
		id: 'security',
		title: 'Security',
		summary:
			'The common criteria every SOC 2 report includes: the system is protected against unauthorised access, use and change.'
	},
	{
		id: 'availability',
		title: 'Availability',
		summary:
			'The system is up and recoverable as promised: capacity is watched, backups work and recovery is rehearsed.'
	},
	{
		id: 'confidentiality',
		title: 'Confidentiality',
		summary:
			'Information you have promised to keep secret is identified, protected while you hold it and destroyed when it should be.'
	},
	{
		id: 'processing_integrity',
		title: 'Processing Integrity',
		summary:
			'The system processes what customers send completely, accurately and on time, and mistakes are caught and corrected.'
	},
	{
		id: 'privacy',
		title: 'Privacy',
		summary:
			'Personal information is collected, used, kept, shared and disposed of as your privacy notice says.'
	}
] as const satisfies readonly Category[];

export const SERIES = [
	{ id: 'CC1', category: 'security', title: 'Control environment' },
	{ id: 'CC2', category: 'security', title: 'Information and communication' },
	{ id: 'CC3', category: 'security', title: 'Risk assessment' },
	{ id: 'CC4', category: 'security', title: 'Monitoring activities' },
	{ id: 'CC5', category: 'security', title: 'Control activities' },
	{ id: 'CC6', category: 'security', title: 'Logical and physical access' },
	{ id: 'CC7', category: 'security', title: 'System operations' },
	{ id: 'CC8', category: 'security', title: 'Change management' },
	{ id: 'CC9', category: 'security', title: 'Risk mitigation' },
	{ id: 'A1', category: 'availability', title: 'Availability' },
	{ id: 'C1', category: 'confidentiality', title: 'Confidentiality' },
	{ id: 'PI1', category: 'processing_integrity', title: 'Processing integrity' },
	{ id: 'P1', category: 'privacy', title: 'Notice' },
	{ id: 'P2', category: 'privacy', title: 'Choice and consent' },
	{ id: 'P3', category: 'privacy', title: 'Collection' },
	{ id: 'P4', category: 'privacy', title: 'Use, retention and disposal' },
	{ id: 'P5', category: 'privacy', title: 'Access by data subjects' },
	{ id: 'P6', category: 'privacy', title: 'Disclosure and notification' },
	{ id: 'P7', category: 'privacy', title: 'Quality' },
	{ id: 'P8', category: 'privacy', title: 'Monitoring and enforcement' }
] as const satisfies readonly Series[];
