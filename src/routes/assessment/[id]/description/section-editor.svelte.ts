/**
 * The editable state of one description section (see AutosaveDraft for how edits save). Text and
 * entry edits return a reviewed section to draft in the same save, so a review never covers
 * words it did not see.
 */
import type { DescriptionItem, DescriptionSection } from '$lib/domain/description/records';
import { backToDraft, editSection, markReviewed, newItem } from '$lib/domain/description/sections';
import { sectionErrors, type SectionField } from '$lib/domain/description/status';
import { AutosaveDraft } from '$lib/state/autosave-draft.svelte';

export class SectionEditor extends AutosaveDraft<
	DescriptionSection,
	Partial<Record<SectionField, string>>
> {
	constructor(stored: () => DescriptionSection) {
		super({
			stored,
			validate: sectionErrors,
			target: () => ({
				kind: 'section',
				assessmentId: stored().assessmentId,
				sectionId: stored().sectionId
			})
		});
	}

	#edit(patch: { text?: string; items?: DescriptionItem[] }, immediate = false): void {
		const next = editSection(this.view, patch);
		this.update(
			{ ...patch, status: next.status, reviewedBy: next.reviewedBy, reviewedAt: next.reviewedAt },
			immediate
		);
	}

	setText(text: string): void {
		this.#edit({ text });
	}

	addItem(subservice: boolean): string {
		const item = newItem(crypto.randomUUID(), subservice);
		this.#edit({ items: [...this.view.items, item] }, true);
		return item.id;
	}

	setItem(id: string, patch: Partial<DescriptionItem>, immediate = false): void {
		this.#edit(
			{ items: this.view.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) },
			immediate
		);
	}

	removeItem(id: string): void {
		this.#edit({ items: this.view.items.filter((i) => i.id !== id) }, true);
	}

	/** Records a review that passed `reviewErrors`. */
	review(reviewedBy: string, reviewedAt: string): void {
		const r = markReviewed(this.view, reviewedBy, reviewedAt);
		this.update({ status: r.status, reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt }, true);
	}

	toDraft(): void {
		const r = backToDraft(this.view);
		this.update({ status: r.status, reviewedBy: r.reviewedBy, reviewedAt: r.reviewedAt }, true);
	}
}
