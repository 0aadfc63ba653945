/**
 * Every weak or gap link of every chain in one list: the city's shopping
 * list for investors (/opportunities/, and a sheet and section of the
 * catalogue downloads). Each opportunity names its chain, the development
 * zones that host the chain, the projects at the link and the counties it
 * belongs to (and on what basis), so it can be filtered by chain and county.
 */
import type { Chain, Localized, Project, Zone } from '../../schemas';
import type { ChainCategory, ChainStage } from '../../schemas/vocabulary';
import { diagramLink, isOpportunityStatus, type OpportunityStatus, type SoughtView } from './diagram';
import type { FilterableOpportunity } from './opportunityFilters';

/**
 * Where the counties of an opportunity come from, most specific first:
 * the link's own counties, else the counties of the projects at the link,
 * else where the chain is concentrated (its counties and its zones' counties).
 */
export type CountyBasis = 'link' | 'projects' | 'chain' | 'none';

export interface Opportunity extends FilterableOpportunity {
  /** `chain#anchor`, e.g. `aluminium-magnesium#link-downstream-1`: unique, and the link's place on its chain page. */
  id: string;
  chain: string;
  category: ChainCategory;
  stage: ChainStage;
  anchor: string;
  status: OpportunityStatus;
  name: Localized;
  source?: string;
  actors: Localized[];
  projects: string[];
  note?: Localized;
  sought: SoughtView;
  counties: string[];
  countyBasis: CountyBasis;
  /** Development zones that host the chain (the chain's own list, then zones that name it a lead industry). */
  zones: string[];
}

export interface OpportunityModel {
  chains: readonly Chain[];
  zones: readonly Pick<Zone, 'id' | 'county' | 'leadIndustries'>[];
  projectById: ReadonlyMap<string, Pick<Project, 'county'>>;
}

const unique = (values: readonly (string | undefined)[]) => [...new Set(values.filter((value) => value !== undefined))];

/** Zones that host a chain: those the chain lists, then those that list the chain among their lead industries. */
export function chainZones(chain: Pick<Chain, 'id' | 'zones'>, zones: OpportunityModel['zones']): string[] {
  return unique([...chain.zones, ...zones.filter((zone) => zone.leadIndustries.includes(chain.id)).map((zone) => zone.id)]);
}

function counties(
  link: { counties: readonly string[]; projects: readonly string[] },
  chain: Chain,
  zones: readonly string[],
  model: OpportunityModel,
): { counties: string[]; countyBasis: CountyBasis } {
  if (link.counties.length > 0) return { counties: unique(link.counties), countyBasis: 'link' };
  const ofProjects = unique(link.projects.map((id) => model.projectById.get(id)?.county));
  if (ofProjects.length > 0) return { counties: ofProjects, countyBasis: 'projects' };
  const zoneCounty = new Map(model.zones.map((zone) => [zone.id, zone.county]));
  const ofChain = unique([...chain.counties, ...zones.map((id) => zoneCounty.get(id))]);
  if (ofChain.length > 0) return { counties: ofChain, countyBasis: 'chain' };
  return { counties: [], countyBasis: 'none' };
}

/** Every weak or gap link, in chain order (as given), then stage and position. */
export function opportunities(model: OpportunityModel): Opportunity[] {
  return model.chains.flatMap((chain) => {
    const zones = chainZones(chain, model.zones);
    return (['upstream', 'midstream', 'downstream'] as const).flatMap((stage) =>
      chain.links[stage].flatMap((raw, index): Opportunity[] => {
        const link = diagramLink(chain, stage, raw, index);
        if (!isOpportunityStatus(link.status) || link.sought === undefined) return [];
        return [
          {
            id: `${chain.id}#${link.anchor}`,
            chain: chain.id,
            category: chain.category,
            stage,
            anchor: link.anchor,
            status: link.status,
            name: link.name,
            ...(link.source !== undefined ? { source: link.source } : {}),
            actors: link.actors,
            projects: link.projects,
            ...(link.note !== undefined ? { note: link.note } : {}),
            sought: link.sought,
            ...counties(link, chain, zones, model),
            zones,
          },
        ];
      }),
    );
  });
}

/** The sources an opportunity rests on: the link's own source, else the chain's sources. */
export function opportunitySources(
  opportunity: Pick<Opportunity, 'source' | 'chain'>,
  chainById: ReadonlyMap<string, Chain>,
): string[] {
  if (opportunity.source !== undefined) return [opportunity.source];
  return chainById.get(opportunity.chain)?.sources ?? [];
}
