/**
 * What a sampled item of each people process asks the company to show, and which catalog
 * controls that evidences: the one mapping the Samples tab, its exports and the request list
 * read. A hire is tested for every onboarding check, a leaver for the offboarding ones, a
 * training completion for the training itself and an access change for the approval or the
 * removal it was. The controls come from CHECK_CONTROLS, so a check feeds the same controls here
 * as on the roster.
 */
import { CHECK_CONTROLS, type PeopleControlId } from './controls';
import { DEFAULT_DEADLINES, type CheckDeadlines } from './deadlines';
import type { PeopleProcess, PopulationItem } from './sampling';
import { OFFBOARDING_CHECKS, ONBOARDING_CHECKS, type CheckKind } from './types';

/** The checks tested for one item of a process (an access change: the kind it records). */
export function checksForItem(
	process: PeopleProcess,
	item: Pick<PopulationItem, 'kind'>,
	companyDevice = true
): CheckKind[] {
	const device = (k: CheckKind) =>
		companyDevice || (k !== 'device_enrolled' && k !== 'device_returned');
	switch (process) {
		case 'hires':
			return ONBOARDING_CHECKS.filter(device);
		case 'leavers':
			return OFFBOARDING_CHECKS.filter(device);
		case 'training_completions':
			return ['security_training'];
		case 'access_changes':
			return item.kind === 'access_removed' ? ['access_removed'] : ['access_granted'];
	}
}

/** Every check an item of the process can be tested for. */
const PROCESS_CHECKS: Record<PeopleProcess, readonly CheckKind[]> = {
	hires: ONBOARDING_CHECKS,
	leavers: OFFBOARDING_CHECKS,
	training_completions: ['security_training'],
	access_changes: ['access_granted', 'access_removed']
};

function controlsOf(kinds: readonly CheckKind[]): PeopleControlId[] {
	const out: PeopleControlId[] = [];
	for (const k of kinds) for (const c of CHECK_CONTROLS[k]) if (!out.includes(c)) out.push(c);
	return out;
}

/** The controls a process's sample evidences, the specific controls of its checks first. */
export function processControls(process: PeopleProcess): PeopleControlId[] {
	return controlsOf(PROCESS_CHECKS[process]);
}

/** The controls one sampled item evidences. */
export function itemControls(
	process: PeopleProcess,
	item: Pick<PopulationItem, 'kind'>,
	companyDevice = true
): PeopleControlId[] {
	return controlsOf(checksForItem(process, item, companyDevice));
}

const days = (n: number) => (n === 0 ? 'on or before' : `within ${n} day${n === 1 ? '' : 's'} of`);

/**
 * What to provide for one check of one sampled item, in our words, with the deadline the roster
 * uses. `date` is the item's date (start, end or the check's own date).
 */
export function evidenceFor(
	process: PeopleProcess,
	kind: CheckKind,
	date: string,
	d: CheckDeadlines = DEFAULT_DEADLINES
): string {
	switch (kind) {
		case 'background_check':
			return `Background check completion record dated ${days(d.backgroundCheckDaysAfterStart)} the start date (${date}) and before access was granted`;
		case 'security_training':
			return process === 'training_completions'
				? `Security awareness training completion record (certificate or training platform report) dated ${date}`
				: `Security awareness training completion record dated ${days(d.trainingDaysAfterStart)} the start date (${date})`;
		case 'policy_acknowledgement':
			return `Signed code of conduct and policy acknowledgement dated ${days(d.acknowledgementDaysAfterStart)} the start date (${date})`;
		case 'device_enrolled':
			return `Device management record showing the company laptop enrolled ${days(d.deviceEnrolledDaysAfterStart)} the start date (${date})`;
		case 'mfa_enabled':
			return `Identity provider record showing multi-factor authentication on ${days(d.mfaDaysAfterStart)} the start date (${date})`;
		case 'access_granted':
			return process === 'access_changes'
				? `Approved access request for the access granted on ${date}, approved before it was granted and matching the role`
				: `Approved access request matching the role, approved before accounts were created ${days(d.accessGrantedDaysAfterStart)} the start date (${date})`;
		case 'access_removed':
			return process === 'access_changes'
				? `Ticket or system log of the access removed on ${date}, with the request or leaver notice behind it`
				: `Ticket or system logs showing every account disabled ${days(d.accessRemovedDaysAfterEnd)} the end date (${date})`;
		case 'device_returned':
			return `Asset return record for the company device, dated ${days(d.deviceReturnedDaysAfterEnd)} the end date (${date})`;
	}
}
