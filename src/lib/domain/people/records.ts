/**
 * Stored records of the people pages (issue 22): the roster, the dated checks, the access
 * reviews and the Type II samples drawn, each owned by one assessment. Re-exported by
 * ../types.ts with the other stored records. Personal data stays at what types.ts allows.
 */
import type { AccessReview, CheckKind, Person } from './types';
import type { ObservationWindow, PeopleProcess, PopulationItem } from './sampling';

/** One person on an assessment's roster. */
export interface PersonRecord extends Person {
	assessmentId: string;
	createdAt: string;
	updatedAt: string;
}

/**
 * One dated performance of a check for one person (training repeats: several per kind). Its
 * evidence lives in the evidence locker as files owned by the check (`ownerKind: 'check'`).
 */
export interface PersonCheckRecord {
	id: string;
	assessmentId: string;
	personId: string;
	kind: CheckKind;
	/** 'YYYY-MM-DD'; null while not dated (counts as not done). */
	date: string | null;
	note: string;
	updatedAt: string;
}

/** One review of one in-scope system's user list. */
export interface AccessReviewRecord extends AccessReview {
	assessmentId: string;
	createdAt: string;
	updatedAt: string;
}

/** A Type II sample drawn from one people process: what the evidence request list asks for. */
export interface PeopleSampleRecord {
	id: string;
	assessmentId: string;
	process: PeopleProcess;
	window: ObservationWindow;
	seed: string;
	populationSize: number;
	size: number;
	items: PopulationItem[];
	/** ISO timestamp. */
	drawnAt: string;
}

/** Most people a roster may hold: a 10,000-row file is read, a larger one refused whole. */
export const MAX_PEOPLE = 10_000;
/** Most accounts one system's user list may hold. */
export const MAX_ACCOUNTS = 20_000;
