/** The editable state of one stored vendor (see AutosaveDraft for how edits save). */
import { cleanText } from '$lib/domain/assessments/assessment';
import type { Vendor, VendorAssurance, VendorSafeguards, VendorSoc2 } from '$lib/domain/types';
import { AutosaveDraft } from '$lib/state/autosave-draft.svelte';
import { vendorErrors, type DraftErrors } from './vendor-checks';

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

export class VendorEditor extends AutosaveDraft<Vendor, DraftErrors> {
	constructor(stored: () => Vendor, today: () => string) {
		super({
			stored,
			validate: (view) => vendorErrors(view, today()),
			target: () => ({ kind: 'vendor', assessmentId: stored().assessmentId, id: stored().id })
		});
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
}
