import { describe, expect, it } from 'vitest';
import { flushDrafts, hasUnsavedEdits, trackDraft, type OpenDraft } from './unsaved-edits';

function draft(pending: object, errors: object): OpenDraft & { flushed: number } {
	return {
		pending,
		errors,
		flushed: 0,
		async flush() {
			this.flushed++;
		}
	};
}

describe('unsaved edits', () => {
	it('tells edits that cannot be saved from edits still being written', () => {
		const typing = draft({ notes: 'x' }, {});
		const stop = trackDraft(typing);
		expect(hasUnsavedEdits(false)).toBe(false);
		expect(hasUnsavedEdits(true)).toBe(true);
		const invalid = draft({ notes: 'y'.repeat(20_001) }, { notes: 'too long' });
		const stopInvalid = trackDraft(invalid);
		expect(hasUnsavedEdits(false)).toBe(true);
		flushDrafts();
		expect([typing.flushed, invalid.flushed]).toEqual([1, 1]);
		// A form that has left the screen no longer counts.
		stopInvalid();
		stop();
		expect(hasUnsavedEdits(true)).toBe(false);
	});
});
