/**
 * What readiness in another framework's terms rests on, said once for the Frameworks page, the
 * SoA workbook and the gap report's crosswalk pages, so they cannot drift apart. The rules live in
 * $lib/domain/frameworks/readiness; the numbers here are read from its constants. Pure.
 */
import type { OtherFrameworkId } from '$lib/catalog/frameworks/types';
import { formatDate } from '$lib/domain/dates';
import { CAP_PARTIAL_ONLY, FULL_WEIGHT } from '$lib/domain/frameworks/readiness';
import { OTHER_FRAMEWORK_LABEL } from '$lib/domain/frameworks/frameworks';
import { REPORT_TYPE_LABEL, type ReportType } from '$lib/domain/types';
import type { XlsxSheet } from '$lib/files/xlsx-sheet';
import { slug } from './text';

export interface FrameworkBasisInput {
	framework: OtherFrameworkId;
	company: string;
	reportType: ReportType;
	/** 'YYYY-MM-DD' */
	today: string;
	/** Links in the crosswalk for this framework, and the SOC 2 controls they come from. */
	links: number;
	controls: number;
	catalogVersion: string;
}

export interface FrameworkBasis {
	facts: Array<[string, string]>;
	rules: string[];
}

const TIMES = ['never', 'once', 'twice'];

export function frameworkBasis(input: FrameworkBasisInput): FrameworkBasis {
	const name = OTHER_FRAMEWORK_LABEL[input.framework];
	const iso = input.framework === 'iso27001';
	return {
		facts: [
			['Company', input.company.trim() || 'Unnamed company'],
			['Framework', name],
			['Scores from', `The SOC 2 ${REPORT_TYPE_LABEL[input.reportType]} readiness of each control`],
			['As of', formatDate(input.today)],
			[
				'Crosswalk',
				`Our own judgement, catalog ${input.catalogVersion}: ${input.links} links from ${input.controls} SOC 2 controls`
			]
		],
		rules: [
			`Each ${iso ? 'clause and Annex A control' : 'subcategory'} is read through the SOC 2 controls the crosswalk links to it. A control that fully covers it counts ${TIMES[FULL_WEIGHT] ?? `${FULL_WEIGHT} times`}; with only partial links it stops at ${CAP_PARTIAL_ONLY / 100}%, because it asks for more than those controls do.`,
			`A ${iso ? 'theme' : 'category or function'} scores the mean of its targets that have an applicable control. A target whose controls are not assessed counts 0 and shows in the assessed count beside the score.`,
			'Targets no SOC 2 control addresses are listed with the reason and left out of the score: they are work beyond SOC 2.',
			'Not applicable here: every linked control is out of this scope or answered Not applicable.',
			iso
				? 'This is readiness, not certification: an ISO 27001 certificate also needs the management-system work listed on the page and an audit by an accredited certification body.'
				: 'This is a starting current profile drawn from the SOC 2 answers, not a CSF assessment signed off by leadership.'
		]
	};
}

/** The basis as the workbook's first sheet. */
export function frameworkBasisSheet(basis: FrameworkBasis): XlsxSheet {
	return {
		name: 'About this draft',
		headers: ['About', 'Value'],
		rows: [...basis.facts, ...basis.rules.map((r, i) => [`Rule ${i + 1}`, r] as [string, string])]
	};
}

/** 'soa-acme-2026-12-03.xlsx' */
export function soaFileName(company: string, today: string, ext: 'csv' | 'xlsx'): string {
	return `soa-${slug(company) || 'assessment'}-${today}.${ext}`;
}
