// The one server origin team sync may talk to, fixed when the app is built (SYNC_ORIGIN), so the
// Content-Security-Policy's connect-src stays exact. Read by svelte.config.js (the policy) and
// vite.config.ts (the app's own copy). See docs/sync.md for why a user-typed URL is not allowed.

/** The configured origin, or '' when this build has no sync server. Throws on a bad value. */
export function syncOrigin(raw = process.env.SYNC_ORIGIN ?? '') {
	const value = raw.trim();
	if (value === '') return '';
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`SYNC_ORIGIN must be an origin such as https://couch.example.com, not ${value}`
		);
	}
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
		throw new Error('SYNC_ORIGIN must use https (plain http only for localhost).');
	if (url.origin !== value.replace(/\/$/, ''))
		throw new Error(`SYNC_ORIGIN must be an origin only (no path): use ${url.origin}`);
	return url.origin;
}
