/**
 * The reviewer's decisions on one review, saved as they go. Each edit sits over the live row
 * until the live query brings it back; saves run one at a time and send the decisions list as a
 * field patch. When another tab changed the list meanwhile, the edit is applied again on top of
 * theirs (decisions are per account, so both tabs' decisions are kept) and sent once more.
 */
import { patchAccessReview } from '$lib/db/repositories/people';
import type { AccessReviewRecord, AccountDecision } from '$lib/domain/people/index';
import { withDecision } from './access-view';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

const TYPING_PAUSE_MS = 600;

function overlaid(
	base: readonly AccountDecision[],
	edits: Readonly<Record<string, AccountDecision>>
): AccountDecision[] {
	let out = [...base];
	for (const d of Object.values(edits)) out = withDecision(out, d);
	return out;
}

export class ReviewDecisions {
	status = $state<SaveStatus>('idle');
	/** Edits not yet committed, by account. */
	#edits = $state.raw<Record<string, AccountDecision>>({});
	/** The list as last committed here, until the live row catches up with it. */
	#committed = $state.raw<{ at: string; decisions: AccountDecision[] } | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#queue: Promise<void> = Promise.resolve();
	readonly #review: () => AccessReviewRecord;

	constructor(review: () => AccessReviewRecord) {
		this.#review = review;
	}

	/** The stored list: the live row's, or ours if the live query has not delivered it yet. */
	get #stored(): AccountDecision[] {
		const live = this.#review();
		const c = this.#committed;
		return c && live.updatedAt < c.at ? c.decisions : live.decisions;
	}

	/** The decisions as the screen shows them: stored, with the edits on top. */
	readonly decisions: AccountDecision[] = $derived(overlaid(this.#stored, this.#edits));
	readonly byAccount = $derived(new Map(this.decisions.map((d) => [d.account, d])));

	/** Sets one account's decision; a typed note waits for a pause before it is saved. */
	set(d: AccountDecision, typing = false): void {
		this.#edits = { ...this.#edits, [d.account]: d };
		this.status = 'saving';
		clearTimeout(this.#timer);
		if (typing) this.#timer = setTimeout(() => void this.flush(), TYPING_PAUSE_MS);
		else void this.flush();
	}

	/** Saves every waiting edit now; resolves once they committed (or failed). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#queue = this.#queue.then(() => this.#save());
		return this.#queue;
	}

	async #save(): Promise<void> {
		const edits = this.#edits;
		if (Object.keys(edits).length === 0) return;
		const review = this.#review();
		let base = this.#stored;
		try {
			for (let attempt = 0; attempt < 3; attempt++) {
				const value = overlaid(base, edits);
				const r = await patchAccessReview(review.assessmentId, review.id, {
					decisions: { value, base }
				});
				const theirs = r.conflicts.decisions;
				if (theirs === undefined) {
					this.#committed = { at: r.updatedAt, decisions: value };
					// Keep the edits typed while this save ran; drop the ones it wrote.
					const left = Object.fromEntries(
						Object.entries(this.#edits).filter(([k, d]) => edits[k] !== d)
					);
					this.#edits = left;
					this.status = Object.keys(left).length > 0 ? 'saving' : 'saved';
					return;
				}
				base = theirs;
			}
			this.status = 'failed';
		} catch {
			this.status = 'failed';
		}
	}
}
