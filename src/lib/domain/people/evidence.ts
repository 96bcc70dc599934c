/**
 * A person's check as an evidence entry of the auditor's package: filed under the control the
 * check evidences first (HR-04 for training), titled with the check and the person (the auditor
 * samples people, so the package names them; the reports never do).
 */
import { CHECK_CONTROLS } from './controls';
import { CHECK_KIND_LABEL, type Person } from './types';
import type { PersonCheckRecord } from './records';

export interface CheckEvidenceEntry {
	id: string;
	controlId: string;
	title: string;
	collectedAt: string | null;
}

/** The checks that own at least one of `fileOwnerIds`, as evidence entries. */
export function checkEvidenceEntries(
	people: readonly Pick<Person, 'id' | 'name'>[],
	checks: readonly PersonCheckRecord[],
	fileOwnerIds: ReadonlySet<string>
): CheckEvidenceEntry[] {
	const names = new Map(people.map((p) => [p.id, p.name.trim() || 'Unnamed person']));
	return checks
		.filter((c) => fileOwnerIds.has(c.id))
		.map((c) => ({
			id: c.id,
			controlId: CHECK_CONTROLS[c.kind][0] ?? '',
			title: `${CHECK_KIND_LABEL[c.kind]} — ${names.get(c.personId) ?? 'Person no longer on the roster'}`,
			collectedAt: c.date
		}));
}
