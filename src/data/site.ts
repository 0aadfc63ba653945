/**
 * Loads every content collection once per build, checks cross-references
 * (so a broken reference fails the build with the file and field named) and
 * returns the site model. The only module that talks to `astro:content`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTACT_IDS } from '../config/contacts';
import { ContentValidationError } from '../lib/content/contentError';
import { checkDates, todayInChina } from '../lib/content/dates';
import { checkIntegrity } from '../lib/content/integrity';
import { buildSiteModel, type SiteModel } from '../lib/siteModel';
import type { CollectionName } from '../schemas';

export interface Site {
  model: SiteModel;
  /** Raw entries, for rendering MDX bodies with `render()`. */
  entries: { [N in CollectionName]: ReadonlyMap<string, CollectionEntry<N>> };
}

function byId<E extends { id: string }>(entries: E[]): ReadonlyMap<string, E> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function raw(name: CollectionName, entries: { id: string; filePath?: string | undefined; data: object }[]) {
  return entries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${name}/${entry.id}`,
    data: entry.data as Record<string, unknown>,
  }));
}

async function loadSite(): Promise<Site> {
  const [sources, chains, counties, zones, projects, pages, policies, indicators] = await Promise.all([
    getCollection('sources'),
    getCollection('chains'),
    getCollection('counties'),
    getCollection('zones'),
    getCollection('projects'),
    getCollection('pages'),
    getCollection('policies'),
    getCollection('indicators'),
  ]);

  const collections = {
    sources: raw('sources', sources),
    chains: raw('chains', chains),
    counties: raw('counties', counties),
    zones: raw('zones', zones),
    projects: raw('projects', projects),
    pages: raw('pages', pages),
    policies: raw('policies', policies),
    indicators: raw('indicators', indicators),
  };
  const errors = [...checkIntegrity(collections, CONTACT_IDS), ...checkDates(collections, todayInChina(new Date()))];
  if (errors.length > 0) throw new ContentValidationError(errors);

  const model = buildSiteModel({
    sources: sources.map((entry) => entry.data),
    chains: chains.map((entry) => entry.data),
    counties: counties.map((entry) => entry.data),
    zones: zones.map((entry) => entry.data),
    projects: projects.map((entry) => entry.data),
    pages: pages.map((entry) => entry.data),
    policies: policies.map((entry) => entry.data),
    indicators: indicators.map((entry) => entry.data),
  });
  return {
    model,
    entries: {
      sources: byId(sources),
      chains: byId(chains),
      counties: byId(counties),
      zones: byId(zones),
      projects: byId(projects),
      pages: byId(pages),
      policies: byId(policies),
      indicators: byId(indicators),
    },
  };
}

let site: Promise<Site> | undefined;
/** The site, loaded on first use and shared by every page of the build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}
