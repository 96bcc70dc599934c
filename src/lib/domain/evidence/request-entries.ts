/**
 * The request list as one entry per control and part: every line of a part shares the control's
 * items and so its status, evidence and due date, and a table that repeated them line by line
 * would bury the differences. Used by the Evidence page and the workshop PDF. Pure.
 */
import type { RequestRow } from './request-list';

/** The consecutive lines of one control and part. */
export interface RequestEntry {
	key: string;
	/** The first line's row; status, evidence and due date hold for every line. */
	row: RequestRow;
	expected: string[];
}

/** Joins consecutive rows of the same control and part (requestList lists them together). */
export function entriesOf(rows: readonly RequestRow[]): RequestEntry[] {
	const out: RequestEntry[] = [];
	for (const r of rows) {
		const last = out.at(-1);
		if (last && last.row.controlId === r.controlId && last.row.part === r.part)
			last.expected.push(r.expected);
		else out.push({ key: `${r.controlId}:${r.part}`, row: r, expected: [r.expected] });
	}
	return out;
}
