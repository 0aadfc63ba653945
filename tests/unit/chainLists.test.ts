import { describe, expect, it } from 'vitest';
import { groupChainsByList } from '../../src/lib/chains/chainLists';
import { chainSchema, type Chain } from '../../src/schemas';

function chain(id: string, namedIn: string[]): Chain {
  return chainSchema.parse({
    id,
    name: { zh: id, en: id },
    category: 'industry',
    namedIn,
    summary: { zh: '摘要', en: 'Summary' },
    links: {},
    sources: ['some-source'],
    asOf: '2026-01-01',
  });
}

describe('groupChainsByList', () => {
  it('groups chains under every list that names them, keeping their order', () => {
    const chains = [
      chain('steel', ['report-2022', 'framework-985', 'provincial']),
      chain('coal', ['report-2022']),
      chain('walnut', ['framework-985']),
    ];
    const groups = groupChainsByList(chains);
    expect(groups.map((group) => [group.list, group.chains.map((item) => item.id)])).toEqual([
      ['report-2022', ['steel', 'coal']],
      ['framework-985', ['steel', 'walnut']],
      ['provincial', ['steel']],
    ]);
  });

  it('says how many of the chains a list claims have no page here, and refuses more chains than the list has', () => {
    const groups = groupChainsByList([chain('steel', ['report-2022']), chain('coal', ['report-2022'])]);
    expect(groups[0]).toMatchObject({ statedTotal: 18, notCovered: 16 });
    const tooMany = Array.from({ length: 17 }, (_, index) => chain(`c${index}`, ['provincial']));
    expect(() => groupChainsByList(tooMany)).toThrow(/has only 16/);
  });

  it('leaves out a list that no chain names and names each list’s source', () => {
    const groups = groupChainsByList([chain('walnut', ['framework-985'])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.list).toBe('framework-985');
    expect(groups[0]!.sourceId).toMatch(/985/);
  });
});
