/**
 * Every content schema, keyed by collection name. Used by Astro
 * (src/content.config.ts) and by `npm run check:content`, so both
 * validate with exactly the same rules.
 */
import { chainSchema } from './chain';
import { countySchema } from './county';
import { indicatorSchema } from './indicator';
import { pageSchema, policySchema } from './page';
import { projectSchema } from './project';
import { sourceSchema } from './source';
import { zoneSchema } from './zone';

export const collections = {
  sources: { schema: sourceSchema, pattern: '**/*.{yaml,yml}' },
  chains: { schema: chainSchema, pattern: '**/*.mdx' },
  counties: { schema: countySchema, pattern: '**/*.mdx' },
  zones: { schema: zoneSchema, pattern: '**/*.mdx' },
  projects: { schema: projectSchema, pattern: '**/*.mdx' },
  pages: { schema: pageSchema, pattern: '**/*.mdx' },
  policies: { schema: policySchema, pattern: '**/*.mdx' },
  indicators: { schema: indicatorSchema, pattern: '**/*.{yaml,yml}' },
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export { chainSchema } from './chain';
export { countySchema } from './county';
export { indicatorSchema } from './indicator';
export { pageSchema, policySchema } from './page';
export { projectSchema } from './project';
export { sourceSchema } from './source';
export { zoneSchema } from './zone';
export type { Chain, ChainLink, InvestmentSought } from './chain';
export type { County } from './county';
export type { Indicator } from './indicator';
export type { Page, Policy } from './page';
export type { Project } from './project';
export type { Source } from './source';
export type { Zone } from './zone';
export type { Figure, Localized } from './common';
export * from './vocabulary';
