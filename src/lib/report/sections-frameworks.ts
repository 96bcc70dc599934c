/**
 * The gap report's pages on the other frameworks: a one-page readiness summary for ISO/IEC
 * 27001:2022 and for NIST CSF 2.0, each saying what it rests on, and an appendix with every SOC 2
 * control's ISO 27001 and CSF ids. The figures come from $lib/domain/frameworks, the same as the
 * Frameworks page.
 */
import { CROSSWALK, CROSSWALK_BY_CONTROL, NOT_ADDRESSED, linkCount } from '$lib/catalog/frameworks';
import { CSF_NOTES, ISO_BEYOND_SOC2 } from '$lib/catalog/frameworks/beyond';
import type { Links, OtherFrameworkId } from '$lib/catalog/frameworks/types';
import { formatScore } from '$lib/domain/format';
import {
	OTHER_FRAMEWORK_LABEL,
	controlFactsOf,
	otherFramework
} from '$lib/domain/frameworks/frameworks';
import { scoreTone } from '$lib/domain/scoring/score-tone';
import { frameworkBasis } from './framework-basis';
import type { ReportContext } from './input';
import type { Cell, Section } from './model';

function summarySection(ctx: ReportContext, framework: OtherFrameworkId): Section {
	const view = otherFramework(framework, {
		crosswalk: CROSSWALK,
		notAddressed: NOT_ADDRESSED[framework],
		controlFacts: controlFactsOf(ctx.evaluation, ctx.type)
	});
	const iso = framework === 'iso27001';
	const basis = frameworkBasis({
		framework,
		company: ctx.assessment.companyName,
		reportType: ctx.type,
		today: ctx.today,
		links: linkCount(framework),
		controls: CROSSWALK.length,
		catalogVersion: ctx.catalog.version
	});
	const rows: Cell[][] = view.top.map((g) => [
		{
			text: iso && g.group.id !== 'ISMS' ? `${g.group.id} ${g.group.title}` : g.group.title,
			bold: true
		},
		{ text: formatScore(g.readiness), tone: scoreTone(g.readiness), bold: true },
		{ text: `${g.met} of ${g.total}` },
		{ text: `${g.assessed} of ${g.inScope}` },
		{ text: `${g.mapped} of ${g.total}` }
	]);
	return {
		id: `framework-${framework}`,
		title: `${OTHER_FRAMEWORK_LABEL[framework]}: readiness from the SOC 2 work`,
		newPage: true,
		blocks: [
			{
				kind: 'paragraph',
				text: `${formatScore(view.overall)} over the ${view.inScope} ${iso ? 'clauses and Annex A controls' : 'subcategories'} the SOC 2 controls reach; ${view.beyond} of ${view.targets.length} are not addressed by SOC 2 and need work of their own.`
			},
			{
				kind: 'table',
				columns: [
					{ header: iso ? 'Theme' : 'Function', width: 4 },
					{ header: 'Readiness', width: 1.6, align: 'right' },
					{ header: 'Met', width: 1.4, align: 'right' },
					{ header: 'Assessed', width: 1.6, align: 'right' },
					{ header: 'Mapped', width: 1.6, align: 'right' }
				],
				rows,
				empty: 'Nothing to show.'
			},
			{
				kind: 'paragraph',
				text: `Not addressed: ${
					view.targets
						.filter((t) => t.state === 'not_addressed')
						.map((t) => t.target.id)
						.join(', ') || 'none'
				}.`,
				muted: true
			},
			{
				kind: 'paragraph',
				text: `${iso ? 'Certification also needs' : 'Using the CSF also means'}: ${(iso ? ISO_BEYOND_SOC2 : CSF_NOTES).map((b) => `${b.title.toLowerCase()} (${b.ref})`).join('; ')}.`
			},
			{ kind: 'facts', rows: basis.facts },
			{ kind: 'bullets', items: basis.rules }
		]
	};
}

function ids(links: Links): string {
	return [...(links.full ?? []), ...(links.partial ?? []).map((id) => `${id} (partly)`)].join(', ');
}

export function crosswalkAppendix(ctx: ReportContext): Section {
	const e = ctx.evaluation;
	const rows: Cell[][] = e.scope.applicableControlIds.map((id) => {
		const entry = CROSSWALK_BY_CONTROL.get(id);
		return [
			{ text: id, bold: true },
			{ text: e.controlsById.get(id)?.title ?? id },
			{
				text: entry ? ids(entry.iso) || 'None' : 'None',
				tone: entry && ids(entry.iso) ? undefined : 'muted'
			},
			{
				text: entry ? ids(entry.csf) || 'None' : 'None',
				tone: entry && ids(entry.csf) ? undefined : 'muted'
			}
		];
	});
	return {
		id: 'crosswalk',
		title: 'Appendix: crosswalk to ISO 27001 and NIST CSF 2.0',
		newPage: true,
		blocks: [
			{
				kind: 'paragraph',
				text: `Every applicable SOC 2 control (${rows.length}) with the ISO/IEC 27001:2022 clauses and Annex A controls (A.) and the NIST CSF 2.0 subcategories it serves. "(partly)" marks a target that asks for more than the control does. The crosswalk is our own judgement, not a published mapping.`
			},
			{
				kind: 'table',
				columns: [
					{ header: 'Control', width: 1.2 },
					{ header: 'Title', width: 4 },
					{ header: 'ISO 27001', width: 3.2 },
					{ header: 'NIST CSF 2.0', width: 3.2 }
				],
				rows,
				empty: 'No control applies.'
			}
		]
	};
}

/** A page each for ISO 27001 and the CSF (full gap report only). */
export function frameworkSections(ctx: ReportContext): Section[] {
	return [summarySection(ctx, 'iso27001'), summarySection(ctx, 'csf')];
}
