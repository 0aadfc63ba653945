/**
 * Site-wide settings. `SITE_URL` may be set at build time for the real
 * domain; the default is a placeholder (no domain has been assigned yet).
 */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://invest-lvliang.example.org';

/** The date the site's content was last reviewed as a whole; shown on downloads. */
export const SITE_REPOSITORY_NAME = 'invest-lvliang';
