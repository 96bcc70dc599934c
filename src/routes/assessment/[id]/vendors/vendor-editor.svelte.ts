/**
 * The editable state of one stored vendor: the row plus the user's pending edits. Valid edits
 * save on their own (choices at once, typing after a short pause); while any field is invalid
 * nothing is saved and the message stays beside the field, so no edit is lost or half-applied.
 */
import { saveVendor } from '$lib/db/repositories/vendors';
import { cleanText } from '$lib/domain/assessment';
import type { Vendor, VendorAssurance, VendorSafeguards, VendorSoc2 } from '$lib/domain/types';
import { vendorErrors, type DraftErrors } from './vendor-checks';

const TEXT_DELAY_MS = 500;

/** A new, empty SOC 2 record for a vendor that has just sent its report. */
export function emptySoc2(): VendorSoc2 {
	return {
		type: 'type2',
		periodStart: null,
		periodEnd: null,
		opinion: null,
		opinionNotes: '',
		bridgeLetterDate: null,
		subserviceOrgs: '',
		cuecsReviewed: false,
		cuecs: []
	};
}

export class VendorEditor {
	#stored: () => Vendor;
	#today: () => string;
	// Raw, not deep state: the edits are replaced whole, and IndexedDB cannot store a proxy.
	pending = $state.raw<Partial<Vendor>>({});
	/**
	 * Edits already written, shown until the live row catches up: the row they were saved over
	 * is recognised by its `updatedAt`, which every save changes. Without this the field would
	 * flick back to the old value between the commit and the live query's next answer.
	 */
	#saved = $state.raw<{ from: string; edits: Partial<Vendor> } | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(stored: () => Vendor, today: () => string) {
		this.#stored = stored;
		this.#today = today;
	}

	readonly view: Vendor = $derived.by(() => {
		const stored = this.#stored();
		const saved = this.#saved?.from === stored.updatedAt ? this.#saved.edits : {};
		return { ...stored, ...saved, ...this.pending };
	});
	readonly errors: DraftErrors = $derived.by(() => vendorErrors(this.view, this.#today()));

	/** Records edits; saves at once (`immediate`) or after a pause while typing. */
	update(patch: Partial<Vendor>, immediate = false): void {
		this.pending = { ...this.pending, ...patch };
		clearTimeout(this.#timer);
		if (immediate) void this.flush();
		else this.#timer = setTimeout(() => void this.flush(), TEXT_DELAY_MS);
	}

	set<K extends keyof Vendor>(field: K, value: Vendor[K], immediate = false): void {
		this.update({ [field]: value }, immediate);
	}

	setAssurance(patch: Partial<VendorAssurance>, immediate = false): void {
		this.set('assurance', { ...this.view.assurance, ...patch }, immediate);
	}

	/** Changes the SOC 2 record; ignored when none is recorded. */
	setSoc2(patch: Partial<VendorSoc2>, immediate = false): void {
		const soc2 = this.view.assurance.soc2;
		if (soc2) this.setAssurance({ soc2: { ...soc2, ...patch } }, immediate);
	}

	setSafeguards(patch: Partial<VendorSafeguards>, immediate = false): void {
		this.set('safeguards', { ...this.view.safeguards, ...patch }, immediate);
	}

	/**
	 * On leaving a text field: collapse runs of spaces in one-line fields and trim notes, then
	 * save. Done on blur rather than while typing, so a space just typed does not vanish.
	 */
	tidy(): void {
		const v = this.view;
		const patch: Partial<Vendor> = {};
		for (const k of ['name', 'service', 'ownerName'] as const)
			if (cleanText(v[k]) !== v[k]) patch[k] = cleanText(v[k]);
		for (const k of ['notes', 'tierOverrideReason'] as const)
			if (v[k].trim() !== v[k]) patch[k] = v[k].trim();
		if (Object.keys(patch).length > 0) this.update(patch, true);
		else void this.flush();
	}

	/** Saves the pending edits if the vendor is valid with them. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		if (Object.keys(this.pending).length === 0 || Object.keys(this.errors).length > 0) return;
		const saving = this.pending;
		const stored = this.#stored();
		const earlier = this.#saved?.from === stored.updatedAt ? this.#saved.edits : {};
		try {
			await saveVendor({ ...stored, ...earlier, ...saving });
		} catch {
			// The header's save indicator reports the failure and offers Retry; the edits stay here.
			return;
		}
		this.#saved = { from: stored.updatedAt, edits: { ...earlier, ...saving } };
		// Drop only the edits that were saved and have not changed since.
		const rest: Partial<Vendor> = {};
		for (const [k, v] of Object.entries(this.pending))
			if (Reflect.get(saving, k) !== v) Reflect.set(rest, k, v);
		this.pending = rest;
	}
}
