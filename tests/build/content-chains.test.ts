/**
 * The industrial chains and projects as built in dist/: every entry in both
 * languages, the seed report's projects, resolvable chain links, honest
 * wording about the lists of chains, figures with their years, and an
 * investment (or "not published") on every project sheet.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { useTranslations } from '../../src/i18n';
import { formatInvestment, formatPartialDate } from '../../src/lib/format';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/siteModel';
import { formatQuantity } from '../../src/lib/units';
import type { Figure } from '../../src/schemas';
import { LANGS } from '../../src/schemas/vocabulary';
import { builtPages, resolveUrl, type BuiltPage } from '../support/builtSite';
import { ROOT } from '../support/paths';

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

/**
 * The projects the seed report names, by a keyword that must appear on the
 * project's own page. From the Lüliang Daily review (../shared/seed):
 * "兴县与航宇新材料智能制造研究院(山西)有限公司签订了14.1亿元的航空航天高端精密铝材制造项目。
 * 交口县与红星美凯龙集团签订了就高品质社区与海洋馆项目合作协议。临县……设立了“红枣院士专家工作站”，
 * 培育了枣芽茶、枣木香菇、枣花蜜……岚县……精心打造了“中国·岚县土豆花风景名胜区”……
 * 中阳县与台商山西佳家海峡两岸农业科技有限公司签约……石楼县与中广核新能源投资(深圳)有限公司山西分公司
 * 签订了战略合作框架协议……方山县与中传建信文旅产业发展有限公司……达成战略合作协议。"
 * and further on 京东集团 (framework agreement, 14 April 2022), 中联恒创(山西)科技有限公司,
 * the 美锦 hydrogen commercial-vehicle parts line in the 吕梁经开区, and 山西中磁尚善科技有限公司.
 */
const SEED_PROJECTS = [
  { keyword: '航宇新材料智能制造研究院', county: 'xingxian' },
  { keyword: '红星美凯龙', county: 'jiaokou' },
  { keyword: '红枣院士专家工作站', county: 'linxian' },
  { keyword: '土豆花', county: 'lanxian' },
  { keyword: '佳家海峡两岸', county: 'zhongyang' },
  { keyword: '中广核新能源投资', county: 'shilou' },
  { keyword: '中传建信', county: 'fangshan' },
  { keyword: '京东集团' },
  { keyword: '中联恒创' },
  { keyword: '美锦' },
  { keyword: '中磁尚善' },
] as const;

describe('chain and project pages', () => {
  it('exist for every chain and every project, in Chinese and in English', () => {
    expect(model.chains.length).toBeGreaterThanOrEqual(12);
    expect(model.projects.length).toBeGreaterThanOrEqual(40);
    const entries = [
      ...model.chains.map((chain) => ({ path: paths.chain(chain.id), title: chain.name })),
      ...model.projects.map((project) => ({ path: paths.project(project.id), title: project.title })),
    ];
    for (const entry of entries) {
      for (const lang of LANGS) {
        const url = localizedUrl(entry.path, lang);
        expect(text(page(url).root.querySelector('h1')), url).toBe(entry.title[lang]);
      }
    }
  });

  it("include every project of the seed report, each on a page of its own with the report's keyword", () => {
    const projectPages = model.projects.map((project) => ({ project, built: page(paths.project(project.id)) }));
    for (const { keyword, ...expected } of SEED_PROJECTS) {
      const matches = projectPages.filter(({ built }) => text(built.root.querySelector('main')).includes(keyword));
      expect(matches.length, `no project page mentions ${keyword}`).toBeGreaterThan(0);
      if ('county' in expected) {
        expect(
          matches.some(({ project }) => project.county === expected.county),
          `${keyword} should be a project of ${expected.county}`,
        ).toBe(true);
      }
    }
  });

  it('takes the seed keywords from the seed itself, when ../shared/seed is there', (context) => {
    const seedDir = path.resolve(ROOT, '../shared/seed');
    if (!existsSync(seedDir)) {
      context.skip('../shared/seed is not present on this machine; the keywords are quoted in this file instead');
      return;
    }
    const seed = readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(path.join(seedDir, name), 'utf8'))
      .join('\n');
    for (const { keyword } of SEED_PROJECTS) expect(seed, keyword).toContain(keyword);
  });

  it("resolve every project and county a chain link points at, on both language's pages", () => {
    for (const chain of model.chains) {
      for (const lang of LANGS) {
        const built = page(localizedUrl(paths.chain(chain.id), lang));
        const hrefs = built.root
          .querySelectorAll('[data-chain-diagram] .atlas-link a:not(.cite)')
          .map((link) => link.getAttribute('href') ?? '')
          // In-page links (to the chain's "investment sought" section) are checked by the link test.
          .filter((href) => !href.startsWith('#'));
        const expected = (['upstream', 'midstream', 'downstream'] as const).flatMap((stage) =>
          chain.links[stage].flatMap((link) => [
            ...link.projects.map((id) => localizedUrl(paths.project(id), lang)),
            ...link.counties.map((id) => localizedUrl(paths.county(id), lang)),
          ]),
        );
        expect(new Set(hrefs), built.url).toEqual(new Set(expected));
        for (const href of hrefs) expect(resolveUrl(href), `${built.url} → ${href}`).toBeDefined();
        for (const id of chain.links.upstream
          .concat(chain.links.midstream, chain.links.downstream)
          .flatMap((link) => link.projects)) {
          expect(model.projectById.get(id)?.chains, `${id} should list ${chain.id} among its chains`).toContain(chain.id);
        }
      }
    }
  });

  it('never present a list of chains as "the official 18", and say how many of the 18 the 2022 review names', () => {
    const official = [
      /official[^.。]{0,30}\b18\b/i,
      /\b18\b[^.。]{0,20}official/i,
      /官方[^。]{0,12}18/,
      /18[^。]{0,12}官方/,
      /正式[^。]{0,8}18条/,
    ];
    const chainPages = builtPages().filter((built) => /^\/(en\/)?chains\//.test(built.url));
    expect(chainPages.length).toBe(2 * (model.chains.length + 1));
    for (const built of chainPages) {
      const main = text(built.root.querySelector('main'));
      for (const pattern of official) expect(main, `${built.url} matches ${pattern}`).not.toMatch(pattern);
    }
    const named2022 = model.chains.filter((chain) => chain.namedIn.includes('report-2022'));
    for (const lang of LANGS) {
      const index = page(localizedUrl(paths.chains(), lang));
      const note = index.root.querySelector('[data-chain-list="report-2022"]');
      expect(note?.getAttribute('data-chain-count')).toBe(String(named2022.length));
      const number = (value: number) => `(?:^|\\D)${value}(?:\\D|$)`;
      expect(text(note)).toMatch(new RegExp([18, named2022.length, 18 - named2022.length].map(number).join('[\\s\\S]*')));
      // every chain card says which lists name it
      const cards = index.root.querySelectorAll('[data-named-in]');
      expect(cards.map((card) => card.getAttribute('data-named-in')).sort()).toEqual(
        model.chains.map((chain) => chain.namedIn.join(' ')).sort(),
      );
    }
  });

  it('render every figure and scale in the reader’s language with its year', () => {
    const entries: { path: string; figures: Figure[] }[] = [
      ...model.chains.map((chain) => ({ path: paths.chain(chain.id), figures: chain.figures })),
      ...model.projects.map((project) => ({ path: paths.project(project.id), figures: project.scale })),
    ];
    expect(entries.filter((entry) => entry.figures.length > 0).length).toBeGreaterThan(15);
    for (const entry of entries) {
      for (const lang of LANGS) {
        const built = page(localizedUrl(entry.path, lang));
        const shown = built.root.querySelectorAll('.figures .figure');
        expect(shown, built.url).toHaveLength(entry.figures.length);
        entry.figures.forEach((figure, index) => {
          const year = typeof figure.year === 'number' ? String(figure.year) : formatPartialDate(figure.year, lang);
          expect(text(shown[index]!.querySelector('.figure-year')), built.url).toBe(`(${year})`);
          expect(text(shown[index]!.querySelector('.figure-value')), built.url).toBe(
            formatQuantity(figure.value, figure.unit, lang, figure.approx),
          );
          if (lang === 'en') expect(text(shown[index]), built.url).not.toMatch(/[\u4e00-\u9fff]/);
        });
      }
    }
  });

  it('show on every project sheet the investment, or that it is not published', () => {
    for (const project of model.projects) {
      for (const lang of LANGS) {
        const t = useTranslations(lang);
        const built = page(localizedUrl(paths.project(project.id), lang));
        const terms = built.root.querySelectorAll('.project-sheet dl.facts > dt');
        const term = terms.find((dt) => text(dt) === t('projects.investment'));
        expect(term, `${built.url} has no investment row`).toBeDefined();
        const value = text(term!.nextElementSibling);
        const expected = project.investment !== undefined ? formatInvestment(project.investment, lang) : t('common.notPublished');
        expect(value.startsWith(expected), `${built.url}: "${value}"`).toBe(true);
        if (project.investmentNote) expect(value, built.url).toContain(project.investmentNote[lang]);
      }
    }
  });
});
