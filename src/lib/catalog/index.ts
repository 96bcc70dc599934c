/**
 * The SOC 2 catalog: criteria, controls, policies and the scoping questionnaire, written by us.
 * This module is large; import it lazily (`await import('$lib/catalog')`) from pages that need it.
 */
import { CONTROLS_ACCESS } from './controls/access';
import { CONTROLS_AI } from './controls/ai';
import { CONTROLS_AVAILABILITY } from './controls/availability';
import { CONTROLS_CHANGE } from './controls/change';
import { CONTROLS_CONFIDENTIALITY } from './controls/confidentiality';
import { CONTROLS_GOVERNANCE } from './controls/governance';
import { CONTROLS_OPERATIONS } from './controls/operations';
import { CONTROLS_PRIVACY } from './controls/privacy';
import { CONTROLS_PROCESSING } from './controls/processing';
import { CRITERIA_ACCESS } from './criteria/access';
import { CRITERIA_GOVERNANCE } from './criteria/governance';
import { CRITERIA_OPERATIONS } from './criteria/operations';
import { CRITERIA_PRIVACY } from './criteria/privacy';
import { POLICIES } from './policies';
import { CATEGORY_RULES, SCOPING_QUESTIONS } from './scoping-questions';
import { CATEGORIES, SERIES } from './series';
import { CATALOG_VERSION } from './version';
import type {
	CatalogMigration,
	Category,
	CategoryRule,
	Control,
	Criterion,
	Policy,
	ScopingQuestion,
	Series
} from './types';

export type * from './types';

export { CATALOG_VERSION };

const SERIES_ORDER = SERIES.map((s) => s.id as string);

function criterionOrder(a: Criterion, b: Criterion): number {
	const bySeries = SERIES_ORDER.indexOf(a.series) - SERIES_ORDER.indexOf(b.series);
	if (bySeries !== 0) return bySeries;
	return Number(a.id.split('.')[1]) - Number(b.id.split('.')[1]);
}

export interface Catalog {
	version: string;
	categories: readonly Category[];
	series: readonly Series[];
	criteria: readonly Criterion[];
	controls: readonly Control[];
	policies: readonly Policy[];
	scopingQuestions: readonly ScopingQuestion[];
	categoryRules: readonly CategoryRule[];
	migrations: readonly CatalogMigration[];
}

export const catalog: Catalog = {
	version: CATALOG_VERSION,
	categories: CATEGORIES,
	series: SERIES,
	criteria: [
		...CRITERIA_GOVERNANCE,
		...CRITERIA_ACCESS,
		...CRITERIA_OPERATIONS,
		...CRITERIA_PRIVACY
	].sort(criterionOrder),
	controls: [
		...CONTROLS_GOVERNANCE,
		...CONTROLS_ACCESS,
		...CONTROLS_CHANGE,
		...CONTROLS_OPERATIONS,
		...CONTROLS_AI,
		...CONTROLS_AVAILABILITY,
		...CONTROLS_CONFIDENTIALITY,
		...CONTROLS_PROCESSING,
		...CONTROLS_PRIVACY
	],
	policies: POLICIES,
	scopingQuestions: SCOPING_QUESTIONS,
	categoryRules: CATEGORY_RULES,
	migrations: []
};
