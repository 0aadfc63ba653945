import { describe, expect, it } from 'vitest';
import { relatedness, relatedSuggestions, sharesStem } from '../../src/lib/search/related';

const chains = [
  { id: 'aluminium-magnesium', names: ['铝镁精深加工', 'Aluminium and magnesium processing'] },
  { id: 'culture-tourism', names: ['文化旅游', 'Culture and tourism'] },
  { id: 'new-energy-vehicles', names: ['新能源汽车', 'New energy vehicles'] },
];
const counties = [
  { id: 'xingxian', names: ['兴县', 'Xing County'] },
  { id: 'lishi', names: ['离石区', 'Lishi District'] },
];

describe('related suggestions', () => {
  it('compares word stems', () => {
    expect(sharesStem('alumin', 'aluminium')).toBe(true);
    expect(sharesStem('tourist', 'tourism')).toBe(true);
    expect(sharesStem('coal', 'coastal')).toBe(false);
  });

  it('scores shared Han characters and word stems, not generic words', () => {
    expect(relatedness('镁厂', chains[0]!.names)).toBeGreaterThan(0);
    expect(relatedness('county', counties[0]!.names)).toBe(0);
    expect(relatedness('县', counties[0]!.names)).toBe(0);
  });

  it('suggests the chains and counties the query shares something with', () => {
    const suggestions = relatedSuggestions('氢能源汽车厂', chains, counties);
    expect(suggestions.related).toBe(true);
    expect(suggestions.chains.map((chain) => chain.id)).toEqual(['new-energy-vehicles']);
    expect(relatedSuggestions('Lishi tourist hotels', chains, counties)).toMatchObject({
      related: true,
      chains: [{ id: 'culture-tourism' }],
      counties: [{ id: 'lishi' }],
    });
  });

  it('falls back to the first chains and counties, marked as not related', () => {
    const suggestions = relatedSuggestions('zzz', chains, counties, 2);
    expect(suggestions.related).toBe(false);
    expect(suggestions.chains.map((chain) => chain.id)).toEqual(['aluminium-magnesium', 'culture-tourism']);
    expect(suggestions.counties).toHaveLength(2);
  });
});
