/** The editable state of one stored risk (see AutosaveDraft for how edits save). */
import type { FraudFactors, Risk, RiskRating } from '$lib/domain/risks/records';
import { riskErrors, type RiskErrors } from '$lib/domain/risks/validation';
import { AutosaveDraft } from '$lib/state/autosave-draft.svelte';

export class RiskEditor extends AutosaveDraft<Risk, RiskErrors> {
	constructor(stored: () => Risk, today: () => string, by: () => string) {
		super({
			stored,
			validate: (view) => riskErrors(view, today()),
			target: () => ({
				kind: 'risk',
				assessmentId: stored().assessmentId,
				id: stored().id,
				by: by()
			})
		});
	}

	setRating(which: 'inherent' | 'residual', patch: Partial<RiskRating>): void {
		this.set(which, { ...this.view[which], ...patch }, true);
	}

	setFraud(patch: Partial<FraudFactors>): void {
		const f = this.view.fraud ?? { pressures: '', opportunities: '', rationalisation: '' };
		this.set('fraud', { ...f, ...patch });
	}

	link(controlId: string): void {
		if (!this.view.controlIds.includes(controlId))
			this.set('controlIds', [...this.view.controlIds, controlId], true);
	}

	unlink(controlId: string): void {
		this.set(
			'controlIds',
			this.view.controlIds.filter((id) => id !== controlId),
			true
		);
	}
}
