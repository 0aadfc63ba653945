/**
 * A small, self-contained site model for unit tests of the catalogue and the
 * downloads: three chains, three counties (real adcodes, so the county
 * geometry resolves), two zones, two sources, hand-made edge-case projects
 * and any number of synthetic ones. Independent of content/, so the tests do
 * not change when editors add entries.
 */
import { syntheticProjects } from '../../scripts/bench/syntheticProjects';
import { buildSiteModel, type SiteModel } from '../../src/lib/siteModel';
import type { Chain, ChainLink, County, Project, Source, Zone } from '../../src/schemas';

const asOf = new Date('2026-03-01T00:00:00Z');

export const fixtureSources: Source[] = [
  {
    id: 'fixture-daily',
    title: '吕梁日报：示例报道',
    publisher: { zh: '吕梁日报', en: 'Lüliang Daily' },
    date: '2023-02-01',
    url: 'https://example.org/daily',
    reliability: 'NEWS',
  },
  {
    id: 'fixture-gov',
    title: '吕梁市人民政府：示例公告',
    publisher: { zh: '吕梁市人民政府', en: 'Lüliang Municipal Government' },
    url: 'https://example.org/gov',
    reliability: 'OFF',
  },
];

const chain = (id: string, zh: string, en: string, order: number): Chain => ({
  id,
  name: { zh, en },
  category: 'industry',
  namedIn: ['report-2022'],
  order,
  summary: { zh: `${zh}产业链。`, en: `The ${en} chain.` },
  figures: [],
  links: { upstream: [], midstream: [], downstream: [] },
  counties: [],
  zones: [],
  investmentSought: [],
  sources: ['fixture-daily'],
  asOf,
});

const link = (zh: string, en: string, extra: Partial<ChainLink> = {}): ChainLink => ({
  name: { zh, en },
  actors: [],
  projects: [],
  counties: [],
  investmentSought: [],
  ...extra,
});

/**
 * Chains with links of every kind the atlas and the downloads handle: a weak
 * link with its own investment sought and a project, a gap with its own source
 * and nothing sought, a weak link that falls back to the chain's aims, and a
 * link whose status no source gives.
 */
export const fixtureChains: Chain[] = [
  {
    ...chain('hydrogen', '氢能', 'Hydrogen', 1),
    zones: ['xiaoyi-edz'],
    links: {
      upstream: [link('制氢', 'Hydrogen production', { status: 'strong', counties: ['xiaoyi'] })],
      midstream: [
        link('储运与加注', 'Storage and refuelling', {
          status: 'weak',
          projects: ['exact-site'],
          investmentSought: [{ aim: 'fill', text: { zh: '建设加氢站。', en: 'Build refuelling stations.' } }],
        }),
      ],
      downstream: [link('燃料电池', 'Fuel cells', { status: 'gap', source: 'fixture-gov' })],
    },
  },
  {
    ...chain('aluminium', '铝镁', 'Aluminium and magnesium', 2),
    links: { upstream: [], midstream: [link('电解铝', 'Primary aluminium')], downstream: [] },
  },
  {
    ...chain('tourism', '文旅', 'Culture and tourism', 3),
    investmentSought: [{ aim: 'extend', text: { zh: '发展康养。', en: 'Develop wellness tourism.' } }],
    links: {
      upstream: [link('生态旅游资源', 'Eco-tourism resources', { status: 'weak', counties: ['jiaokou'] })],
      midstream: [],
      downstream: [],
    },
  },
];

const county = (id: string, adcode: string, zh: string, en: string): County => ({
  id,
  adcode,
  name: { zh, en },
  type: 'county',
  area: 1000,
  population: { value: 100000, year: 2020, census: true, source: 'fixture-gov' },
  seat: { zh: '某镇', en: 'A town' },
  industries: [],
  industryNotes: [],
  specialties: [],
  scenicSpots: [],
  transport: [],
  figures: [],
  sources: ['fixture-gov'],
  asOf,
});

export const fixtureCounties: County[] = [
  county('xiaoyi', '141181', '孝义市', 'Xiaoyi'),
  county('xingxian', '141123', '兴县', 'Xing County'),
  county('jiaokou', '141130', '交口县', 'Jiaokou'),
];

export const fixtureZones: Zone[] = [
  {
    id: 'xiaoyi-edz',
    name: { zh: '孝义经济开发区', en: 'Xiaoyi Economic Development Zone' },
    level: 'provincial',
    county: 'xiaoyi',
    leadIndustries: [],
    industryNotes: [],
    location: { lng: 111.75, lat: 37.12 },
    locationSource: 'fixture-gov',
    figures: [],
    summary: { zh: '示例开发区。', en: 'A sample zone.' },
    sources: ['fixture-gov'],
    asOf,
  },
  {
    id: 'xingxian-edz',
    name: { zh: '兴县经济技术开发区', en: 'Xing County ETDZ' },
    level: 'provincial',
    county: 'xingxian',
    leadIndustries: [],
    industryNotes: [],
    figures: [],
    summary: { zh: '示例开发区。', en: 'A sample zone.' },
    sources: ['fixture-gov'],
    asOf,
  },
];

const base = (id: string, extra: Partial<Project>): Project => ({
  id,
  title: { zh: `测试项目${id}`, en: `Test project ${id}` },
  summary: { zh: '测试用项目。', en: 'A project for tests.' },
  kind: 'signed',
  chains: ['hydrogen'],
  county: 'xiaoyi',
  location: { precision: 'county' },
  cooperation: [],
  scale: [],
  dates: {},
  sources: ['fixture-daily'],
  asOf,
  ...extra,
});

/** Hand-made projects covering every edge the catalogue and the exports must handle. */
export const edgeProjects: Project[] = [
  base('exact-site', {
    title: { zh: '氢能重卡整车制造项目', en: 'Hydrogen heavy-truck assembly' },
    investment: 100,
    chains: ['hydrogen', 'aluminium'],
    zone: 'xiaoyi-edz',
    location: { precision: 'exact', lng: 111.8, lat: 37.15, source: 'fixture-gov', note: { zh: '梧桐镇', en: 'Wutong town' } },
    cooperation: ['joint-venture', 'ppp'],
    partner: { zh: '某氢能科技有限公司', en: 'A Hydrogen Technology Co., Ltd.' },
    content: { zh: '建设年产5000辆氢能重卡生产线。', en: 'A line for 5,000 hydrogen heavy trucks a year.' },
    scale: [
      {
        label: { zh: '年产能', en: 'Annual capacity' },
        value: 5000,
        unit: 'vehicles-per-year',
        year: 2023,
        approx: false,
        source: 'fixture-gov',
      },
    ],
    landArea: 300,
    dates: { signed: '2023-02-14', started: '2023-06', operating: '2025' },
    updated: new Date('2026-04-02T00:00:00Z'),
    investmentNote: { zh: '一期', en: 'phase one' },
  }),
  base('no-investment', {
    title: { zh: '文旅康养综合体', en: 'Tourism and wellness complex' },
    chains: ['tourism'],
    kind: 'seeking',
  }),
  base('city-only', {
    title: { zh: '全市光伏储能项目', en: 'City-wide solar and storage' },
    investment: 0.5,
    location: { precision: 'city' },
    kind: 'building',
  }),
  base('zone-site', {
    title: { zh: '精密铝材项目', en: 'Precision aluminium products' },
    investment: 14.1,
    chains: ['aluminium'],
    county: 'xingxian',
    zone: 'xingxian-edz',
    location: { precision: 'zone' },
    cooperation: ['sole'],
    kind: 'operating',
  }),
  base('formula-like', {
    // Text that spreadsheets would read as a formula and that HTML would read as markup.
    title: { zh: '=HYPERLINK("x")项目 "引号", 逗号', en: '=HYPERLINK("x") project, "quoted" <script>alert(1)</script>' },
    investment: 1,
    chains: ['tourism'],
    county: 'jiaokou',
  }),
  base('no-chain', {
    // The content model may leave a project without a chain when no source names one.
    title: { zh: '未归类项目', en: 'Unclassified project' },
    chains: [],
    investment: 10,
    county: 'jiaokou',
  }),
].map((project) => {
  // Known only to be in Lüliang: the sources give no county.
  if (project.location.precision === 'city') delete project.county;
  return project;
});

/** The fixture model with the edge projects and `synthetic` generated ones. */
export function fixtureModel(options: { synthetic?: number; projects?: Project[] } = {}): SiteModel {
  const context = { chains: fixtureChains, counties: fixtureCounties, zones: fixtureZones, sources: fixtureSources };
  const projects = options.projects ?? [...edgeProjects, ...syntheticProjects(options.synthetic ?? 0, context)];
  return buildSiteModel({ ...context, projects, pages: [], policies: [], indicators: [] });
}
