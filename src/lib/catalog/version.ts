/**
 * The catalog version on its own, so pages that only need the number (the home page) do not
 * load the catalog's text. Bump when controls are added, renamed or removed.
 */
export const CATALOG_VERSION = '2026.3';
