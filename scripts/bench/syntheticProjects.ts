/**
 * Schema-valid synthetic projects for benchmarks (1,000 / 5,000 projects) and
 * for unit tests of the catalogue and the downloads, spread over the given
 * chains, counties and zones. Never shipped: ids start with `synthetic-` and
 * the text says it is generated. Every optional field the catalogue shows is
 * exercised: unpublished investment, county only, exact sites, several chains
 * and cooperation modes, partial and full dates, scale figures.
 */
import type { Project } from '../../src/schemas';
import { LVLIANG_BOUNDS } from '../../src/schemas/common';
import { PROJECT_KINDS, COOPERATION_MODES } from '../../src/schemas/vocabulary';
import type { SiteModel } from '../../src/lib/siteModel';

/** A tiny deterministic PRNG so every run generates the same projects. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticProjects(count: number, model: Pick<SiteModel, 'chains' | 'counties' | 'zones' | 'sources'>): Project[] {
  const random = mulberry32(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const source = model.sources[0]!.id;
  const { west, east, south, north } = LVLIANG_BOUNDS;
  return Array.from({ length: count }, (_, index) => {
    const county = pick(model.counties);
    const zones = model.zones.filter((zone) => zone.county === county.id);
    const chain = pick(model.chains);
    const n = String(index + 1).padStart(5, '0');
    const investment = random() < 0.15 ? undefined : Math.round(random() * random() * 2000 * 10) / 10 + 0.1;
    const month = String(1 + Math.floor(random() * 9)).padStart(2, '0');
    const project: Project = {
      id: `synthetic-${n}`,
      title: {
        zh: `${county.name.zh}${chain.name.zh}示例项目${n}`,
        en: `Synthetic ${chain.name.en} project ${n} in ${county.name.en}`,
      },
      summary: {
        zh: `基准测试生成的示例项目，位于${county.name.zh}，属于${chain.name.zh}产业链。`,
        en: `A generated benchmark project in ${county.name.en}, in the ${chain.name.en} chain.`,
      },
      kind: pick(PROJECT_KINDS),
      chains: [chain.id],
      county: county.id,
      location: { precision: 'county' },
      cooperation: random() < 0.5 ? [pick(COOPERATION_MODES)] : [],
      scale: [],
      dates: { signed: `20${String(18 + Math.floor(random() * 8))}-${month}` },
      sources: [source],
      asOf: new Date('2026-01-01T00:00:00Z'),
    };
    if (investment !== undefined) project.investment = investment;
    if (zones.length > 0 && random() < 0.5) {
      project.zone = pick(zones).id;
      project.location = { precision: 'zone' };
    }
    const roll = random();
    if (roll < 0.05) {
      // Known only to be in Lüliang: no county, no point.
      delete project.county;
      delete project.zone;
      project.location = { precision: 'city' };
    } else if (roll < 0.15) {
      project.location = {
        precision: 'exact',
        lng: Math.round((west + random() * (east - west)) * 1e4) / 1e4,
        lat: Math.round((south + random() * (north - south)) * 1e4) / 1e4,
        source,
      };
    }
    if (model.chains.length > 1 && random() < 0.2) {
      const second = pick(model.chains.filter((other) => other.id !== chain.id));
      project.chains.push(second.id);
    }
    if (random() < 0.15) project.cooperation = [...new Set([pick(COOPERATION_MODES), pick(COOPERATION_MODES)])];
    if (random() < 0.4) {
      project.content = {
        zh: `建设示例生产线及配套设施，年产示例产品${1 + Math.floor(random() * 50)}万吨，配套仓储、物流与研发中心。`,
        en: `A generated production line with supporting facilities, storage, logistics and a research centre.`,
      };
      project.landArea = Math.round(random() * 2000) + 10;
      project.scale = [
        {
          label: { zh: '年产能', en: 'Annual capacity' },
          value: 1 + Math.floor(random() * 50),
          unit: 'wan-t-per-year',
          year: 2024,
          approx: false,
          source,
        },
      ];
    }
    if (random() < 0.3) project.partner = { zh: `示例投资有限公司${n}`, en: `Synthetic Investment Co., Ltd. ${n}` };
    if (random() < 0.3)
      project.dates.started = `20${String(19 + Math.floor(random() * 6))}-${month}-1${Math.floor(random() * 9)}`;
    if (random() < 0.5) project.updated = new Date(Date.UTC(2026, Math.floor(random() * 10), 1 + Math.floor(random() * 28)));
    return project;
  });
}
