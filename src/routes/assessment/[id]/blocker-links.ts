/** Where each thing that blocks Audit-ready can be fixed, as a link inside the assessment. */
import type { Blocker } from '$lib/domain/scoring/readiness';

export function blockerHref(assessmentId: string, b: Blocker): string {
	const base = `/assessment/${assessmentId}`;
	switch (b.kind) {
		case 'not_assessed':
			return `${base}/controls?status=not_assessed`;
		case 'key_control':
		case 'na_review':
			return `${base}/controls?control=${encodeURIComponent(b.ref)}`;
		case 'policy':
			return `${base}/plan?tab=policies`;
		case 'programme':
			// The only programme blocker is an empty vendor list: land on what scoping proposes.
			return `${base}/vendors#vendor-suggestions`;
		case 'risk_review':
			return `${base}/risks#register-review`;
		case 'risk':
			return `${base}/risks?risk=${encodeURIComponent(b.ref)}`;
		case 'people':
			return b.text.includes('access review') ? `${base}/people?tab=access` : `${base}/people`;
		case 'not_covered':
			return `${base}/scope`;
		case 'criterion':
			return `${base}/controls?control=${encodeURIComponent(b.ref)}`;
	}
}

/** The words of the link, short enough for a list. */
export const BLOCKER_ACTION: Record<Blocker['kind'], string> = {
	not_assessed: 'Show the unanswered controls',
	key_control: 'Open the control',
	na_review: 'Review the reason',
	policy: 'Open the policies',
	programme: 'Open the vendors',
	risk_review: 'Open the risk register',
	risk: 'Open the risk',
	people: 'Open the people checks',
	not_covered: 'Check the scope',
	criterion: 'Show its controls'
};
