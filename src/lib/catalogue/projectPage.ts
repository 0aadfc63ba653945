/** Data the project page shows beyond the entry itself: where the project sits in its chains, and the downloads of it. */
import type { Chain, Project } from '../../schemas';
import { CHAIN_STAGES, type ChainStage } from '../../schemas/vocabulary';
import { linkAnchor, statusKey, type StatusKey } from '../atlas/diagram';
import type { SiteModel } from '../siteModel';

export interface ChainPosition {
  chain: Chain;
  stage: ChainStage;
  /** The link, its status (or `unpublished`) and its anchor on the chain page. */
  link: { name: Chain['links'][ChainStage][number]['name']; status: StatusKey; anchor: string };
}

/**
 * The chain links that name this project (chain.links.*.projects), in chain
 * and stage order. A project can sit at several links of several chains.
 */
export function projectChainPositions(project: Pick<Project, 'id'>, model: Pick<SiteModel, 'chains'>): ChainPosition[] {
  return model.chains.flatMap((chain) =>
    CHAIN_STAGES.flatMap((stage) =>
      chain.links[stage].flatMap((link, index) =>
        link.projects.includes(project.id)
          ? [{ chain, stage, link: { name: link.name, status: statusKey(link), anchor: linkAnchor(stage, index) } }]
          : [],
      ),
    ),
  );
}
