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
let wanted: Promise<void> | undefined;
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

/** Resolves on the first sign that the user is doing something here or coming back to the tab. */
function firstSign(): Promise<void> {
	return new Promise((resolve) => {
		const events: Array<[EventTarget, string]> = [
			[document, 'pointerdown'],
			[document, 'keydown'],
			[document, 'visibilitychange'],
			[window, 'focus'],
			[window, 'pagehide']
		];
		const done = () => {
			for (const [t, e] of events) t.removeEventListener(e, done, true);
			resolve();
		};
		for (const [t, e] of events) t.addEventListener(e, done, true);
	});
}

/**
 * When the database layer is wanted: once the first screen has been drawn; on a first visit
 * (nothing stored in this browser), not before the user does something (a press, a key, coming
 * back to the tab, in which another tab may have stored something meanwhile), since until then
 * there is nothing to read, apply or show.
 */
export function databaseWanted(): Promise<void> {
	const first = storedAtStart === false;
	wanted ??= firstScreenDrawn().then(() =>
		first && typeof document !== 'undefined' ? firstSign() : undefined
	);
	return wanted;
}
