/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) after the build: the
 * security headers of src/config/security.ts for every response and a long
 * cache for hashed assets. nginx users copy the snippet in docs/deployment.md.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../config/security';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'invest-lvliang:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('_headers written (Content-Security-Policy and companions)');
      },
    },
  };
}
