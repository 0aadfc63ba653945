/**
 * Cross-entry checks that a per-file schema cannot make: every reference
 * resolves, ids are unique, a project's zone lies in its county. Run by
 * `npm run check:content` and again by the build (src/data/site.ts), so a
 * broken reference can never reach a page.
 */
import type { CollectionName } from '../../schemas';
import type { ContentError } from './contentError';

export interface RawEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}
export type RawCollections = Record<CollectionName, RawEntry[]>;

type Target = CollectionName | 'contacts';

/** Where each collection points at others. `*` matches every array item. */
const REFERENCES: Record<CollectionName, [path: string, target: Target][]> = {
  sources: [],
  chains: [
    ['sources.*', 'sources'],
    ['figures.*.source', 'sources'],
    ['counties.*', 'counties'],
    ['zones.*', 'zones'],
    ...(['upstream', 'midstream', 'downstream'] as const).flatMap((stage): [string, Target][] => [
      [`links.${stage}.*.projects.*`, 'projects'],
      [`links.${stage}.*.counties.*`, 'counties'],
      [`links.${stage}.*.source`, 'sources'],
    ]),
  ],
  counties: [
    ['sources.*', 'sources'],
    ['figures.*.source', 'sources'],
    ['population.source', 'sources'],
    ['seatLocationSource', 'sources'],
    ['industries.*', 'chains'],
  ],
  zones: [
    ['sources.*', 'sources'],
    ['figures.*.source', 'sources'],
    ['locationSource', 'sources'],
    ['county', 'counties'],
    ['leadIndustries.*', 'chains'],
  ],
  projects: [
    ['sources.*', 'sources'],
    ['scale.*.source', 'sources'],
    ['location.source', 'sources'],
    ['chains.*', 'chains'],
    ['county', 'counties'],
    ['zone', 'zones'],
    ['contact', 'contacts'],
  ],
  pages: [['sources.*', 'sources']],
  policies: [['sources.*', 'sources']],
  indicators: [
    ['sources.*', 'sources'],
    ['points.*.source', 'sources'],
  ],
};

const SINGULAR: Record<Target, string> = {
  sources: 'source',
  chains: 'chain',
  counties: 'county',
  zones: 'zone',
  projects: 'project',
  pages: 'page',
  policies: 'policy',
  indicators: 'indicator',
  contacts: 'contact',
};

/** Every value at `path` in `data`, with its concrete dotted path. */
export function valuesAt(data: unknown, path: string): { path: string; value: unknown }[] {
  let current: { path: string; value: unknown }[] = [{ path: '', value: data }];
  for (const segment of path.split('.')) {
    const next: { path: string; value: unknown }[] = [];
    for (const { path: at, value } of current) {
      if (value === null || typeof value !== 'object') continue;
      if (segment === '*') {
        if (Array.isArray(value)) value.forEach((item, index) => next.push({ path: join(at, String(index)), value: item }));
      } else if (segment in value) {
        next.push({ path: join(at, segment), value: (value as Record<string, unknown>)[segment] });
      }
    }
    current = next;
  }
  return current.filter(({ value }) => value !== undefined);
}

function join(a: string, b: string): string {
  return a ? `${a}.${b}` : b;
}

function describeChoices(ids: Set<string>): string {
  const list = [...ids].sort();
  if (list.length === 0) return 'there are none yet';
  return list.length > 15 ? `one of ${list.slice(0, 15).join(', ')}, … (${list.length} in all)` : `one of ${list.join(', ')}`;
}

export function checkIntegrity(collections: RawCollections, contactIds: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  const ids = {} as Record<Target, Set<string>>;

  for (const [name, entries] of Object.entries(collections) as [CollectionName, RawEntry[]][]) {
    const firstFile = new Map<string, string>();
    for (const entry of entries) {
      const earlier = firstFile.get(entry.id);
      if (earlier) {
        errors.push({
          file: entry.file,
          field: 'id',
          message: `duplicate ${SINGULAR[name]} id "${entry.id}", already used by ${earlier}; expected a unique id`,
        });
      } else {
        firstFile.set(entry.id, entry.file);
      }
    }
    ids[name] = new Set(firstFile.keys());
  }
  ids.contacts = new Set(contactIds);

  for (const [name, entries] of Object.entries(collections) as [CollectionName, RawEntry[]][]) {
    for (const entry of entries) {
      for (const [pattern, target] of REFERENCES[name]) {
        for (const { path, value } of valuesAt(entry.data, pattern)) {
          if (typeof value !== 'string' || !ids[target].has(value)) {
            errors.push({
              file: entry.file,
              field: path,
              message: `unknown ${SINGULAR[target]} "${String(value)}"; expected ${describeChoices(ids[target])}`,
            });
          }
        }
      }
    }
  }

  const zoneCounty = new Map(collections.zones.map((zone) => [zone.id, zone.data['county']]));
  for (const project of collections.projects) {
    const zone = project.data['zone'];
    if (typeof zone !== 'string' || !zoneCounty.has(zone)) continue;
    const county = zoneCounty.get(zone);
    if (county !== undefined && county !== project.data['county']) {
      errors.push({
        file: project.file,
        field: 'zone',
        message: `zone "${zone}" lies in county "${String(county)}", but the project's county is "${String(project.data['county'])}"; expected the zone's county`,
      });
    }
  }

  // The same document cited under two ids would split its citations.
  const urls = new Map<string, string>();
  for (const source of collections.sources) {
    const url = String(source.data['url']);
    const earlier = urls.get(url);
    if (earlier) {
      errors.push({ file: source.file, field: 'url', message: `this URL is already a source in ${earlier}; expected one source file per document (cite that id instead)` });
    } else {
      urls.set(url, source.file);
    }
  }

  const adcodes = new Map<string, string>();
  for (const county of collections.counties) {
    const adcode = String(county.data['adcode']);
    const earlier = adcodes.get(adcode);
    if (earlier) errors.push({ file: county.file, field: 'adcode', message: `adcode ${adcode} is already used by ${earlier}; expected a unique adcode` });
    else adcodes.set(adcode, county.file);
  }

  return errors;
}
