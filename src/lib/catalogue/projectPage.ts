/** Data the project page shows beyond the entry itself: where the project sits in its chains, and the downloads of it. */
import type { Chain, Project } from '../../schemas';
import { CHAIN_STAGES, type ChainStage, type LinkStatus } from '../../schemas/vocabulary';
import type { SiteModel } from '../siteModel';

export interface ChainPosition {
  chain: Chain;
  stage: ChainStage;
  link: { name: Chain['links'][ChainStage][number]['name']; status: LinkStatus };
}

/**
 * The chain links that name this project (chain.links.*.projects), in chain
 * and stage order. A project can sit at several links of several chains.
 */
export function projectChainPositions(project: Pick<Project, 'id'>, model: Pick<SiteModel, 'chains'>): ChainPosition[] {
  return model.chains.flatMap((chain) =>
    CHAIN_STAGES.flatMap((stage) =>
      chain.links[stage]
        .filter((link) => link.projects.includes(project.id))
        .map((link) => ({ chain, stage, link: { name: link.name, status: link.status } })),
    ),
  );
}
