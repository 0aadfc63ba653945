/**
 * Which published lists name which chains. No list on this site is "the
 * official list of 18": the 2022 review says the city worked "around 18
 * chains" but names only 12, so the chains index states what each list says
 * and counts the chain pages that carry it, from the content itself.
 */
import type { Chain } from '../../schemas';
import { CHAIN_LISTS, type ChainList } from '../../schemas/vocabulary';

/** The source (content/sources id) that publishes each list. */
export const CHAIN_LIST_SOURCES: Record<ChainList, string> = {
  'report-2022': 'lvliang-daily-2023-investment',
  'framework-985': 'tao8090-2025-985-framework',
  provincial: 'sxjjb-2025-provincial-chains',
};

/**
 * How many chains each list says it has, as its source states: the 2022
 * review (seed) speaks of 18, the "985" framework has 22, the province 16.
 */
export const CHAIN_LIST_STATED_TOTALS: Record<ChainList, number> = {
  'report-2022': 18,
  'framework-985': 22,
  provincial: 16,
};

export interface ChainListGroup {
  list: ChainList;
  sourceId: string;
  /** The number of chains the list itself says it has. */
  statedTotal: number;
  /** Chains the list has that this guide has no page for (or whose names were never published). */
  notCovered: number;
  /** Chains named in this list, in the given (display) order. */
  chains: Chain[];
}

/** Every list in vocabulary order with the chains that name it; lists no chain names are left out. */
export function groupChainsByList(chains: readonly Chain[]): ChainListGroup[] {
  return CHAIN_LISTS.map((list) => {
    const named = chains.filter((chain) => chain.namedIn.includes(list));
    const statedTotal = CHAIN_LIST_STATED_TOTALS[list];
    if (named.length > statedTotal) {
      throw new Error(`${named.length} chains say they are named in "${list}", which has only ${statedTotal}`);
    }
    return { list, sourceId: CHAIN_LIST_SOURCES[list], statedTotal, notCovered: statedTotal - named.length, chains: named };
  }).filter((group) => group.chains.length > 0);
}
