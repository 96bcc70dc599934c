/**
 * Presenter view: a page shown on a projector, one question at a time with nothing else on screen.
 * The state lives in the URL (?present=1) so a reload or a shared link keeps it; the Fullscreen
 * API is used when the browser allows it, but the layout does not depend on it.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';

export const PRESENT_PARAM = 'present';
/** Pages that have a presenter view; elsewhere the parameter is ignored, so no page loses its nav. */
const PRESENTABLE = new Set(['/assessment/[id]/interview', '/assessment/[id]/scope']);

/** True while the current page is shown in presenter view. */
export function isPresenting(): boolean {
	return PRESENTABLE.has(page.route.id ?? '') && page.url.searchParams.get(PRESENT_PARAM) === '1';
}

function withPresent(on: boolean): string {
	const url = new URL(page.url);
	if (on) url.searchParams.set(PRESENT_PARAM, '1');
	else url.searchParams.delete(PRESENT_PARAM);
	return `${url.pathname}${url.search}`;
}

/** Call from the click on "Present": full screen needs the user's gesture. */
export function enterPresenter(): Promise<void> {
	if (document.fullscreenEnabled && !document.fullscreenElement)
		// Refused in an iframe or by a browser setting: the presenter layout still applies.
		document.documentElement.requestFullscreen().catch(() => undefined);
	return goto(withPresent(true), { noScroll: true });
}

export function exitPresenter(): Promise<void> {
	if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
	return goto(withPresent(false), { noScroll: true });
}
