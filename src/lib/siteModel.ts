/**
 * The whole guide as one read-only model: every collection sorted once, with
 * the lookups and groupings pages need. Built once per build from the
 * content collections (src/data/site.ts); pages and components only read it.
 */
import type { Chain, County, Indicator, Page, Policy, Project, Source, Zone } from '../schemas';
import { countyCentres } from './geo/countyGeometry';
import { resolveProjectLocation, type ResolvedLocation } from './projectLocation';

export interface SiteInput {
  sources: Source[];
  chains: Chain[];
  counties: County[];
  zones: Zone[];
  projects: Project[];
  pages: Page[];
  policies: Policy[];
  indicators: Indicator[];
}

export interface SiteModel extends SiteInput {
  sourceById: ReadonlyMap<string, Source>;
  chainById: ReadonlyMap<string, Chain>;
  countyById: ReadonlyMap<string, County>;
  zoneById: ReadonlyMap<string, Zone>;
  projectById: ReadonlyMap<string, Project>;
  pageById: ReadonlyMap<string, Page>;
  indicatorById: ReadonlyMap<string, Indicator>;
  projectsByChain: ReadonlyMap<string, Project[]>;
  projectsByCounty: ReadonlyMap<string, Project[]>;
  projectsByZone: ReadonlyMap<string, Project[]>;
  zonesByCounty: ReadonlyMap<string, Zone[]>;
  /** Where each project is drawn, by project id. */
  locationByProject: ReadonlyMap<string, ResolvedLocation>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const collator = new Intl.Collator('zh-CN');

/** Projects in catalogue order: largest published investment first, then by Chinese title. */
export function compareProjects(a: Project, b: Project): number {
  return (b.investment ?? -1) - (a.investment ?? -1) || collator.compare(a.title.zh, b.title.zh);
}

export function buildSiteModel(input: SiteInput): SiteModel {
  // Every list sorted here, so the model (and every file made from it) does not depend on the order a loader
  // read the files in: Astro's collections and the content files read ahead (src/data/headStart.ts) differ.
  const sources = [...input.sources].sort((a, b) => a.id.localeCompare(b.id));
  const pages = [...input.pages].sort((a, b) => a.id.localeCompare(b.id));
  const chains = [...input.chains].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const counties = [...input.counties].sort((a, b) => a.adcode.localeCompare(b.adcode));
  const zones = [...input.zones].sort((a, b) => (a.county ?? '').localeCompare(b.county ?? '') || a.id.localeCompare(b.id));
  const projects = [...input.projects].sort(compareProjects);
  const policies = [...input.policies].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const indicators = [...input.indicators].sort((a, b) => a.id.localeCompare(b.id));

  const countyById = byId(counties);
  const zoneById = byId(zones);
  const centres = countyCentres();
  const locationByProject = new Map(
    projects.map((project) => [project.id, resolveProjectLocation(project, { countyById, zoneById, countyCentres: centres })]),
  );

  return {
    ...input,
    sources,
    pages,
    chains,
    counties,
    zones,
    projects,
    policies,
    indicators,
    sourceById: byId(sources),
    chainById: byId(chains),
    countyById,
    zoneById,
    projectById: byId(projects),
    pageById: byId(pages),
    indicatorById: byId(indicators),
    projectsByChain: groupBy(projects, (project) => project.chains),
    projectsByCounty: groupBy(projects, (project) => (project.county ? [project.county] : [])),
    projectsByZone: groupBy(projects, (project) => (project.zone ? [project.zone] : [])),
    zonesByCounty: groupBy(zones, (zone) => (zone.county ? [zone.county] : [])),
    locationByProject,
  };
}
