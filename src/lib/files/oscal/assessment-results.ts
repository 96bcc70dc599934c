/**
 * An assessment's results as an OSCAL assessment-results document: one result for the
 * self-assessment as of now, one finding per applicable control, one observation per control
 * that is not applicable. Pure: built from `evaluate()`'s output and the assessment's row; the
 * caller passes the clock and the UUID source, and saves the JSON (docs/oscal.md).
 */
import type { Catalog } from '$lib/catalog';
import { formatScore, plural } from '$lib/domain/format';
import { coverageShare } from '$lib/domain/scoring/readiness';
import type { Evaluation } from '$lib/domain/scoring/evaluate';
import { LEVEL_LABEL } from '$lib/domain/scoring/levels';
import { REPORT_TYPE_LABEL, type Assessment, type EvidenceItem } from '$lib/domain/types';
import type { OscalOptions } from './catalog';
import {
	controlFinding,
	notApplicable,
	notApplicableObservation,
	type FindingContext
} from './findings';
import type {
	OscalAssessmentResultsDocument,
	OscalMetadata,
	OscalResource,
	OscalResult
} from './model';
import {
	OSCAL_VERSION,
	dateTime,
	markup,
	markupLine,
	nextUuid,
	plain,
	prop,
	some,
	storedDateTime,
	token
} from './values';

export interface AssessmentResultsInput {
	catalog: Pick<Catalog, 'version' | 'controls'>;
	assessment: Pick<
		Assessment,
		'companyName' | 'assessor' | 'reportType' | 'observationMonths' | 'createdAt' | 'catalogVersion'
	>;
	/** What `evaluate()` returned for the assessment, today. */
	evaluation: Evaluation;
	evidence: readonly Pick<EvidenceItem, 'controlId'>[];
	/** 'YYYY-MM-DD': the date the evaluation was made for; the document's version. */
	today: string;
}

function metadata(input: AssessmentResultsInput, now: Date, uuid: () => string): OscalMetadata {
	const company = plain(input.assessment.companyName) || 'Unnamed company';
	const assessor = plain(input.assessment.assessor);
	const partyUuid = assessor ? nextUuid(uuid) : '';
	return {
		title: markupLine(
			`SOC 2 readiness self-assessment: ${company}`,
			'SOC 2 readiness self-assessment'
		),
		'last-modified': dateTime(now),
		version: input.today,
		'oscal-version': OSCAL_VERSION,
		props: [
			...prop('company', input.assessment.companyName),
			...prop('catalog-version', input.catalog.version)
		],
		...(assessor
			? {
					roles: [{ id: 'assessor', title: 'Assessor' }],
					parties: [{ uuid: partyUuid, type: 'person' as const, name: assessor }],
					'responsible-parties': [{ 'role-id': 'assessor', 'party-uuids': [partyUuid] }]
				}
			: {}),
		remarks: markup(
			'Exported by the SOC 2 readiness app from a self-assessment kept on the device. It records ' +
				'readiness as the company sees it, not an auditor’s opinion.'
		)
	};
}

function resultText(input: AssessmentResultsInput): string {
	const a = input.assessment;
	const e = input.evaluation;
	const type = a.reportType;
	const b = e.score[type];
	const { assessed, applicable } = e.score.coverage;
	const report =
		type === 'type2'
			? `${REPORT_TYPE_LABEL.type2} report (operation over a ${a.observationMonths}-month observation window)`
			: `${REPORT_TYPE_LABEL.type1} report (design and implementation as of a date)`;
	return [
		`Readiness self-assessment for a SOC 2 ${report}, made with the app's catalog ${input.catalog.version}.`,
		`Overall readiness (${REPORT_TYPE_LABEL[type]}): ${formatScore(b.overall)}, ${LEVEL_LABEL[b.level]}.`,
		`Coverage: ${assessed} of ${plural(applicable, 'applicable control')} assessed (${formatScore(coverageShare(e.score.coverage))}). ` +
			'The score rests on the controls assessed; a control nobody has answered scores 0 and its finding is not satisfied.',
		'A finding is satisfied only when its control is assessed and earns full credit with no gap for this report type.'
	].join('\n\n');
}

/**
 * The assessment results as an OSCAL 1.1.2 document. Findings target the control statements of
 * the catalog export (`iam-01_smt`); the app's own status, credit and gaps are props and words.
 */
export function oscalAssessmentResults(
	input: AssessmentResultsInput,
	{ uuid, now }: OscalOptions
): OscalAssessmentResultsDocument {
	const e = input.evaluation;
	const type = input.assessment.reportType;
	const docUuid = nextUuid(uuid);
	const meta = metadata(input, now, uuid);
	const noPlan: OscalResource = {
		uuid: nextUuid(uuid),
		title: 'No assessment plan',
		description: markup(
			'OSCAL asks every assessment result to import its assessment plan. This self-assessment ' +
				'had none: its scope comes from the scoping questionnaire, recorded in this result as the ' +
				'reviewed controls and the observations of controls that are not applicable.'
		)
	};
	const catalogRef: OscalResource = {
		uuid: nextUuid(uuid),
		title: `SOC 2 readiness catalog ${input.catalog.version}`,
		description: markup(
			'The controls the findings refer to, by the ids of the catalog export (Catalog, OSCAL JSON).'
		),
		props: prop('version', input.catalog.version)
	};
	const pending = new Set(e.score.pendingNa.map((s) => s.controlId));
	const scores = new Map([...e.score.controls, ...e.score.pendingNa].map((s) => [s.controlId, s]));
	const ordered = input.catalog.controls.flatMap((c) => {
		const s = scores.get(c.id);
		return s ? [s] : [];
	});
	const evidenceCount = new Map<string, number>();
	for (const ev of input.evidence)
		evidenceCount.set(ev.controlId, (evidenceCount.get(ev.controlId) ?? 0) + 1);
	const ctx: FindingContext = { evaluation: e, type, evidenceCount, uuid, now };
	const resultUuid = nextUuid(uuid);
	const findings = ordered.map((s) => controlFinding(ctx, s, pending.has(s.controlId)));
	const na = notApplicable(e, pending);
	const observations = na.map((x) => notApplicableObservation(ctx, x));
	// A start after the end (a clock set wrong when the assessment was made) reads as now.
	const stored = storedDateTime(input.assessment.createdAt, now);
	const start = Date.parse(stored) <= now.getTime() ? stored : dateTime(now);
	const result: OscalResult = {
		uuid: resultUuid,
		title: markupLine(`SOC 2 ${REPORT_TYPE_LABEL[type]} readiness self-assessment`, 'Readiness'),
		description: markup(resultText(input)),
		start,
		end: dateTime(now),
		props: [
			...prop('report-type', type === 'type1' ? 'type-i' : 'type-ii'),
			...(type === 'type2' ? prop('observation-months', input.assessment.observationMonths) : []),
			...prop('overall-readiness', e.score[type].overall ?? 'not-covered'),
			...prop('readiness-level', e.score[type].level),
			...prop('applicable-controls', e.score.coverage.applicable),
			...prop('assessed-controls', e.score.coverage.assessed),
			...prop('not-applicable-controls', na.length)
		],
		'reviewed-controls': {
			description: markup(
				'The controls the scoping makes applicable, less those marked Not applicable with a settled reason.'
			),
			'control-selections': [
				{ 'include-controls': some(ordered.map((s) => ({ 'control-id': token(s.controlId) }))) }
			]
		},
		observations: some(observations),
		findings: some(findings)
	};
	return {
		'assessment-results': {
			uuid: docUuid,
			metadata: meta,
			'import-ap': {
				href: `#${noPlan.uuid}`,
				remarks: markup('There is no assessment plan; the linked resource says why.')
			},
			results: [result],
			'back-matter': { resources: [noPlan, catalogRef] }
		}
	};
}
