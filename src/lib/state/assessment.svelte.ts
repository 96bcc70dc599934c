/**
 * Per-screen state for an open assessment: live rows from the database and, once the catalog has
 * loaded, everything derived from them. Created by the assessment layout and shared by context.
 */
import { createContext } from 'svelte';
import { live } from '$lib/db/live.svelte';
import { getAssessment } from '$lib/db/repositories/assessments';

export class AssessmentStore {
	readonly #id: () => string;
	readonly #assessment;

	constructor(id: () => string) {
		this.#id = id;
		this.#assessment = live(
			() => getAssessment(this.#id()),
			() => this.#id()
		);
	}

	get id(): string {
		return this.#id();
	}

	get assessment() {
		return this.#assessment.current;
	}

	/** True once the query answered and found nothing. */
	get missing(): boolean {
		return !this.#assessment.loading && this.#assessment.current === undefined;
	}
}

export const [getAssessmentStore, setAssessmentStore] = createContext<AssessmentStore>();
