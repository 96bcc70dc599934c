/** A request-list row for tests: a missing design line of X-01 unless `extra` says otherwise. */
import type { RequestRow } from '$lib/domain/evidence/request-list';

export function requestRow(extra: Partial<RequestRow> = {}): RequestRow {
	return {
		controlId: 'X-01',
		title: 'Title',
		key: false,
		ownerName: '',
		department: 'Engineering',
		part: 'design',
		expected: 'Something',
		evidenceTitles: [],
		newestCollected: null,
		status: 'missing',
		reason: 'Nothing on file',
		dueDate: null,
		dueSource: null,
		...extra
	};
}
