/**
 * What the first screen needs to know before the database layer has loaded. Dexie and the schema
 * are the first route's biggest part, so the root layout and the home page load them only after
 * the first screen has painted; and a first visit (no database in this browser yet, which the
 * browser can say without Dexie) draws its welcome straight away. Imports nothing from Dexie.
 */

/** The IndexedDB database's name (db.ts opens it). */
export const DB_NAME = 'soc2-readiness';

/**
 * False only when the browser says it holds no database of the app (a first visit); true when it
 * holds one or cannot tell. Asked afresh each time: the answer is stale once the app has opened it.
 */
export async function databaseMayExist(): Promise<boolean> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
	try {
		return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
	} catch {
		return true;
	}
}

/**
 * Resolves once a frame has been painted and shown (the second frame from now; or after a short
 * wait in a tab that draws none).
 */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestAnimationFrame === 'undefined') return resolve();
		const hidden = setTimeout(resolve, 200);
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				clearTimeout(hidden);
				resolve();
			})
		);
	});
}

let storedAtStart: boolean | null = null;
let drawn: Promise<void> | undefined;
let over = false;

/**
 * Asks, as the app starts (the root +layout.ts, before the first screen renders), whether the
 * browser holds the app's database, so the first screen renders once, with the right content.
 */
export async function askAtStart(): Promise<void> {
	storedAtStart = await databaseMayExist();
}

/**
 * True on the app's first screen when the browser held no database of the app (a first visit).
 * False afterwards: the answer is stale once the app has opened the database.
 */
export function isFirstVisit(): boolean {
	return !over && storedAtStart === false;
}

/**
 * Resolves once the first screen has been drawn and painted: the moment to load the database
 * layer.
 */
export function firstScreenDrawn(): Promise<void> {
	drawn ??= afterPaint().then(() => {
		over = true;
	});
	return drawn;
}
