/**
 * Per-screen state for an open assessment: live rows from the database and, once the catalog has
 * loaded, the evaluation derived from them (scope, scores, gaps). Created by the assessment
 * layout and shared with its pages by context, so every page sees the same numbers.
 */
import { createContext } from 'svelte';
import { sameList, stabilize, stableChoices } from './stable';
import { loadCatalog } from './catalog';
import type { Catalog } from '$lib/catalog';
import { live } from '$lib/db/live.svelte';
import { getAssessment } from '$lib/db/repositories/assessments';
import { migrateAssessmentCatalog } from '$lib/db/repositories/catalog-upgrade';
import {
	listAnswers,
	listControlStates,
	listEvidence,
	listPolicyStates,
	listTasks,
	listVendors
} from '$lib/db/repositories/rows';
import { toDateString } from '$lib/domain/dates';
import { evaluate, type Evaluation } from '$lib/domain/scoring/evaluate';
import { recurringActivities } from '$lib/domain/planning/calendar';
import { departmentView } from '$lib/domain/planning/departments';
import { planGaps } from '$lib/domain/planning/plan-gaps';
import { schedulePlan } from '$lib/domain/planning/schedule';
import { vendorActivities, vendorGaps, vendorProgramme } from '$lib/domain/vendors/index';
import type { ControlScore } from '$lib/domain/scoring/scoring';
import type {
	Assessment,
	AssessmentSummary,
	CalendarActivity,
	ControlState,
	PlanGap
} from '$lib/domain/types';

type CategoryChoices = Pick<Assessment, 'includedCategories' | 'declinedCategories'>;

export { loadCatalog };

export class AssessmentStore {
	readonly #id: () => string;
	readonly #assessment;
	readonly #answers;
	readonly #controls;
	readonly #evidence;
	readonly #policies;
	readonly #tasks;
	readonly #vendors;
	catalog = $state.raw<Catalog | null>(null);
	/** Today's date; refreshed so overdue checks stay right in a tab left open overnight. */
	today = $state(toDateString(new Date()));

	constructor(id: () => string) {
		this.#id = id;
		const dep = () => this.#id();
		this.#assessment = live(() => getAssessment(this.#id()), dep);
		this.#answers = live(() => listAnswers(this.#id()), dep);
		this.#controls = live(() => listControlStates(this.#id()), dep);
		this.#evidence = live(() => listEvidence(this.#id()), dep);
		this.#policies = live(() => listPolicyStates(this.#id()), dep);
		this.#tasks = live(() => listTasks(this.#id()), dep);
		this.#vendors = live(() => listVendors(this.#id()), dep);
		void loadCatalog().then((c) => (this.catalog = c));
		// An assessment made with an older catalog follows its renamed controls once, on opening.
		$effect(() => {
			const a = this.assessment;
			const c = this.catalog;
			if (a && c && a.catalogVersion !== c.version) void migrateAssessmentCatalog(a.id, c);
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
	get answers() {
		return this.#answers.current ?? [];
	}
	#controlCache = new Map<string, ControlState>();
	/** Control states; rows that did not change keep their identity (see stable.ts). */
	readonly controlRows: ControlState[] = $derived.by(() =>
		stabilize(
			this.#controlCache,
			this.#controls.current ?? [],
			(r) => r.controlId,
			(a, b) => a.updatedAt === b.updatedAt
		)
	);
	get controls() {
		return this.controlRows;
	}
	get evidence() {
		return this.#evidence.current ?? [];
	}
	get policies() {
		return this.#policies.current ?? [];
	}
	get tasks() {
		return this.#tasks.current ?? [];
	}
	get vendors() {
		return this.#vendors.current ?? [];
	}

	/** True once the query answered and found nothing. */
	get missing(): boolean {
		return !this.#assessment.loading && this.#assessment.current === undefined;
	}

	/** True once the catalog and every row set have loaded. */
	readonly ready: boolean = $derived.by(
		() =>
			this.catalog !== null &&
			this.#assessment.current !== undefined &&
			[
				this.#answers,
				this.#controls,
				this.#evidence,
				this.#policies,
				this.#tasks,
				this.#vendors
			].every((q) => q.current !== undefined)
	);

	/** The only part of the assessment row scoring reads (see stableChoices). */
	#choices: CategoryChoices | null = null;
	readonly #scoredChoices: CategoryChoices | null = $derived.by(() => {
		const a = this.assessment;
		this.#choices = a ? stableChoices(this.#choices, a) : null;
		return this.#choices;
	});

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

	#scoreCache = new Map<string, ControlScore>();

	readonly evaluation: Evaluation | null = $derived.by(() => {
		const catalog = this.catalog;
		const choices = this.#scoredChoices;
		if (!catalog || !choices || !this.ready) return null;
		return this.#stableScores(
			evaluate(
				catalog,
				{
					assessment: choices,
					answers: this.answers,
					controls: this.controls,
					evidence: this.evidence,
					policies: this.policies
				},
				this.today,
				this.programmes
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
			extraGaps: vendorGaps(this.vendors, this.today)
		});
	});

	/** The projected schedule of the stored tasks with the team's capacity. */
	readonly schedule = $derived.by(() => {
		const a = this.assessment;
		if (!a || !this.ready) return null;
		return schedulePlan(this.tasks, a.plan, {
			today: this.today,
			reportType: a.reportType,
			observationMonths: a.observationMonths,
			gaps: this.planGaps
		});
	});

	readonly activities: CalendarActivity[] = $derived.by(() => {
		const e = this.evaluation;
		if (!e || !this.catalog) return [];
		return recurringActivities({
			evaluation: e,
			catalog: this.catalog,
			policyStates: this.policies,
			today: this.today,
			extra: vendorActivities(this.vendors, this.today)
		});
	});

	readonly departments = $derived(
		this.evaluation ? departmentView(this.evaluation, this.tasks, this.today) : null
	);

	/** The figures cached on the assessment for the home list. */
	readonly summary: AssessmentSummary | null = $derived.by(() => {
		const e = this.evaluation;
		if (!e) return null;
		return {
			type1: e.score.type1.overall,
			type2: e.score.type2.overall,
			level1: e.score.type1.level,
			level2: e.score.type2.level,
			applicableControls: e.score.controls.length,
			implementedControls: e.score.controls.filter(
				(c) => e.statesById.get(c.controlId)?.status === 'implemented'
			).length,
			computedAt: ''
		};
	});
}

export const [getAssessmentStore, setAssessmentStore] = createContext<AssessmentStore>();
