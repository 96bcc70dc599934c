// A client-only app: every page renders in the browser from local data.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
