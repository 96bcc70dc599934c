/**
 * Scoping: which Trust Services Criteria categories are in scope, and which controls apply,
 * each with the reason. A pure function of the catalog and the answers.
 */
import type { Catalog } from '$lib/catalog';
import type { CategoryId, ScopingAnswers } from '$lib/catalog/types';
import { effectiveAnswers, holds } from './conditions';

export type CategoryStatus =
	/** The answers oblige it (Security always). */
	| 'required'
	/** The answers suggest it and the user has not included it. */
	| 'suggested'
	/** The user included it although the answers did not require it. */
	| 'included'
	/** Not in scope. */
	| 'out';

export interface CategoryScope {
	id: CategoryId;
	title: string;
	status: CategoryStatus;
	inScope: boolean;
	/** Why it is in, suggested or out; never empty. */
	reasons: string[];
}

export interface ControlScope {
	controlId: string;
	applicable: boolean;
	/** For a control left out: why. */
	reason: string | null;
}

export interface ScopeResult {
	categories: CategoryScope[];
	inScopeCategories: CategoryId[];
	/** In catalog order. */
	controls: ControlScope[];
	applicableControlIds: string[];
	/** In-scope criterion ids, in catalog order. */
	criteria: string[];
}

export interface ScopeChoices {
	/** Optional categories the user chose to include. */
	included?: readonly CategoryId[];
	/** Suggested categories the user chose to leave out. */
	declined?: readonly CategoryId[];
}

const SECURITY_REASON = 'Security (the common criteria) is part of every SOC 2 report.';

/** Decides the categories in scope and the controls that apply, with a reason for each. */
export function scope(
	catalog: Pick<
		Catalog,
		'categories' | 'criteria' | 'controls' | 'scopingQuestions' | 'categoryRules'
	>,
	storedAnswers: ScopingAnswers,
	choices: ScopeChoices = {}
): ScopeResult {
	const answers = effectiveAnswers(catalog.scopingQuestions, storedAnswers);
	const included = new Set(choices.included ?? []);
	const declined = new Set(choices.declined ?? []);

	const categories: CategoryScope[] = catalog.categories.map((cat) => {
		if (cat.id === 'security') {
			return {
				id: cat.id,
				title: cat.title,
				status: 'required',
				inScope: true,
				reasons: [SECURITY_REASON]
			};
		}
		const matched = catalog.categoryRules.filter(
			(r) => r.category === cat.id && holds(r.when, answers)
		);
		const required = matched.filter((r) => r.effect === 'required');
		if (required.length > 0) {
			return {
				id: cat.id,
				title: cat.title,
				status: 'required',
				inScope: true,
				reasons: required.map((r) => r.reason)
			};
		}
		if (included.has(cat.id)) {
			const why = matched.map((r) => r.reason);
			return {
				id: cat.id,
				title: cat.title,
				status: 'included',
				inScope: true,
				reasons: ['You chose to include it.', ...why]
			};
		}
		if (matched.length > 0) {
			return {
				id: cat.id,
				title: cat.title,
				status: 'suggested',
				inScope: false,
				reasons: declined.has(cat.id)
					? ['You chose to leave it out.', ...matched.map((r) => r.reason)]
					: matched.map((r) => r.reason)
			};
		}
		return {
			id: cat.id,
			title: cat.title,
			status: 'out',
			inScope: false,
			reasons: ['Nothing in your answers commits you to it. You can still include it.']
		};
	});

	const inScope = new Set(categories.filter((c) => c.inScope).map((c) => c.id));
	const categoryOf = new Map(catalog.criteria.map((c) => [c.id, c.category]));
	const titleOf = new Map(categories.map((c) => [c.id, c.title]));

	const controls: ControlScope[] = catalog.controls.map((ctl) => {
		const cats = ctl.criteria.map((id) => categoryOf.get(id));
		if (!cats.some((c) => c !== undefined && inScope.has(c))) {
			const primary = cats[0];
			return {
				controlId: ctl.id,
				applicable: false,
				reason: `${primary ? titleOf.get(primary) : 'Its'} category is not in scope.`
			};
		}
		if (ctl.appliesWhen && !holds(ctl.appliesWhen, answers)) {
			return {
				controlId: ctl.id,
				applicable: false,
				reason: ctl.naRationale ?? 'Your scoping answers make it not applicable.'
			};
		}
		return { controlId: ctl.id, applicable: true, reason: null };
	});

	return {
		categories,
		inScopeCategories: [...inScope],
		controls,
		applicableControlIds: controls.filter((c) => c.applicable).map((c) => c.controlId),
		criteria: catalog.criteria.filter((c) => inScope.has(c.category)).map((c) => c.id)
	};
}
