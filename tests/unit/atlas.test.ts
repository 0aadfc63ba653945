/**
 * The chain atlas as data: stage ordering, link anchors, status counts, what
 * is sought at weak and gap links, the overview's numbers, grouping and sort,
 * and the opportunities list with its filters and URL state.
 */
import { describe, expect, it } from 'vitest';
import {
  NO_COUNTY,
  chainDiagram,
  chainSought,
  chainSummaries,
  chainSummary,
  chainZones,
  filterOpportunities,
  groupByCategory,
  opportunities,
  opportunityFacetCounts,
  opportunitySources,
  parseAtlasSort,
  parseOpportunityState,
  serialiseAtlasSort,
  serialiseOpportunityState,
  sortChains,
  soughtFor,
  type SortableChain,
} from '../../src/lib/atlas';
import type { Chain, ChainLink, Project, Zone } from '../../src/schemas';
import type { ChainCategory, LinkStatus } from '../../src/schemas/vocabulary';

const asOf = new Date('2026-01-01T00:00:00Z');

function link(zh: string, status: LinkStatus | undefined, extra: Partial<ChainLink> = {}): ChainLink {
  return {
    name: { zh, en: `${zh} (en)` },
    ...(status ? { status } : {}),
    actors: [],
    projects: [],
    counties: [],
    investmentSought: [],
    ...extra,
  };
}

function chain(id: string, extra: Partial<Chain> = {}): Chain {
  return {
    id,
    name: { zh: id, en: id },
    category: 'industry',
    namedIn: ['report-2022'],
    order: 100,
    summary: { zh: '。', en: '.' },
    figures: [],
    links: { upstream: [], midstream: [], downstream: [] },
    counties: [],
    zones: [],
    investmentSought: [],
    sources: ['chain-source'],
    asOf,
    ...extra,
  };
}

const extend = { aim: 'extend' as const, text: { zh: '向下游延伸。', en: 'Extend downstream.' } };
const fill = { aim: 'fill' as const, text: { zh: '补齐储运。', en: 'Fill storage.' } };

describe('chain diagram', () => {
  it('always has the three stages upstream → midstream → downstream, and names those the content leaves empty', () => {
    // Written in the entry downstream first: the diagram still orders by stage.
    const diagram = chainDiagram(
      chain('c', { links: { downstream: [link('车', 'present')], upstream: [link('矿', 'strong')], midstream: [] } }),
    );
    expect(diagram.stages.map((stage) => stage.stage)).toEqual(['upstream', 'midstream', 'downstream']);
    expect(diagram.stages.map((stage) => stage.links.map((entry) => entry.name.zh))).toEqual([['矿'], [], ['车']]);
    expect(diagram.missingStages).toEqual(['midstream']);
    expect(chainDiagram(chain('empty')).missingStages).toEqual(['upstream', 'midstream', 'downstream']);
  });

  it('keeps the links of a stage in content order with unique 1-based anchors', () => {
    const diagram = chainDiagram(
      chain('c', {
        links: { upstream: [link('甲', 'strong'), link('乙', 'weak')], midstream: [link('丙', 'gap')], downstream: [] },
      }),
    );
    const links = diagram.stages.flatMap((stage) => stage.links);
    expect(links.map((entry) => [entry.name.zh, entry.anchor, entry.index])).toEqual([
      ['甲', 'link-upstream-1', 0],
      ['乙', 'link-upstream-2', 1],
      ['丙', 'link-midstream-1', 0],
    ]);
  });

  it('counts links by status, a link without a status as "unpublished"', () => {
    const diagram = chainDiagram(
      chain('c', {
        links: {
          upstream: [link('a', 'strong'), link('b', 'strong'), link('c', undefined)],
          midstream: [link('d', 'weak')],
          downstream: [link('e', 'gap'), link('f', 'gap'), link('g', 'gap')],
        },
      }),
    );
    expect(diagram.counts).toEqual({ strong: 2, present: 0, weak: 1, gap: 3, unpublished: 1 });
    expect(diagram.linkCount).toBe(7);
    expect(diagram.stages[0]!.links[2]!.status).toBe('unpublished');
  });

  it('keeps a link’s own status source', () => {
    const diagram = chainDiagram(
      chain('c', { links: { upstream: [link('a', 'weak', { source: 'own' })], midstream: [], downstream: [] } }),
    );
    expect(diagram.stages[0]!.links[0]!.source).toBe('own');
  });
});

describe('what is sought at a link', () => {
  const withAims = chain('c', { investmentSought: [extend] });
  const withoutAims = chain('c');

  it('is the link’s own text when the content has it, whatever the status', () => {
    expect(soughtFor(link('a', 'weak', { investmentSought: [fill] }), withAims)).toEqual({ basis: 'link', items: [fill] });
    expect(soughtFor(link('a', 'strong', { investmentSought: [fill] }), withAims)).toEqual({ basis: 'link', items: [fill] });
  });

  it('for weak and gap links falls back to the chain’s aims, then says the sources name none', () => {
    for (const status of ['weak', 'gap'] as const) {
      expect(soughtFor(link('a', status), withAims)).toEqual({ basis: 'chain', items: [extend] });
      expect(soughtFor(link('a', status), withoutAims)).toEqual({ basis: 'none' });
    }
  });

  it('is not shown for strong, present or unpublished links without their own text', () => {
    for (const status of ['strong', 'present', undefined] as const)
      expect(soughtFor(link('a', status), withAims)).toBeUndefined();
  });

  it('collects the chain’s aims and every link’s own, with the link’s anchor', () => {
    const sought = chainSought(
      chain('c', {
        investmentSought: [extend],
        links: { upstream: [], midstream: [link('a', 'strong'), link('b', 'gap', { investmentSought: [fill] })], downstream: [] },
      }),
    );
    expect(sought.chain).toEqual([extend]);
    expect(sought.links).toEqual([
      { anchor: 'link-midstream-2', stage: 'midstream', name: { zh: 'b', en: 'b (en)' }, items: [fill] },
    ]);
  });
});

describe('atlas overview', () => {
  const project = (investment?: number): Pick<Project, 'investment'> => (investment === undefined ? {} : { investment });

  it('counts projects, adds only published investments and counts gap and weak links', () => {
    const summary = chainSummary(
      chain('c', {
        links: {
          upstream: [link('a', 'gap')],
          midstream: [link('b', 'weak'), link('c', 'gap')],
          downstream: [link('d', 'strong')],
        },
      }),
      [project(14.1), project(), project(0.9), project(300)],
    );
    expect(summary).toMatchObject({
      projectCount: 4,
      investmentTotal: 315,
      investmentCount: 3,
      gapCount: 2,
      weakCount: 1,
      linkCount: 4,
    });
    expect(summary.stages).toEqual([
      { stage: 'upstream', statuses: ['gap'] },
      { stage: 'midstream', statuses: ['weak', 'gap'] },
      { stage: 'downstream', statuses: ['strong'] },
    ]);
  });

  it('gives a chain without projects zero of everything, and reads each chain’s projects', () => {
    const summaries = chainSummaries([chain('a'), chain('b')], new Map([['b', [project(2), project(3)]]]));
    expect(
      summaries.map((summary) => [summary.id, summary.projectCount, summary.investmentTotal, summary.investmentCount]),
    ).toEqual([
      ['a', 0, 0, 0],
      ['b', 2, 5, 2],
    ]);
  });

  it('groups by category in the framework’s order, leaving out empty categories and keeping each group’s order', () => {
    const items = (['services', 'industry', 'services', 'industry'] as ChainCategory[]).map((category, index) => ({
      category,
      index,
    }));
    expect(groupByCategory(items)).toEqual([
      { category: 'industry', items: [items[1], items[3]] },
      { category: 'services', items: [items[0], items[2]] },
    ]);
  });

  const sortable = (
    id: string,
    order: number,
    projectCount: number,
    investmentTotal: number,
    gapCount: number,
    weakCount: number,
  ) => ({ id, order, projectCount, investmentTotal, gapCount, weakCount }) satisfies SortableChain;
  const items = [
    sortable('a', 3, 5, 10, 0, 2),
    sortable('b', 1, 5, 300, 1, 0),
    sortable('c', 2, 0, 0, 1, 3),
    sortable('d', 4, 8, 10, 0, 0),
  ];
  const ids = (list: SortableChain[]) => list.map((item) => item.id);

  it('sorts by each number, largest first, ties in content order; never in place', () => {
    expect(ids(sortChains(items, 'order'))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(sortChains(items, 'projects'))).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(sortChains(items, 'investment'))).toEqual(['b', 'a', 'd', 'c']);
    // Gaps first, then weak links.
    expect(ids(sortChains(items, 'gaps'))).toEqual(['c', 'b', 'a', 'd']);
    expect(ids(items)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the sort in the URL query, dropping anything unknown', () => {
    expect(parseAtlasSort('?sort=investment')).toBe('investment');
    expect(parseAtlasSort('?sort=colour&x=1')).toBe('order');
    expect(parseAtlasSort('')).toBe('order');
    expect(serialiseAtlasSort('order')).toBe('');
    expect(serialiseAtlasSort('gaps')).toBe('?sort=gaps');
    for (const key of ['order', 'projects', 'investment', 'gaps'] as const)
      expect(parseAtlasSort(serialiseAtlasSort(key))).toBe(key);
  });
});

describe('investment opportunities', () => {
  const zones: Pick<Zone, 'id' | 'county' | 'leadIndustries'>[] = [
    { id: 'zone-x', county: 'xiaoyi', leadIndustries: [] },
    { id: 'zone-y', county: 'xingxian', leadIndustries: ['alpha'] },
    { id: 'zone-z', leadIndustries: ['beta'] },
  ];
  const projectById = new Map<string, Pick<Project, 'county'>>([
    ['p-jiaokou', { county: 'jiaokou' }],
    ['p-nowhere', {}],
  ]);
  const alpha = chain('alpha', {
    zones: ['zone-x'],
    counties: ['fenyang'],
    investmentSought: [extend],
    links: {
      upstream: [link('矿', 'strong'), link('尾矿', 'weak', { counties: ['linxian', 'linxian'] })],
      midstream: [link('冶炼', undefined), link('合金', 'gap', { projects: ['p-jiaokou', 'p-nowhere'] })],
      downstream: [link('零件', 'weak', { source: 'own-source', investmentSought: [fill] })],
    },
  });
  const beta = chain('beta', {
    category: 'services',
    links: { upstream: [], midstream: [link('平台', 'gap', { projects: ['p-nowhere'] })], downstream: [link('应用', 'present')] },
  });
  const model = { chains: [alpha, beta], zones, projectById };
  const list = opportunities(model);

  it('lists exactly the weak and gap links, in chain, stage and link order, with unique ids that are chain-page anchors', () => {
    expect(list.map((item) => item.id)).toEqual([
      'alpha#link-upstream-2',
      'alpha#link-midstream-2',
      'alpha#link-downstream-1',
      'beta#link-midstream-1',
    ]);
    expect(list.map((item) => item.status)).toEqual(['weak', 'gap', 'weak', 'gap']);
    expect(list.map((item) => item.category)).toEqual(['industry', 'industry', 'industry', 'services']);
  });

  it('names the zones that host the chain: its own list, then zones that lead with it, once each', () => {
    expect(chainZones(alpha, zones)).toEqual(['zone-x', 'zone-y']);
    expect(list.find((item) => item.chain === 'beta')!.zones).toEqual(['zone-z']);
  });

  it('takes counties from the link, else its projects, else the chain and its zones, and says which', () => {
    const byId = new Map(list.map((item) => [item.id, item]));
    expect(byId.get('alpha#link-upstream-2')).toMatchObject({ counties: ['linxian'], countyBasis: 'link' });
    expect(byId.get('alpha#link-midstream-2')).toMatchObject({ counties: ['jiaokou'], countyBasis: 'projects' });
    // The chain's counties, then the counties of its host zones (zone-x → xiaoyi, zone-y → xingxian).
    expect(byId.get('alpha#link-downstream-1')).toMatchObject({
      counties: ['fenyang', 'xiaoyi', 'xingxian'],
      countyBasis: 'chain',
    });
    // A project without a county, a chain without counties and a zone without one: nothing is guessed.
    expect(byId.get('beta#link-midstream-1')).toMatchObject({ counties: [], countyBasis: 'none' });
  });

  it('carries what is sought and on what basis', () => {
    expect(list.map((item) => item.sought.basis)).toEqual(['chain', 'chain', 'link', 'none']);
    expect(list[2]!.sought).toEqual({ basis: 'link', items: [fill] });
  });

  it('cites the link’s own source, else the chain’s sources', () => {
    const chainById = new Map(model.chains.map((entry) => [entry.id, entry]));
    expect(opportunitySources(list[2]!, chainById)).toEqual(['own-source']);
    expect(opportunitySources(list[0]!, chainById)).toEqual(['chain-source']);
  });

  it('filters by chain, by county (or "county not published") and by both', () => {
    const ids = (filtered: typeof list) => filtered.map((item) => item.id);
    expect(ids(filterOpportunities(list, {}))).toEqual(ids(list));
    expect(ids(filterOpportunities(list, { chain: 'beta' }))).toEqual(['beta#link-midstream-1']);
    expect(ids(filterOpportunities(list, { county: 'xiaoyi' }))).toEqual(['alpha#link-downstream-1']);
    expect(ids(filterOpportunities(list, { county: NO_COUNTY }))).toEqual(['beta#link-midstream-1']);
    expect(ids(filterOpportunities(list, { chain: 'alpha', county: 'jiaokou' }))).toEqual(['alpha#link-midstream-2']);
    expect(filterOpportunities(list, { chain: 'beta', county: 'jiaokou' })).toEqual([]);
  });

  it('counts each option given the other filter', () => {
    const all = opportunityFacetCounts(list, {});
    expect(Object.fromEntries(all.chain)).toEqual({ alpha: 3, beta: 1 });
    expect(Object.fromEntries(all.county)).toEqual({
      linxian: 1,
      jiaokou: 1,
      fenyang: 1,
      xiaoyi: 1,
      xingxian: 1,
      [NO_COUNTY]: 1,
    });
    const inBeta = opportunityFacetCounts(list, { chain: 'beta' });
    expect(Object.fromEntries(inBeta.county)).toEqual({ [NO_COUNTY]: 1 });
    // The chain counts ignore the chain filter itself.
    expect(Object.fromEntries(inBeta.chain)).toEqual({ alpha: 3, beta: 1 });
  });

  it('keeps the filters in the URL query in canonical order and drops unknown values', () => {
    const allowed = { chain: new Set(['alpha', 'beta']), county: new Set(['xiaoyi', NO_COUNTY]) };
    expect(parseOpportunityState('?county=xiaoyi&chain=alpha&colour=red', allowed)).toEqual({ chain: 'alpha', county: 'xiaoyi' });
    expect(parseOpportunityState('?chain=gamma&county=atlantis', allowed)).toEqual({});
    expect(serialiseOpportunityState({ county: 'xiaoyi', chain: 'alpha' })).toBe('?chain=alpha&county=xiaoyi');
    expect(serialiseOpportunityState({})).toBe('');
    const state = { chain: 'beta', county: NO_COUNTY };
    expect(parseOpportunityState(serialiseOpportunityState(state), allowed)).toEqual(state);
  });
});
