/**
 * One representative URL per page type (language-neutral), picked from the
 * built site so the list follows the content instead of hard-coding entries.
 */
import { builtPages } from './builtSite';

function first(prefix: string): string {
  const page = builtPages().find(
    (candidate) => candidate.url.startsWith(prefix) && candidate.url !== prefix && !candidate.url.startsWith('/en/'),
  );
  if (!page) throw new Error(`No built page under ${prefix}`);
  return page.url;
}

export function pageTypes(): Record<string, string> {
  return {
    home: '/',
    chains: '/chains/',
    chain: first('/chains/'),
    counties: '/counties/',
    county: first('/counties/'),
    zones: '/zones/',
    zone: first('/zones/'),
    projects: '/projects/',
    project: first('/projects/'),
    map: '/map/',
    search: '/search/',
    downloads: '/downloads/',
    policies: '/policies/',
    environment: '/environment/',
    results: '/results/',
    about: '/about/',
  };
}
