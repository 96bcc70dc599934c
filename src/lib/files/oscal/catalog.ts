/**
 * Our SOC 2 catalog as an OSCAL catalog: one group per Trust Services Criteria series, inside it
 * one group per criterion, and under each criterion the controls whose primary criterion it is.
 * Pure: the caller passes the clock and the UUID source, and saves the JSON (docs/oscal.md).
 */
import type { Catalog } from '$lib/catalog';
import type { Control, Criterion, Series } from '$lib/catalog/types';
import { controlCrosswalk, crosswalkProps } from './crosswalk';
import type {
	OscalCatalogDocument,
	OscalControl,
	OscalGroup,
	OscalPart,
	OscalProp,
	OscalResource
} from './model';
import {
	NS,
	OSCAL_VERSION,
	dateTime,
	markup,
	markupLine,
	nextUuid,
	prop,
	some,
	token
} from './values';

export interface OscalOptions {
	/** Returns a fresh RFC 4122 version 4 UUID (`crypto.randomUUID` in the app). */
	uuid: () => string;
	now: Date;
}

type CatalogSource = Pick<Catalog, 'version' | 'series' | 'criteria' | 'controls' | 'policies'>;

/** A statement's part id: the assessment results point their findings at it. */
export function statementId(controlId: string): string {
	return `${token(controlId)}_smt`;
}

/** OSCAL's `label` prop: our id as people write it ('IAM-01', 'CC6.1'). */
function label(id: string): OscalProp {
	return { name: 'label', value: id };
}

function evidencePart(control: Control, type: 'type-i' | 'type-ii'): OscalPart[] {
	const items = type === 'type-i' ? control.evidenceTypeI : control.evidenceTypeII;
	if (items.length === 0) return [];
	return [
		{
			id: `${token(control.id)}_evd-${type === 'type-i' ? '1' : '2'}`,
			name: 'evidence',
			ns: NS,
			class: type,
			title:
				type === 'type-i'
					? 'Evidence for a Type I report (design, as of a date)'
					: 'Evidence for a Type II report (operation over the window)',
			parts: items.map((text) => ({ name: 'item', ns: NS, prose: markup(text) }))
		}
	];
}

function activityParts(control: Control): OscalPart[] {
	return (control.activities ?? []).map((a) => ({
		id: `${token(control.id)}_act-${token(a.id)}`,
		name: 'activity',
		ns: NS,
		title: markupLine(a.title, a.id),
		props: prop('frequency', a.frequency)
	}));
}

function controlProps(control: Control): OscalProp[] {
	return [
		label(control.id),
		...prop('department', control.department),
		...prop('frequency', control.frequency),
		...prop('key-control', control.key),
		...prop('effort-days', control.effortDays),
		...prop('applicability', control.appliesWhen ? 'conditional' : 'always'),
		...control.criteria.flatMap((c, i) => prop('criterion', c, i === 0 ? 'primary' : 'supporting')),
		...control.policies.flatMap((p) => prop('policy', p)),
		...crosswalkProps(controlCrosswalk(control.id))
	];
}

function oscalControl(control: Control): OscalControl {
	const id = token(control.id);
	return {
		id,
		class: 'soc2-readiness-control',
		title: markupLine(control.title, control.id),
		props: controlProps(control),
		parts: [
			{ id: statementId(control.id), name: 'statement', prose: markup(control.question) },
			{ id: `${id}_gdn`, name: 'guidance', prose: markup(control.guidance) },
			...evidencePart(control, 'type-i'),
			...evidencePart(control, 'type-ii'),
			...activityParts(control)
		]
	};
}

function criterionGroup(criterion: Criterion, controls: readonly Control[]): OscalGroup {
	const id = token(criterion.id);
	return {
		id,
		class: 'criterion',
		title: markupLine(criterion.title, criterion.id),
		props: [label(criterion.id)],
		parts: [{ id: `${id}_ovw`, name: 'overview', prose: markup(criterion.explanation) }],
		controls: some(controls.filter((c) => c.criteria[0] === criterion.id).map(oscalControl))
	};
}

function seriesGroup(
	series: Series,
	catalog: CatalogSource,
	tscRef: string
): OscalGroup | undefined {
	const criteria = catalog.criteria.filter((c) => c.series === series.id);
	if (criteria.length === 0) return undefined;
	return {
		id: token(series.id),
		class: 'series',
		title: markupLine(series.title, series.id),
		props: [label(series.id), ...prop('category', series.category)],
		links: [{ href: `#${tscRef}`, rel: 'reference' }],
		groups: criteria.map((c) => criterionGroup(c, catalog.controls))
	};
}

/**
 * The catalog as an OSCAL 1.1.2 catalog document. Ids are our ids in lower case ('IAM-01' ->
 * 'iam-01'), each with its original in a `label` prop; our own facts (department, frequency, key
 * control, criteria, policies) are props in our namespace.
 */
export function oscalCatalog(
	catalog: CatalogSource,
	{ uuid, now }: OscalOptions
): OscalCatalogDocument {
	const docUuid = nextUuid(uuid);
	const tsc: OscalResource = {
		uuid: nextUuid(uuid),
		title: 'AICPA Trust Services Criteria (2017, points of focus revised 2022)',
		description: markup(
			'The criteria these controls are mapped to. Only the criterion identifiers come from the ' +
				'AICPA; every title, explanation, control, question and guidance here is written for this app.'
		)
	};
	const groups = catalog.series
		.map((s) => seriesGroup(s, catalog, tsc.uuid))
		.filter((g): g is OscalGroup => g !== undefined);
	return {
		catalog: {
			uuid: docUuid,
			metadata: {
				title: markupLine(
					'SOC 2 readiness catalog: controls mapped to the Trust Services Criteria',
					''
				),
				'last-modified': dateTime(now),
				version: catalog.version,
				'oscal-version': OSCAL_VERSION,
				props: [
					...prop('controls', catalog.controls.length),
					...prop('criteria', catalog.criteria.length)
				],
				remarks: markup(
					'Exported by the SOC 2 readiness app. Props and parts in the namespace ' +
						`${NS} are the app's own; see docs/oscal.md in the app's source.`
				)
			},
			groups: some(groups),
			'back-matter': { resources: [tsc] }
		}
	};
}
