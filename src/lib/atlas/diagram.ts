/**
 * A chain's diagram as data: the three stages in order (upstream → midstream
 * → downstream), every link with its status, and for weak and gap links what
 * the city seeks. The chain page and the opportunities page only render this.
 */
import type { Chain, ChainLink, InvestmentSought, Localized } from '../../schemas';
import { CHAIN_STAGES, LINK_STATUSES, type ChainStage, type LinkStatus } from '../../schemas/vocabulary';

/** A link's status, or `unpublished` when no source says how developed the link is. */
export type StatusKey = LinkStatus | 'unpublished';
export const STATUS_KEYS: readonly StatusKey[] = [...LINK_STATUSES, 'unpublished'];

/** Statuses that make a link an investment opportunity (the city's "shopping list"). */
export const OPPORTUNITY_STATUSES = ['weak', 'gap'] as const satisfies readonly LinkStatus[];
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export function statusKey(link: Pick<ChainLink, 'status'>): StatusKey {
  return link.status ?? 'unpublished';
}

export function isOpportunityStatus(status: StatusKey): status is OpportunityStatus {
  return (OPPORTUNITY_STATUSES as readonly string[]).includes(status);
}

/** Anchor of a link on its chain page, by stage and 0-based position: `link-midstream-2` for the second midstream link. */
export function linkAnchor(stage: ChainStage, index: number): string {
  return `link-${stage}-${index + 1}`;
}

/**
 * What the city seeks at a link, and on what basis:
 * - `link`: a source names what is sought at this very link;
 * - `chain`: only the chain as a whole has stated aims (shown as such, never as the link's own);
 * - `none`: the sources name nothing, and the page says so.
 */
export type SoughtView =
  { basis: 'link'; items: InvestmentSought[] } | { basis: 'chain'; items: InvestmentSought[] } | { basis: 'none' };

/**
 * What to show under "investment sought" for a link: always for weak and gap
 * links (falling back to the chain's aims, then to "none"), for other links
 * only when the content names something at the link itself.
 */
export function soughtFor(
  link: Pick<ChainLink, 'status' | 'investmentSought'>,
  chain: Pick<Chain, 'investmentSought'>,
): SoughtView | undefined {
  if (link.investmentSought.length > 0) return { basis: 'link', items: link.investmentSought };
  if (!isOpportunityStatus(statusKey(link))) return undefined;
  if (chain.investmentSought.length > 0) return { basis: 'chain', items: chain.investmentSought };
  return { basis: 'none' };
}

export interface DiagramLink {
  anchor: string;
  stage: ChainStage;
  /** 0-based position within the stage. */
  index: number;
  name: Localized;
  status: StatusKey;
  /** Source of the status, when the entry names one for this link. */
  source?: string;
  actors: Localized[];
  projects: string[];
  counties: string[];
  note?: Localized;
  sought?: SoughtView;
}

export interface DiagramStage {
  stage: ChainStage;
  links: DiagramLink[];
}

export interface ChainDiagram {
  chainId: string;
  /** Always all three stages, upstream first; a stage the sources do not describe has no links. */
  stages: DiagramStage[];
  /** Stages without any link, in stage order. */
  missingStages: ChainStage[];
  /** Links by status, every status present (0 when none). */
  counts: Record<StatusKey, number>;
  linkCount: number;
}

export function emptyStatusCounts(): Record<StatusKey, number> {
  return Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as Record<StatusKey, number>;
}

export function diagramLink(
  chain: Pick<Chain, 'investmentSought'>,
  stage: ChainStage,
  link: ChainLink,
  index: number,
): DiagramLink {
  const sought = soughtFor(link, chain);
  return {
    anchor: linkAnchor(stage, index),
    stage,
    index,
    name: link.name,
    status: statusKey(link),
    ...(link.source !== undefined ? { source: link.source } : {}),
    actors: link.actors,
    projects: link.projects,
    counties: link.counties,
    ...(link.note !== undefined ? { note: link.note } : {}),
    ...(sought !== undefined ? { sought } : {}),
  };
}

export function chainDiagram(chain: Pick<Chain, 'id' | 'links' | 'investmentSought'>): ChainDiagram {
  const stages = CHAIN_STAGES.map((stage) => ({
    stage,
    links: chain.links[stage].map((link, index) => diagramLink(chain, stage, link, index)),
  }));
  const counts = emptyStatusCounts();
  for (const stage of stages) for (const link of stage.links) counts[link.status]++;
  return {
    chainId: chain.id,
    stages,
    missingStages: stages.filter((stage) => stage.links.length === 0).map((stage) => stage.stage),
    counts,
    linkCount: stages.reduce((sum, stage) => sum + stage.links.length, 0),
  };
}

export interface LinkSought {
  anchor: string;
  stage: ChainStage;
  name: Localized;
  items: InvestmentSought[];
}

/** Everything a chain's entry says is sought: for the chain as a whole, then at named links (in stage order). */
export function chainSought(chain: Pick<Chain, 'links' | 'investmentSought'>): {
  chain: InvestmentSought[];
  links: LinkSought[];
} {
  return {
    chain: chain.investmentSought,
    links: CHAIN_STAGES.flatMap((stage) =>
      chain.links[stage].flatMap((link, index) =>
        link.investmentSought.length > 0
          ? [{ anchor: linkAnchor(stage, index), stage, name: link.name, items: link.investmentSought }]
          : [],
      ),
    ),
  };
}
