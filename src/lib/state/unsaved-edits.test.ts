import { describe, expect, it } from 'vitest';
import {
	flushDrafts,
	hasUnsavedEdits,
	trackDraft,
	unsavedEditsState,
	type OpenDraft
} from './unsaved-edits';

function draft(
	pending: object,
	errors: object,
	conflicts: object = {}
): OpenDraft & { flushed: boolean[] } {
	return {
		pending,
		errors,
		conflicts,
		flushed: [],
		async flush(leaving = false) {
			this.flushed.push(leaving);
		}
	};
}

describe('unsaved edits', () => {
	it('tells edits that cannot be saved from edits still being written', () => {
		expect(unsavedEditsState()).toBe('none');
		const typing = draft({ notes: 'x' }, {});
		const stop = trackDraft(typing);
		expect(hasUnsavedEdits(false)).toBe(false);
		expect(hasUnsavedEdits(true)).toBe(true);
		expect(unsavedEditsState()).toBe('waiting');
		const invalid = draft({ notes: 'y'.repeat(20_001) }, { notes: 'too long' });
		const stopInvalid = trackDraft(invalid);
		expect(hasUnsavedEdits(false)).toBe(true);
		expect(unsavedEditsState()).toBe('held');
		flushDrafts();
		flushDrafts(true);
		expect([typing.flushed, invalid.flushed]).toEqual([
			[false, true],
			[false, true]
		]);
		// A form that has left the screen no longer counts.
		stopInvalid();
		stop();
		expect(hasUnsavedEdits(true)).toBe(false);
		expect(unsavedEditsState()).toBe('none');
	});

	it('counts an edit held back by a conflict with another tab as not saved', () => {
		const stop = trackDraft(draft({ ownerName: 'Ana' }, {}, { ownerName: 'Bo' }));
		expect(hasUnsavedEdits(false)).toBe(true);
		expect(unsavedEditsState()).toBe('held');
		stop();
	});
});
