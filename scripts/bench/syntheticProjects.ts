/**
 * Schema-valid synthetic projects for benchmarks (1,000 / 5,000 projects),
 * spread over the real chains, counties and zones. Never shipped: ids start
 * with `synthetic-` and the text says it is generated.
 */
import type { Project } from '../../src/schemas';
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
  return Array.from({ length: count }, (_, index) => {
    const county = pick(model.counties);
    const zones = model.zones.filter((zone) => zone.county === county.id);
    const chain = pick(model.chains);
    const n = String(index + 1).padStart(5, '0');
    const investment = random() < 0.15 ? undefined : Math.round(random() * random() * 2000 * 10) / 10 + 0.1;
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
      dates: { signed: `20${String(18 + Math.floor(random() * 8))}-0${1 + Math.floor(random() * 9)}` },
      sources: [source],
      asOf: new Date('2026-01-01T00:00:00Z'),
    };
    if (investment !== undefined) project.investment = investment;
    if (zones.length > 0 && random() < 0.5) project.zone = pick(zones).id;
    return project;
  });
}
