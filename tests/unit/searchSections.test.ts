import { describe, expect, it } from 'vitest';
import {
  bestSection,
  headingCoverage,
  phraseAt,
  sectionText,
  phraseParts,
  wordParts,
  type SubResult,
} from '../../src/lib/search/sections';

describe('the section a result leads to', () => {
  // Pagefind's content: word positions are indexes into the text split at whitespace.
  const content = [
    'Rewards for the “ten platforms” … each chain gets a platform; the chain-leader system pays …',
    'Chain-leader system rewards Counties whose chains: chain-leader units, chain, chain-leader …',
  ].join(' ');
  const words = content.split(/\s+/);
  const at = (word: string, from = 0) => words.indexOf(word, from);
  const platforms: SubResult = {
    url: '/en/policies/#ten-platforms-title',
    title: 'Rewards for the “ten platforms”',
    locations: [at('chain'), at('chain-leader')],
  };
  const leader: SubResult = {
    url: '/en/policies/#chain-leader-rewards-title',
    title: 'Chain-leader system rewards',
    locations: [at('Chain-leader'), at('chains:'), at('chain-leader', at('Chain-leader')), at('chain,')],
    weighted_locations: [{ location: at('Chain-leader'), weight: 6 }],
  };

  it('splits words where Pagefind does and finds a phrase across them', () => {
    expect(wordParts('Chain-leader,')).toEqual(['chain', 'leader']);
    expect(wordParts('Lüliang')).toEqual(['luliang']);
    expect(phraseParts('chain leader')).toEqual(['chain', 'leader']);
    expect(phraseParts('链长制')).toEqual(['链', '长', '制']);
    expect(phraseAt(words, at('Chain-leader'), ['chain', 'leader'])).toBe(true);
    expect(phraseAt(words, at('chain'), ['chain', 'leader'])).toBe(false);
    expect(phraseAt(words, at('Chain-leader'), ['chain', 'lea'])).toBe(true);
    expect(phraseAt(['链', '长', '制'], 0, ['链', '长', '制'])).toBe(true);
    expect(phraseAt(['链', '长'], 0, ['链', '长', '制'])).toBe(false);
  });

  it('prefers the section where the phrase stands, its heading weighing most, over one that has the words more often', () => {
    const busy: SubResult = { ...platforms, locations: [at('chain'), at('chain'), at('chain'), at('chain-leader')] };
    expect(bestSection(content, [busy, leader], [phraseParts('chain leader')])?.url).toBe(leader.url);
    // A heading with the phrase outweighs two phrases in the text of another section.
    const twice: SubResult = { ...platforms, locations: [at('chain-leader'), at('chain-leader', at('chain-leader') + 1)] };
    expect(bestSection(content, [twice, leader], [phraseParts('chain leader')])?.url).toBe(leader.url);
  });

  it('prefers the section whose heading is most made of the query, when several headings hold it', () => {
    const phrases = [phraseParts('full agency')];
    expect(headingCoverage('Full agency service for approvals', phrases)).toBeCloseTo(2 / 5);
    expect(headingCoverage('Development zones: “commitment + standard land + full agency”', phrases)).toBeCloseTo(2 / 7);
    expect(headingCoverage('链长制奖励', [phraseParts('链长制')])).toBeCloseTo(3 / 5);
    expect(headingCoverage('Rewards for the “ten platforms”', phrases)).toBe(0);
    const text =
      'Development zones: “commitment + standard land + full agency” full agency full agency Full agency service for approvals';
    const words = text.split(' ');
    const zones: SubResult = {
      url: '/en/policies/#zones-title',
      title: 'Development zones: “commitment + standard land + full agency”',
      locations: [7, 9, 11],
    };
    const agency: SubResult = {
      url: '/en/policies/#full-agency-title',
      title: 'Full agency service for approvals',
      locations: [words.indexOf('Full')],
    };
    expect(bestSection(text, [zones, agency], phrases)?.url).toBe(agency.url);
  });

  it('falls back to the weight of matched words, and skips sections without an anchor or a match', () => {
    const top: SubResult = { url: '/en/policies/', title: 'Policies', locations: [0, 1, 2, 3, 4, 5] };
    const none: SubResult = { url: '/en/policies/#none-title', title: 'None', locations: [] };
    expect(bestSection(content, [top, none, platforms, leader], [phraseParts('rewards system')])?.url).toBe(leader.url);
    expect(bestSection(content, [top, none], [phraseParts('chain')])).toBeUndefined();
  });

  it('takes a section’s text from after its heading to the next heading', () => {
    const text = '政 策 “ 一 件 事 一 次 办 ” 2022 年 “ 一 件 事 一 次 办 ” 吕 梁 推 行 … 链 长 制 奖 励 对 链 主 企 业';
    const words = text.split(' ');
    const once: SubResult = {
      url: '/policies/#one-thing-once-title',
      title: '“一件事一次办”',
      locations: [words.indexOf('吕')],
      anchor: { text: '“ 一 件 事 一 次 办 ”', location: 12 },
    };
    const chain: SubResult = {
      url: '/policies/#chain-leader-rewards-title',
      title: '链长制奖励',
      locations: [words.indexOf('链')],
      anchor: { text: '链 长 制 奖 励', location: words.indexOf('链') },
    };
    expect(sectionText(text, once, [chain, once])).toBe('吕 梁 推 行 …');
    expect(sectionText(text, chain, [once, chain])).toBe('对 链 主 企 业');
    expect(sectionText(text, { ...once, anchor: undefined } as unknown as SubResult, [])).toBeUndefined();
  });
});
