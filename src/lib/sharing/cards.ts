/**
 * Social cards (Open Graph / Twitter images): what each page's card says.
 * A pure function of the site model: one card per page and language, with
 * the page's title, a kicker naming the kind of page, and a subtitle with
 * its chain or county. The renderer (src/lib/sharing/cardRenderer.ts) draws
 * them; src/data/socialCards.ts caches them by a hash of their inputs.
 */
import { createHash } from 'node:crypto';
import { useTranslations, type Translate } from '../../i18n';
import { LANGS, type Lang } from '../../schemas/vocabulary';
import { formatList } from '../format';
import { localizedUrl, paths } from '../routes';
import type { SiteModel } from '../siteModel';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardSpec {
  lang: Lang;
  /** Language-neutral path of the page, e.g. /projects/foo/. */
  path: string;
  /** The kind of page or the place, above the title, e.g. 投资项目 · 已签约. */
  kicker: string;
  title: string;
  /** The page's chain or county, or a short description. */
  subtitle?: string;
}

/**
 * Separates the parts of a kicker or subtitle. Noto Sans SC draws the middle
 * dot a full em wide, which suits Chinese but spaces English out, so English
 * takes an en dash.
 */
export const CARD_SEPARATOR: Record<Lang, string> = { zh: '·', en: ' – ' };

/** Path of the offline page (served by the service worker when a page was never saved). */
export const OFFLINE_PATH = paths.offline();
/** The one 404 page for both languages (Chinese first). */
export const NOT_FOUND_PATH = '/404/';

/** Chain names of a project, then its county: 氢能 · 孝义市. */
function projectContext(model: SiteModel, t: Translate, lang: Lang, chains: readonly string[], county?: string): string {
  const chainNames = chains.map((id) => model.chainById.get(id)?.name[lang]).filter((name) => name !== undefined);
  const countyName = county ? model.countyById.get(county)?.name[lang] : undefined;
  return [
    chainNames.length > 0 ? formatList(chainNames, lang) : t('catalogue.noChain'),
    countyName ?? t('common.countyNotPublished'),
  ].join(CARD_SEPARATOR[lang]);
}

function cardsFor(model: SiteModel, lang: Lang): CardSpec[] {
  const t = useTranslations(lang);
  const sep = CARD_SEPARATOR[lang];
  const city = t('share.card.city');
  const listing = (path: string, title: string): CardSpec => ({ lang, path, kicker: city, title });
  const count = (n: number) => t('projects.count', { count: n });
  return [
    { lang, path: paths.home(), kicker: city, title: t('home.title'), subtitle: t('site.tagline') },
    listing(paths.chains(), t('chains.title')),
    listing(paths.counties(), t('counties.title')),
    listing(paths.zones(), t('zones.title')),
    listing(paths.projects(), t('projects.title')),
    listing(paths.map(), t('map.title')),
    listing(paths.search(), t('search.title')),
    listing(paths.downloads(), t('downloads.title')),
    listing(paths.policies(), t('policies.title')),
    listing(paths.opportunities(), t('opportunities.title')),
    listing(OFFLINE_PATH, t('offline.title')),
    ...model.pages.map((page) => ({ lang, path: `/${page.id}/`, kicker: city, title: page.title[lang] })),
    ...model.chains.map((chain) => ({
      lang,
      path: paths.chain(chain.id),
      kicker: t('share.card.chain'),
      title: chain.name[lang],
      subtitle: `${t(`category.${chain.category}`)}${sep}${count(model.projectsByChain.get(chain.id)?.length ?? 0)}`,
    })),
    ...model.counties.map((county) => ({
      lang,
      path: paths.county(county.id),
      kicker: t('share.card.county'),
      title: county.name[lang],
      subtitle: `${city}${sep}${t(`countyType.${county.type}`)}`,
    })),
    ...model.zones.map((zone) => {
      const county = zone.county ? model.countyById.get(zone.county)?.name[lang] : undefined;
      return {
        lang,
        path: paths.zone(zone.id),
        kicker: t('share.card.zone'),
        title: zone.name[lang],
        subtitle: `${county ?? t('common.countyNotPublished')}${sep}${t(`zoneLevel.${zone.level}`)}`,
      };
    }),
    ...model.projects.map((project) => ({
      lang,
      path: paths.project(project.id),
      kicker: `${t('share.card.project')}${sep}${t(`kind.${project.kind}`)}`,
      title: project.title[lang],
      subtitle: projectContext(model, t, lang, project.chains, project.county),
    })),
  ];
}

/** Every page's card, in both languages, plus the bilingual 404 page's (Chinese). */
export function planCards(model: SiteModel): CardSpec[] {
  const t = useTranslations('zh');
  return [
    ...LANGS.flatMap((lang) => cardsFor(model, lang)),
    { lang: 'zh', path: NOT_FOUND_PATH, kicker: t('share.card.city'), title: t('notFound.title') },
  ];
}

/** The key that identifies a card among a build's cards: its language and page. */
export function cardPageKey(lang: Lang, path: string): string {
  return localizedUrl(path, lang);
}

/**
 * Hash of everything a card's pixels depend on: the renderer's own version
 * (its code, design and template), the font files, and the card's text.
 * An unchanged page keeps its hash, so its cached image is reused.
 */
export function cardHash(spec: CardSpec, rendererVersion: string): string {
  const text = [spec.lang, spec.kicker, spec.title, spec.subtitle ?? ''].join('\u0000');
  return createHash('sha256').update(rendererVersion).update('\u0000').update(text).digest('hex').slice(0, 20);
}

/**
 * URL of a card image: readable, and versioned by its hash, so that an
 * edited page gets a new image URL (WeChat and other apps cache images by URL).
 * /projects/foo/ in English → /og/en/projects/foo.<hash>.png.
 */
export function cardImagePath(spec: CardSpec, hash: string): string {
  const page = spec.path === '/' ? '/index' : spec.path.replace(/\/$/, '');
  return `/og/${spec.lang}${page}.${hash.slice(0, 10)}.png`;
}
