/**
 * One line per chain for the atlas overview (/chains/): how many projects the
 * sources name, their published total investment, and how many links are
 * gaps or weak, with the statuses of each stage for the mini-diagram.
 */
import type { Chain, Localized, Project } from '../../schemas';
import { CHAIN_CATEGORIES, type ChainCategory, type ChainStage } from '../../schemas/vocabulary';
import { totalInvestmentYi } from '../exports/openData';
import { chainDiagram, type StatusKey } from './diagram';
import type { SortableChain } from './sort';

export interface ChainSummary extends SortableChain {
  category: ChainCategory;
  name: Localized;
  /** Projects the sources name that publish an investment figure (the total counts only these). */
  investmentCount: number;
  linkCount: number;
  /** Statuses of each stage's links, in order, for the mini-diagram. */
  stages: { stage: ChainStage; statuses: StatusKey[] }[];
}

export function chainSummary(chain: Chain, projects: readonly Pick<Project, 'investment'>[]): ChainSummary {
  const diagram = chainDiagram(chain);
  const published = projects.filter((project) => project.investment !== undefined);
  return {
    id: chain.id,
    order: chain.order,
    category: chain.category,
    name: chain.name,
    projectCount: projects.length,
    investmentTotal: totalInvestmentYi(published),
    investmentCount: published.length,
    gapCount: diagram.counts.gap,
    weakCount: diagram.counts.weak,
    linkCount: diagram.linkCount,
    stages: diagram.stages.map((stage) => ({ stage: stage.stage, statuses: stage.links.map((link) => link.status) })),
  };
}

/** Summaries of every chain, from the chains (in display order) and the projects of each. */
export function chainSummaries(
  chains: readonly Chain[],
  projectsByChain: ReadonlyMap<string, readonly Pick<Project, 'investment'>[]>,
): ChainSummary[] {
  return chains.map((chain) => chainSummary(chain, projectsByChain.get(chain.id) ?? []));
}

/** Items grouped by category in the order of the city's framework (industry, agriculture, services); empty groups left out. */
export function groupByCategory<T extends { category: ChainCategory }>(
  items: readonly T[],
): { category: ChainCategory; items: T[] }[] {
  return CHAIN_CATEGORIES.map((category) => ({ category, items: items.filter((item) => item.category === category) })).filter(
    (group) => group.items.length > 0,
  );
}
