import { askAtStart } from '$lib/db/first-screen';

// A client-only app: every page renders in the browser from local data.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';

// Whether this browser holds any data yet, asked without loading the database layer (a few
// milliseconds), so the first screen renders once with the right content: on a first visit the
// home page's welcome, not a skeleton. Runs once: it reads nothing that changes on navigation.
export const load = async () => {
	await askAtStart();
	return {};
};
