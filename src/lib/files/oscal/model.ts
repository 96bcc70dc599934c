/**
 * The part of the OSCAL 1.1.2 JSON model that our two exports write: the catalog and the
 * assessment results. Names follow OSCAL's JSON (kebab-case keys); only what we emit is typed.
 * Every array is left out rather than written empty, because OSCAL arrays hold at least one item.
 */

export interface OscalProp {
	name: string;
	/** Absent for OSCAL's own names (such as `label`); our namespace for our own. */
	ns?: string;
	value: string;
	class?: string;
	remarks?: string;
}

export interface OscalLink {
	href: string;
	rel?: string;
	text?: string;
}

export interface OscalPart {
	id?: string;
	name: string;
	ns?: string;
	class?: string;
	title?: string;
	props?: OscalProp[];
	prose?: string;
	parts?: OscalPart[];
}

export interface OscalRole {
	id: string;
	title: string;
}

export interface OscalParty {
	uuid: string;
	type: 'person' | 'organization';
	name: string;
}

export interface OscalResponsibleParty {
	'role-id': string;
	'party-uuids': string[];
}

export interface OscalMetadata {
	title: string;
	'last-modified': string;
	version: string;
	'oscal-version': string;
	props?: OscalProp[];
	links?: OscalLink[];
	roles?: OscalRole[];
	parties?: OscalParty[];
	'responsible-parties'?: OscalResponsibleParty[];
	remarks?: string;
}

export interface OscalResource {
	uuid: string;
	title?: string;
	description?: string;
	props?: OscalProp[];
	remarks?: string;
}

export interface OscalBackMatter {
	resources?: OscalResource[];
}

export interface OscalControl {
	id: string;
	class?: string;
	title: string;
	props?: OscalProp[];
	parts?: OscalPart[];
}

export interface OscalGroup {
	id?: string;
	class?: string;
	title: string;
	props?: OscalProp[];
	links?: OscalLink[];
	parts?: OscalPart[];
	groups?: OscalGroup[];
	controls?: OscalControl[];
}

export interface OscalCatalogDocument {
	catalog: {
		uuid: string;
		metadata: OscalMetadata;
		groups?: OscalGroup[];
		'back-matter'?: OscalBackMatter;
	};
}

export interface OscalControlSelection {
	description?: string;
	props?: OscalProp[];
	'include-controls'?: Array<{ 'control-id': string }>;
	remarks?: string;
}

export interface OscalReviewedControls {
	description?: string;
	props?: OscalProp[];
	'control-selections': OscalControlSelection[];
	remarks?: string;
}

export type FindingState = 'satisfied' | 'not-satisfied';

export interface OscalFindingTarget {
	type: 'statement-id' | 'objective-id';
	'target-id': string;
	title?: string;
	props?: OscalProp[];
	status: { state: FindingState; reason?: 'pass' | 'fail' | 'other'; remarks?: string };
	'implementation-status'?: { state: string; remarks?: string };
	remarks?: string;
}

export interface OscalFinding {
	uuid: string;
	title: string;
	description: string;
	props?: OscalProp[];
	target: OscalFindingTarget;
	remarks?: string;
}

export type ObservationMethod = 'EXAMINE' | 'INTERVIEW' | 'TEST' | 'UNKNOWN';

export interface OscalObservation {
	uuid: string;
	title?: string;
	description: string;
	props?: OscalProp[];
	methods: ObservationMethod[];
	types?: string[];
	collected: string;
	remarks?: string;
}

export interface OscalResult {
	uuid: string;
	title: string;
	description: string;
	start: string;
	end?: string;
	props?: OscalProp[];
	'reviewed-controls': OscalReviewedControls;
	observations?: OscalObservation[];
	findings?: OscalFinding[];
	remarks?: string;
}

export interface OscalAssessmentResultsDocument {
	'assessment-results': {
		uuid: string;
		metadata: OscalMetadata;
		'import-ap': { href: string; remarks?: string };
		results: OscalResult[];
		'back-matter'?: OscalBackMatter;
	};
}
