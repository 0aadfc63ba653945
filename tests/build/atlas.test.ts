/**
 * The chain atlas as built in dist/, checked against the chain entries
 * themselves (not through src/lib/atlas): every chain page draws the three
 * stages with every link, its status in words and its projects; every weak
 * or gap link is on the opportunities page with its chain, zones and
 * projects; the overview lists every chain under its category with its
 * numbers.
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { useTranslations } from '../../src/i18n';
import { localizedUrl, paths } from '../../src/lib/routes';
import { isIndexedPath } from '../../src/lib/search/searchRecord';
import type { SiteModel } from '../../src/lib/siteModel';
import type { Chain, ChainLink } from '../../src/schemas';
import { LANGS, type Lang } from '../../src/schemas/vocabulary';
import { builtPages, type BuiltPage } from '../support/builtSite';
import { ROOT } from '../support/paths';

const STAGES = ['upstream', 'midstream', 'downstream'] as const;

let model: SiteModel;
beforeAll(async () => {
  model = await loadSiteModel(ROOT);
});

function page(url: string): BuiltPage {
  const found = builtPages().find((candidate) => candidate.url === url);
  if (!found) throw new Error(`No built page at ${url}`);
  return found;
}

const text = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim() ?? '';

const statusLabel = (link: ChainLink, lang: Lang) => {
  const t = useTranslations(lang);
  return link.status === undefined ? t('atlas.status.unpublished') : t(`linkStatus.${link.status}`);
};

/** Every weak or gap link in the content, with its stage. */
function weakAndGapLinks(): { chain: Chain; stage: (typeof STAGES)[number]; link: ChainLink }[] {
  return model.chains.flatMap((chain) =>
    STAGES.flatMap((stage) =>
      chain.links[stage]
        .filter((link) => link.status === 'weak' || link.status === 'gap')
        .map((link) => ({ chain, stage, link })),
    ),
  );
}

describe('chain atlas on every chain page', () => {
  it.each(LANGS)('(%s) has the three stages in order, each with its links, status in words and projects', (lang) => {
    const t = useTranslations(lang);
    const withLinks = model.chains.filter((chain) => STAGES.some((stage) => chain.links[stage].length > 0));
    expect(withLinks.length, 'chains whose entries describe links').toBeGreaterThan(0);
    for (const chain of model.chains) {
      const url = localizedUrl(paths.chain(chain.id), lang);
      const diagram = page(url).root.querySelector(`main [data-chain-diagram="${chain.id}"]`);
      expect(diagram, url).not.toBeNull();
      if (!withLinks.includes(chain)) {
        expect(diagram!.querySelector('[data-no-links]'), url).not.toBeNull();
        continue;
      }
      const stages = diagram!.querySelectorAll('.atlas-stage');
      expect(
        stages.map((stage) => stage.getAttribute('data-stage')),
        url,
      ).toEqual([...STAGES]);
      for (const [index, stage] of STAGES.entries()) {
        const element = stages[index]!;
        expect(text(element.querySelector('h3')).startsWith(t(`stage.${stage}`)), `${url} ${stage} heading`).toBe(true);
        const links = element.querySelectorAll('.atlas-link');
        expect(
          links.map((link) => text(link.querySelector('h4'))),
          `${url} ${stage}`,
        ).toEqual(chain.links[stage].map((link) => link.name[lang]));
        if (links.length === 0)
          expect(element.querySelector('[data-stage-empty]'), `${url} ${stage} says it is empty`).not.toBeNull();
        for (const [position, link] of chain.links[stage].entries()) {
          const element = links[position]!;
          const where = `${url} ${stage}: ${link.name[lang]}`;
          // Status by colour (data-status drives it) and by words, never by colour alone.
          expect(element.getAttribute('data-status'), where).toBe(link.status ?? 'unpublished');
          expect(text(element.querySelector('.status-text')), where).toBe(statusLabel(link, lang));
          const hrefs = element.querySelectorAll('a').map((anchor) => anchor.getAttribute('href'));
          for (const id of link.projects) expect(hrefs, where).toContain(localizedUrl(paths.project(id), lang));
          if (link.status === 'weak' || link.status === 'gap') {
            expect(text(element).includes(t('atlas.sought')), `${where}: says what is sought`).toBe(true);
          }
        }
      }
    }
  });

  it('ids every link so the opportunities page can point at it, each id once per page', () => {
    for (const chain of model.chains) {
      const ids = page(localizedUrl(paths.chain(chain.id), 'zh'))
        .root.querySelectorAll('.atlas-link')
        .map((element) => element.id);
      expect(
        ids.every((id) => id !== ''),
        chain.id,
      ).toBe(true);
      expect(new Set(ids).size, chain.id).toBe(ids.length);
    }
  });
});

describe('investment opportunities page', () => {
  it.each(LANGS)('(%s) lists every weak and gap link once, linked to its place on the chain page', (lang) => {
    const expected = weakAndGapLinks();
    expect(expected.length, 'the content has weak or gap links').toBeGreaterThan(0);
    const root = page(localizedUrl(paths.opportunities(), lang)).root;
    const items = root.querySelectorAll('main [data-opportunity]');
    expect(items).toHaveLength(expected.length);
    for (const { chain, stage, link } of expected) {
      const where = `${chain.id}: ${link.name[lang]}`;
      const matches = items.filter(
        (item) => item.getAttribute('data-chain') === chain.id && text(item.querySelector('h3')) === link.name[lang],
      );
      expect(matches, where).toHaveLength(1);
      const item = matches[0]!;
      expect(item.getAttribute('data-status'), where).toBe(link.status);
      expect(text(item.querySelector('.status-text')), where).toBe(statusLabel(link, lang));
      // Its link leads to this very link on the chain page, in the same stage.
      const chainUrl = localizedUrl(paths.chain(chain.id), lang);
      const target = item.querySelectorAll('a').find((anchor) => anchor.getAttribute('href')?.startsWith(`${chainUrl}#`));
      expect(target, `${where}: link to the chain page`).toBeDefined();
      const anchor = target!.getAttribute('href')!.split('#')[1]!;
      const onChainPage = page(chainUrl).root.querySelector(`[id="${anchor}"]`);
      expect(text(onChainPage?.querySelector('h4')), where).toBe(link.name[lang]);
      expect(onChainPage?.closest('.atlas-stage')?.getAttribute('data-stage'), where).toBe(stage);
      // The chain's own zones and the link's projects, each linked.
      const hrefs = item.querySelectorAll('a').map((element) => element.getAttribute('href'));
      for (const zone of chain.zones) expect(hrefs, `${where}: zone ${zone}`).toContain(localizedUrl(paths.zone(zone), lang));
      for (const project of link.projects)
        expect(hrefs, `${where}: project ${project}`).toContain(localizedUrl(paths.project(project), lang));
      // Grouped under its chain.
      expect(item.closest('[data-chain-group]')?.getAttribute('data-chain-group'), where).toBe(chain.id);
    }
  });

  it('is in the search index and linked from the navigation and the overview', () => {
    expect(isIndexedPath(paths.opportunities())).toBe(true);
    for (const lang of LANGS) {
      const url = localizedUrl(paths.opportunities(), lang);
      expect(page(url).root.querySelector('main')?.hasAttribute('data-pagefind-body'), url).toBe(true);
      const home = page(localizedUrl('/', lang)).root;
      expect(
        home.querySelectorAll('header a').map((anchor) => anchor.getAttribute('href')),
        'header navigation',
      ).toContain(url);
      expect(
        page(localizedUrl(paths.chains(), lang))
          .root.querySelectorAll('main a')
          .map((anchor) => anchor.getAttribute('href')),
      ).toContain(url);
    }
  });
});

describe('atlas overview', () => {
  it.each(LANGS)('(%s) lists every chain once, under its category, with its projects, investment and gaps', (lang) => {
    const root = page(localizedUrl(paths.chains(), lang)).root;
    const sections = root.querySelectorAll('main section[data-category]');
    const categories = sections.map((section) => section.getAttribute('data-category'));
    expect(categories).toEqual(
      ['industry', 'agriculture', 'services'].filter((category) => model.chains.some((chain) => chain.category === category)),
    );
    const cards = root.querySelectorAll('main [data-atlas-list] > li');
    expect(cards.map((card) => card.getAttribute('data-chain')).sort()).toEqual(model.chains.map((chain) => chain.id).sort());
    for (const chain of model.chains) {
      const card = cards.find((candidate) => candidate.getAttribute('data-chain') === chain.id)!;
      expect(card.closest('section')?.getAttribute('data-category'), chain.id).toBe(chain.category);
      expect(card.querySelector('h3 a')?.getAttribute('href')).toBe(localizedUrl(paths.chain(chain.id), lang));
      const projects = model.projects.filter((project) => project.chains.includes(chain.id));
      const gaps = STAGES.flatMap((stage) => chain.links[stage]).filter((link) => link.status === 'gap').length;
      const total = projects.reduce((sum, project) => sum + (project.investment ?? 0), 0);
      expect(text(card.querySelector('[data-number="projects"] dd')), chain.id).toBe(String(projects.length));
      expect(text(card.querySelector('[data-number="gaps"] dd')), chain.id).toBe(String(gaps));
      expect(Number(card.getAttribute('data-investment')), chain.id).toBeCloseTo(total, 6);
    }
  });
});
