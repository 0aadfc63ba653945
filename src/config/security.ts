/**
 * The site's security headers, defined once. The Content-Security-Policy goes
 * out twice: as a <meta> tag in every page (Astro's `security.csp`, which adds
 * 'self' and the hashes of any inline script or style it emits) and as an HTTP
 * header (dist/_headers, written by src/integrations/securityHeaders.ts, and the
 * nginx snippet in docs/deployment.md). A browser enforces both, so a page gets
 * the stricter of the two: the header may allow a little more than one page
 * needs (WebAssembly, used by the search pages only), the page's tag narrows it.
 */

/**
 * Directives every page carries, besides script-src and style-src (Astro writes those).
 * default-src covers images, fonts, fetches and workers; base-uri and form-action do not
 * fall back to it, and plugins get none at all.
 */
export const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/**
 * Pagefind's search runs as WebAssembly, which a CSP blocks unless it allows
 * 'wasm-unsafe-eval' (it permits compiling WebAssembly only, never JavaScript
 * eval). The search pages add it to their own tag; nothing else needs it.
 */
export const WASM_SCRIPT_SOURCE = "'wasm-unsafe-eval'";

/**
 * Directives a browser ignores in a <meta> tag (Chromium logs an error for
 * them), so they go in the HTTP header only: no site may frame these pages.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as an HTTP header: the union of what any page may do. */
export const CSP_HEADER = [
  ...CSP_DIRECTIVES,
  `script-src 'self' ${WASM_SCRIPT_SOURCE}`,
  "style-src 'self'",
  ...HEADER_ONLY_DIRECTIVES,
].join('; ');

/** Every response's headers, in the order the files list them. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', CSP_HEADER],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses none of these browser features; no embedded content may either.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  // For browsers older than frame-ancestors.
  ['X-Frame-Options', 'DENY'],
];

/** Files under /_astro/ carry a content hash in their name: they never change, so they are cached for a year. */
export const HASHED_ASSETS_PATH = '/_astro/';
export const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';

/** dist/_headers for Netlify and Cloudflare Pages (https://docs.netlify.com/routing/headers/). */
export function headersFile(): string {
  const lines = [
    '# Security headers for every response, and a long cache for hashed assets.',
    '# Written by the build from src/config/security.ts.',
    '/*',
  ];
  for (const [name, value] of SECURITY_HEADERS) lines.push(`  ${name}: ${value}`);
  lines.push(`${HASHED_ASSETS_PATH}*`, `  Cache-Control: ${HASHED_ASSETS_CACHE}`);
  return `${lines.join('\n')}\n`;
}

/** The same headers as nginx `add_header` lines (docs/deployment.md shows them; a test compares). */
export function nginxHeaderLines(): string[] {
  return SECURITY_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`);
}
