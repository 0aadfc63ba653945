/**
 * The investment map: size of the map SVG as built (dist/map/) and as
 * rendered for 1,000 synthetic projects, the time to build it (projection,
 * simplification, labels, fan-out, markup), and the visual cost of the
 * simplification: both outlines rasterised at the size the map is shown on a
 * 1280 px screen and compared pixel by pixel.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import type { BenchReport } from '../bench';
import { loadSiteModel } from '../../src/data/contentFiles';
import { syntheticProjects } from './syntheticProjects';
import { countyShapes } from '../../src/lib/geo/countyGeometry';
import { buildMapModel, PATH_SCALE, SIMPLIFY_TOLERANCE } from '../../src/lib/map/mapModel';
import { fitMapProjection } from '../../src/lib/map/projection';
import { renderMapSvg } from '../../src/lib/map/renderSvg';
import { cleanRing, ringsToPath, simplifyRings } from '../../src/lib/map/simplify';
import { buildSiteModel, type SiteModel } from '../../src/lib/siteModel';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SVG_BUDGET_BYTES = 60 * 1024;
const BUILD_BUDGET_MS = 2000;
/**
 * Pixels per user unit where the map is shown on a 1280 × 900 screen: the
 * map column is 38rem (608 px) wide and the SVG at most 85vh (765 px) high.
 * The browser test measures the real value and checks it against the tolerance.
 */
const DISPLAY_AT_1280 = (width: number, height: number) => Math.min(608 / width, 765 / height);
/** A pixel counts as visibly different when a channel differs by more than this (of 255). */
const VISIBLE_DIFFERENCE = 64;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time of `runs` builds of the map (model + zh markup), and the last markup. */
function timeBuild(site: SiteModel, runs: number): { ms: number; svg: string } {
  const times: number[] = [];
  let svg = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    svg = renderMapSvg(buildMapModel(site), { lang: 'zh' });
    times.push(performance.now() - start);
  }
  return { ms: median(times), svg };
}

/** The county outlines alone, as the map draws them, at a given tolerance (0 = unsimplified). */
function outlineSvg(tolerance: number, scale: number): { svg: string; pathBytes: number } {
  const shapes = countyShapes();
  const { project, width, height } = fitMapProjection(shapes);
  const rings = shapes.flatMap((shape) => shape.rings.map((ring) => cleanRing(ring.map((position) => project(position)))));
  const drawn = tolerance > 0 ? simplifyRings(rings, tolerance) : rings;
  const paths = drawn.map((ring) => `<path d="${ringsToPath([ring], tolerance > 0 ? PATH_SCALE : 1000)}"/>`).join('');
  const inner = tolerance > 0 ? 1 / PATH_SCALE : 1 / 1000;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${Math.round(width * scale)}" height="${Math.round(height * scale)}">` +
    `<rect width="100%" height="100%" fill="#fff"/><g transform="scale(${inner})" fill="#f3eee2" stroke="#8c8473" stroke-width="${1 / scale / inner}">${paths}</g></svg>`;
  return { svg, pathBytes: paths.length };
}

async function rasterDifference(scale: number): Promise<{ share: number; pixels: number; total: number }> {
  const render = (svg: string) => sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  const [original, simplified] = await Promise.all([
    render(outlineSvg(0, scale).svg),
    render(outlineSvg(SIMPLIFY_TOLERANCE, scale).svg),
  ]);
  const { channels, width, height } = original.info;
  let pixels = 0;
  for (let i = 0; i < original.data.length; i += channels) {
    for (let c = 0; c < Math.min(channels, 3); c++) {
      if (Math.abs(original.data[i + c]! - simplified.data[i + c]!) > VISIBLE_DIFFERENCE) {
        pixels++;
        break;
      }
    }
  }
  return { share: pixels / (width * height), pixels, total: width * height };
}

export default async function mapBench(): Promise<BenchReport> {
  const site = await loadSiteModel(ROOT);
  const builtHtml = await readFile(path.join(ROOT, 'dist/map/index.html'), 'utf8');
  const builtSvg = parse(builtHtml).querySelector('svg[data-map-svg]');
  if (!builtSvg) throw new Error('dist/map/index.html has no map SVG: run `npm run build` first');
  const builtBytes = Buffer.byteLength(builtSvg.outerHTML);

  const shipped = timeBuild(site, 7);
  const thousand = buildSiteModel({ ...site, projects: [...site.projects, ...syntheticProjects(1000, site)] });
  const synthetic = timeBuild(thousand, 3);
  const syntheticBytes = Buffer.byteLength(synthetic.svg);

  const { width, height } = fitMapProjection(countyShapes());
  const scale = DISPLAY_AT_1280(width, height);
  const difference = await rasterDifference(scale);
  const geometryBytes = outlineSvg(SIMPLIFY_TOLERANCE, 1).pathBytes;
  const unsimplifiedBytes = outlineSvg(0, 1).pathBytes;

  return {
    name: 'investment map',
    metrics: {
      'map SVG as built, shipped content (kB)': (builtBytes / 1024).toFixed(1),
      'located projects on the built map': builtSvg.querySelectorAll('a.map-marker').length,
      'county outlines, simplified (kB)': (geometryBytes / 1024).toFixed(1),
      'county outlines, unsimplified, 0.001-unit precision (kB)': (unsimplifiedBytes / 1024).toFixed(1),
      'build time, shipped content (ms, median of 7)': shipped.ms.toFixed(1),
      'map SVG, 1,000 synthetic projects added (kB)': (syntheticBytes / 1024).toFixed(1),
      'build time, 1,000 synthetic projects added (ms, median of 3)': synthetic.ms.toFixed(1),
      'display scale at 1280 px (px per unit)': scale.toFixed(3),
      'pixels visibly changed by simplification at 1280 px': `${difference.pixels} of ${difference.total} (${(difference.share * 100).toFixed(3)} %)`,
    },
    budgets: [
      {
        name: 'map SVG as built (uncompressed)',
        limit: `${SVG_BUDGET_BYTES / 1024} kB`,
        actual: `${(builtBytes / 1024).toFixed(1)} kB`,
        ok: builtBytes < SVG_BUDGET_BYTES,
      },
      {
        name: 'map build time with 1,000 synthetic projects',
        limit: `${BUILD_BUDGET_MS} ms`,
        actual: `${synthetic.ms.toFixed(0)} ms`,
        ok: synthetic.ms < BUILD_BUDGET_MS,
      },
      {
        name: 'pixels visibly changed by simplification at 1280 px',
        limit: '0.1 %',
        actual: `${(difference.share * 100).toFixed(3)} %`,
        ok: difference.share < 0.001,
      },
    ],
  };
}
