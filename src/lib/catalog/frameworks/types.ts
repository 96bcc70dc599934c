/**
 * Types for the framework crosswalk: the targets of ISO/IEC 27001:2022 and NIST CSF 2.0, and how
 * each of our SOC 2 controls serves them. Identifiers and titles of the targets are facts; the
 * links are our own judgement (see docs/crosswalk.md).
 */

export type OtherFrameworkId = 'iso27001' | 'csf';

/** One requirement of another framework: an Annex A control, an ISMS clause or a CSF subcategory. */
export interface FrameworkTarget {
	/** 'A.5.15' (Annex A), '9.2' (ISMS clause), 'PR.AA-01' (CSF subcategory). */
	id: string;
	/** The group it is reported under: an Annex A theme ('A.5'), 'ISMS', or a CSF category ('PR.AA'). */
	group: string;
	title: string;
}

export interface FrameworkGroup {
	/** 'A.5', 'ISMS'; for the CSF a category id such as 'GV.OC'. */
	id: string;
	title: string;
	/** For CSF categories, the function id ('GV'); for ISO groups, the group itself. */
	parent: string;
}

/** Links from one of our controls to targets of one framework. */
export interface Links {
	/** Implemented as the catalog describes it, the control meets the target's intent for the system. */
	full?: readonly string[];
	/** The control contributes, but the target asks for more than it does. */
	partial?: readonly string[];
}

export interface ControlCrosswalk {
	control: string;
	iso: Links;
	csf: Links;
}

export type LinkCoverage = 'full' | 'partial';
