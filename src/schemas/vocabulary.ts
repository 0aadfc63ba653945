/**
 * Closed vocabularies shared by the schemas, the UI and the exports.
 * Adding a value here makes TypeScript point at every dictionary and
 * formatter that must learn about it.
 */

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Project stage, in the order an investor meets them: 招商中 → 已签约 → 在建 → 已投产. */
export const PROJECT_KINDS = ['seeking', 'signed', 'building', 'operating'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** 独资 / 合资 / 合作 / PPP / 战略合作 / 其他. */
export const COOPERATION_MODES = ['sole', 'joint-venture', 'cooperation', 'ppp', 'strategic-agreement', 'other'] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

/**
 * How well a position is known: the exact site, only the development zone,
 * only the county, or only that it is in Lüliang (`city`: no point is drawn).
 */
export const LOCATION_PRECISIONS = ['exact', 'zone', 'county', 'city'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** Strength of one link of an industrial chain; `gap` is what the city seeks investment for. */
export const LINK_STATUSES = ['strong', 'present', 'weak', 'gap'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const CHAIN_STAGES = ['upstream', 'midstream', 'downstream'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

/** 工业 / 农业 / 服务业, as the city's "985" framework groups its chains. */
export const CHAIN_CATEGORIES = ['industry', 'agriculture', 'services'] as const;
export type ChainCategory = (typeof CHAIN_CATEGORIES)[number];

/**
 * Lists that name a chain. We never claim an "official list of 18":
 * a chain page says which of these sources names it.
 */
export const CHAIN_LISTS = ['report-2022', 'framework-985', 'provincial'] as const;
export type ChainList = (typeof CHAIN_LISTS)[number];

/** 补链 (fill a gap) / 延链 (extend the chain) / 强链 (strengthen a link). */
export const INVESTMENT_AIMS = ['fill', 'extend', 'strengthen'] as const;
export type InvestmentAim = (typeof INVESTMENT_AIMS)[number];

export const COUNTY_TYPES = ['district', 'city', 'county'] as const;
export type CountyType = (typeof COUNTY_TYPES)[number];

export const ZONE_LEVELS = ['national', 'provincial', 'city', 'county', 'unpublished'] as const;
export type ZoneLevel = (typeof ZONE_LEVELS)[number];

/** Reliability of a source, as tagged in the research dossier. */
export const RELIABILITIES = ['OFF', 'NEWS', 'WIKI', 'SEC', 'LOW'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const PAGE_TYPES = ['chain', 'county', 'zone', 'project', 'policy', 'page'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * Units a figure may be recorded in. Values are typed once, in the unit the
 * source uses; `src/lib/units.ts` renders them for each language
 * (1,382.6 亿元 → "CNY 138.26 billion").
 */
export const UNITS = [
  'yi-yuan',
  'wan-yuan',
  'yuan',
  'usd-million',
  'yi-t',
  'wan-t',
  't',
  'wan-t-per-year',
  't-per-year',
  'wan-kl',
  'kl',
  'yi-m3',
  'wan-m3-per-day',
  'km2',
  'km',
  'm',
  'mu',
  'wan-mu',
  'mw',
  'people',
  'wan-people',
  'projects',
  'enterprises',
  'sets',
  'sets-per-year',
  'vehicles',
  'vehicles-per-year',
  'stations',
  'sticks-wan',
  'head-wan',
  'percent',
  'count',
] as const;
export type Unit = (typeof UNITS)[number];
