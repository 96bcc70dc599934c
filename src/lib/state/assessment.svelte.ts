/**
 * Per-screen state for an open assessment: live rows from the database and, once the catalog has
 * loaded, the evaluation derived from them (scope, scores, gaps). Created by the assessment
 * layout and shared with its pages by context, so every page sees the same numbers.
 *
 * The assessment row changes only when the user edits it (name, report type, categories, plan
 * settings); the last-edited time, the cached summary and where the user was live in the activity
 * row, which nothing here derives from. So the writes after every change never re-score.
 */
import { createContext } from 'svelte';
import { sameList, stabilize } from './stable';
import { loadCatalog } from './catalog';
import type { Catalog } from '$lib/catalog';
import { live, type Live } from '$lib/db/live.svelte';
import { getActivity, getAssessment, saveSummary } from '$lib/db/repositories/assessments';
import { listRows } from '$lib/db/repositories/rows';
import { listEvidenceFiles } from '$lib/db/repositories/evidence-files';
import {
	buildContent,
	CONTENT_TABLES,
	type AnyContentRow,
	type ContentField,
	type OwnedRows
} from '$lib/domain/assessments/aggregate';
import { sameSummary } from '$lib/domain/assessments/summary';
import { summaryOf } from '$lib/domain/assessments/compute-summary';
import type { ControlDates } from '$lib/domain/controls/validation';
import { toDateString } from '$lib/domain/dates';
import { evaluate, type Evaluation } from '$lib/domain/scoring/evaluate';
import { recurringActivities } from '$lib/domain/planning/calendar';
import { evidenceActivities } from '$lib/domain/evidence/freshness';
import { departmentView } from '$lib/domain/planning/departments';
import { planGaps } from '$lib/domain/planning/plan-gaps';
import { projectTimeline, type Projection } from '$lib/domain/planning/projection';
import { vendorActivities, vendorProgramme } from '$lib/domain/vendors';
import { vendorFacts, type VendorFacts } from '$lib/domain/vendors/facts';
import { vendorRisks, type DerivedVendorRisk } from '$lib/domain/risks/vendor-risks';
import { riskReviewActivity } from '$lib/domain/risks/register';
import { peopleActivities, peopleGaps } from '$lib/domain/people/plan';
import { peopleVerdict, type PeopleVerdict } from '$lib/domain/people/verdict';
import { extraPlanGaps } from '$lib/domain/planning/extra-gaps';
import { DEFAULT_WINDOW_MONTHS, type ControlScore } from '$lib/domain/scoring/scoring';
import type {
	AssessmentContent,
	AssessmentData,
	AssessmentProgress,
	AssessmentSummary,
	CalendarActivity,
	ControlState,
	PlanGap
} from '$lib/domain/types';

export { loadCatalog };

type LiveContent = { [F in ContentField]: Live<Array<OwnedRows[F]>> };

/** One live query per content table the aggregate declares. */
function liveContent(id: () => string): LiveContent {
	const out: Partial<Record<ContentField, Live<AnyContentRow[]>>> = {};
	for (const t of CONTENT_TABLES) out[t.field] = live(() => listRows(t.field, id()), id);
	// Each entry queries its own table, so its rows are that table's type.
	return out as LiveContent;
}

export class AssessmentStore {
	readonly #id: () => string;
	readonly #assessment;
	readonly #activity;
	readonly #rows: LiveContent;
	readonly #files;
	catalog = $state.raw<Catalog | null>(null);
	/** Today's date; refreshed so overdue checks stay right in a tab left open overnight. */
	today = $state(toDateString(new Date()));

	constructor(id: () => string) {
		this.#id = id;
		const dep = () => this.#id();
		this.#assessment = live(() => getAssessment(this.#id()), dep);
		this.#activity = live(() => getActivity(this.#id()), dep);
		this.#rows = liveContent(dep);
		this.#files = live(() => listEvidenceFiles(this.#id()), dep);
		void loadCatalog().then((c) => (this.catalog = c));
		// An assessment made with an older catalog follows its renamed controls once, on opening.
		// The migration code loads only then: almost every assessment is already current.
		$effect(() => {
			const a = this.assessment;
			const c = this.catalog;
			if (a && c && a.catalogVersion !== c.version)
				void import('$lib/db/repositories/catalog-upgrade').then((m) =>
					m.migrateAssessmentCatalog(a.id, c)
				);
		});
		// The home list shows the score without loading the catalog: keep its copy current.
		let written: { id: string; summary: AssessmentSummary } | null = null;
		$effect(() => {
			const summary = this.summary;
			const id = this.#id();
			if (!summary || (written?.id === id && sameSummary(written.summary, summary))) return;
			written = { id, summary };
			void saveSummary(id, { ...summary, computedAt: new Date().toISOString() });
		});
		$effect(() => {
			const t = setInterval(() => (this.today = toDateString(new Date())), 60_000);
			return () => clearInterval(t);
		});
	}

	get id(): string {
		return this.#id();
	}
	get assessment() {
		return this.#assessment.current;
	}
	/** The last edit, cached summary and where the user was; undefined while it loads. */
	get activity() {
		return this.#activity.current;
	}
	/** Where the user was (scoping question, interview position); empty until it loads. */
	get progress(): AssessmentProgress {
		return this.#activity.current?.progress ?? {};
	}
	get answers() {
		return this.#rows.answers.current ?? [];
	}
	#controlCache = new Map<string, ControlState>();
	/** Control states; rows that did not change keep their identity (see stable.ts). */
	readonly controlRows: ControlState[] = $derived.by(() =>
		stabilize(
			this.#controlCache,
			this.#rows.controls.current ?? [],
			(r) => r.controlId,
			(a, b) => a.updatedAt === b.updatedAt
		)
	);
	get controls() {
		return this.controlRows;
	}
	get evidence() {
		return this.#rows.evidence.current ?? [];
	}
	/** Evidence locker records (every version, no bytes), oldest first. */
	get files() {
		return this.#files.current ?? [];
	}
	get policies() {
		return this.#rows.policies.current ?? [];
	}
	get tasks() {
		return this.#rows.tasks.current ?? [];
	}
	get vendors() {
		return this.#rows.vendors.current ?? [];
	}
	get risks() {
		return this.#rows.risks.current ?? [];
	}
	get riskReviews() {
		return this.#rows.riskReviews.current ?? [];
	}
	get description() {
		return this.#rows.description.current ?? [];
	}
	get policyTexts() {
		return this.#rows.policyTexts.current ?? [];
	}
	get people() {
		return this.#rows.people.current ?? [];
	}
	get personChecks() {
		return this.#rows.personChecks.current ?? [];
	}
	get accessReviews() {
		return this.#rows.accessReviews.current ?? [];
	}
	get peopleSamples() {
		return this.#rows.peopleSamples.current ?? [];
	}

	/** The assessment and its content, every table the aggregate declares (report, snapshots). */
	readonly data: AssessmentData | null = $derived.by(() => {
		const assessment = this.assessment;
		if (!assessment) return null;
		const content: AssessmentContent = buildContent((t) =>
			t.field === 'controls' ? this.controls : (this.#rows[t.field].current ?? [])
		);
		return { assessment, ...content };
	});

	/** True once the query answered and found nothing. */
	get missing(): boolean {
		return !this.#assessment.loading && this.#assessment.current === undefined;
	}

	/** True once the catalog and every row set have loaded. */
	readonly ready: boolean = $derived.by(
		() =>
			this.catalog !== null &&
			this.#assessment.current !== undefined &&
			this.#activity.current !== undefined &&
			CONTENT_TABLES.every((t) => this.#rows[t.field].current !== undefined)
	);

	/**
	 * The vendor programme as scored items (CC9.2 and, where they apply, P6.4, P6.5, C1.1). Asked
	 * for every category: scoring ignores the criteria of categories that are out of scope.
	 */
	readonly programmes = $derived(
		vendorProgramme(this.vendors, this.today, {
			privacyInScope: true,
			confidentialityInScope: true
		})
	);

	/**
	 * Each vendor's risk, next review and standing today, highest residual risk first: worked out
	 * once here for the Overview, the Vendors page and the risk register.
	 */
	readonly vendorFacts: VendorFacts[] = $derived(vendorFacts(this.vendors, this.today));

	/** The risk register's vendor risks, in the vendor list's order, from the same figures. */
	readonly vendorRisks: DerivedVendorRisk[] = $derived(
		vendorRisks(
			this.vendors,
			this.today,
			new Map(this.vendorFacts.map((f) => [f.vendor.id, f.risk]))
		)
	);

	/**
	 * What the people records say (checks, access reviews), for every control: depends only on
	 * those records, the day and the window, so a control's edit does not redo it. The evaluation
	 * keeps it to the applicable controls.
	 */
	readonly peopleVerdict: PeopleVerdict | null = $derived(
		peopleVerdict(
			{
				people: this.people,
				personChecks: this.personChecks,
				accessReviews: this.accessReviews
			},
			{
				today: this.today,
				observationMonths: this.assessment?.observationMonths ?? DEFAULT_WINDOW_MONTHS
			}
		)
	);

	/** Overdue people checks as plan gaps, for every control (planGaps keeps the applicable ones). */
	readonly #peopleGaps: PlanGap[] = $derived.by(() => {
		const catalog = this.catalog;
		if (!catalog) return [];
		const criteria = new Map(catalog.controls.map((c) => [c.id, c.criteria]));
		return peopleGaps(this.people, this.personChecks, this.today, {
			criteriaOf: (id) => criteria.get(id) ?? []
		});
	});
	readonly #peopleActivities: CalendarActivity[] = $derived(
		peopleActivities(this.people, this.personChecks, this.today)
	);

	#scoreCache = new Map<string, ControlScore>();

	readonly evaluation: Evaluation | null = $derived.by(() => {
		const catalog = this.catalog;
		const assessment = this.assessment;
		if (!catalog || !assessment || !this.ready) return null;
		return this.#stableScores(
			evaluate(
				catalog,
				{
					assessment,
					answers: this.answers,
					controls: this.controls,
					evidence: this.evidence,
					policies: this.policies,
					risks: this.risks,
					riskReviews: this.riskReviews,
					accessReviews: this.accessReviews
				},
				this.today,
				this.programmes,
				{ people: this.peopleVerdict }
			)
		);
	});

	/** Control scores that did not change keep their identity, so only changed rows re-render. */
	#stableScores(e: Evaluation): Evaluation {
		const controls = stabilize(
			this.#scoreCache,
			e.score.controls,
			(c) => c.controlId,
			(a, b) =>
				a.credit.type1 === b.credit.type1 &&
				a.credit.type2 === b.credit.type2 &&
				sameList(a.gaps.type1, b.gaps.type1) &&
				sameList(a.gaps.type2, b.gaps.type2)
		);
		return {
			...e,
			score: { ...e.score, controls, byId: new Map(controls.map((c) => [c.controlId, c])) }
		};
	}

	/** Every gap that should have a remediation task (controls, evidence, schedule, policies, vendors). */
	readonly planGaps: PlanGap[] = $derived.by(() => {
		const e = this.evaluation;
		const a = this.assessment;
		if (!e || !a || !this.catalog) return [];
		return planGaps({
			evaluation: e,
			catalog: this.catalog,
			reportType: a.reportType,
			policyStates: this.policies,
			extraGaps: extraPlanGaps(this, e, this.today, this.#peopleGaps)
		});
	});

	/**
	 * What a control's dates are checked against: today, the assessment's first day and the
	 * founding date answered in scoping (the checklist and the interview check the same way).
	 */
	readonly controlDates: ControlDates = $derived.by(() => {
		const v = this.storedAnswers.founded;
		return {
			today: this.today,
			assessmentStart: this.assessment?.createdAt.slice(0, 10) ?? this.today,
			founded: typeof v === 'string' ? v : null
		};
	});

	/** The answers as stored, without defaults: what the user actually said. */
	readonly storedAnswers = $derived(
		Object.fromEntries(this.answers.map((a) => [a.questionId, a.value]))
	);

	/**
	 * The projection of the stored tasks: capacity in force and where it comes from, milestones,
	 * the target compared. Null while loading.
	 */
	readonly projection: Projection | null = $derived.by(() => {
		const a = this.assessment;
		const e = this.evaluation;
		if (!a || !e || !this.ready) return null;
		return projectTimeline({
			tasks: this.tasks,
			assessment: a,
			answers: this.storedAnswers,
			type2: e.score.type2,
			gaps: this.planGaps,
			today: this.today
		});
	});

	/** The projected schedule of the stored tasks with the team's capacity. */
	readonly schedule = $derived(this.projection?.schedule ?? null);

	readonly activities: CalendarActivity[] = $derived.by(() => {
		const e = this.evaluation;
		if (!e || !this.catalog) return [];
		return recurringActivities({
			evaluation: e,
			catalog: this.catalog,
			policyStates: this.policies,
			today: this.today,
			extra: [
				...vendorActivities(this.vendors, this.today),
				riskReviewActivity(this.riskReviews, this.today),
				...this.#peopleActivities,
				...evidenceActivities({
					controls: e.scope.applicableControlIds
						.map((id) => e.controlsById.get(id))
						.filter((c) => c !== undefined),
					states: e.statesById,
					evidence: this.evidence,
					today: this.today
				})
			]
		});
	});

	readonly departments = $derived(
		this.evaluation ? departmentView(this.evaluation, this.tasks, this.today) : null
	);

	/** The figures cached on the assessment for the home list. */
	readonly summary: AssessmentSummary | null = $derived.by(() => {
		const e = this.evaluation;
		if (!e) return null;
		return summaryOf(e, this.projection, this.tasks.length);
	});
}

export const [getAssessmentStore, setAssessmentStore] = createContext<AssessmentStore>();
