/** Context positions on the map must cite a source that exists; the content check enforces it. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/data/contentFiles';
import { AIRPORT, MAP_CONTEXT_SOURCES } from '../../src/config/mapContext';
import { LVLIANG_BOUNDS } from '../../src/schemas/common';
import { ROOT } from '../support/paths';

let workdir: string;
beforeAll(async () => {
  workdir = await mkdtemp(path.join(tmpdir(), 'map-context-'));
  await cp(path.join(ROOT, 'content'), path.join(workdir, 'content'), { recursive: true });
});
afterAll(async () => {
  await rm(workdir, { recursive: true, force: true });
});

describe('map context sources', () => {
  it('cites sources that exist in the shipped content, for a point inside Lüliang', async () => {
    const { errors } = await checkContentDir(ROOT);
    expect(errors).toEqual([]);
    expect(MAP_CONTEXT_SOURCES).toContain(AIRPORT.source);
    expect(AIRPORT.lng).toBeGreaterThan(LVLIANG_BOUNDS.west);
    expect(AIRPORT.lng).toBeLessThan(LVLIANG_BOUNDS.east);
    expect(AIRPORT.lat).toBeGreaterThan(LVLIANG_BOUNDS.south);
    expect(AIRPORT.lat).toBeLessThan(LVLIANG_BOUNDS.north);
  });

  it('fails the content check, naming the config file, when the cited source is missing', async () => {
    await rm(path.join(workdir, 'content/sources', `${AIRPORT.source}.yaml`));
    const { errors } = await checkContentDir(workdir);
    expect(errors).toContainEqual({
      file: 'src/config/mapContext.ts',
      field: 'source',
      message: `unknown source "${AIRPORT.source}"; expected an id from content/sources/`,
    });
  });
});
