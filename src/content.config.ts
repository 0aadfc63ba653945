/**
 * Astro content collections. The schemas live in src/schemas/ so that
 * `npm run check:content` validates with the very same rules; cross-entry
 * references are checked in src/lib/content/integrity.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  chainSchema,
  collections as definitions,
  countySchema,
  indicatorSchema,
  pageSchema,
  policySchema,
  projectSchema,
  sourceSchema,
  zoneSchema,
  type CollectionName,
} from './schemas';

/** Entries carry their own `id` field, so renaming a file never changes a URL or an open-data id. */
function loader(name: CollectionName) {
  return glob({
    base: `./content/${name}`,
    pattern: definitions[name].pattern,
    generateId: ({ entry, data }) => (typeof data['id'] === 'string' ? data['id'] : entry),
  });
}

export const collections = {
  sources: defineCollection({ loader: loader('sources'), schema: sourceSchema }),
  chains: defineCollection({ loader: loader('chains'), schema: chainSchema }),
  counties: defineCollection({ loader: loader('counties'), schema: countySchema }),
  zones: defineCollection({ loader: loader('zones'), schema: zoneSchema }),
  projects: defineCollection({ loader: loader('projects'), schema: projectSchema }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
  policies: defineCollection({ loader: loader('policies'), schema: policySchema }),
  indicators: defineCollection({ loader: loader('indicators'), schema: indicatorSchema }),
};
