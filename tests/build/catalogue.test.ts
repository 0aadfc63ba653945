/** The catalogue and project pages as built: every project listed once, facet counts, project lists on chain, county and zone pages. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel } from '../../src/data/contentFiles';
import { localizedUrl, paths } from '../../src/lib/routes';
import type { SiteModel } from '../../src/lib/siteModel';
import type { Project } from '../../src/schemas';
import { DIST, ROOT } from '../support/paths';

let model: SiteModel;
beforeAll(async () => {
  model = await loadSiteModel(ROOT);
});

const page = (urlPath: string) => parse(readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8'));
const listed = (root: HTMLElement) =>
  root.querySelectorAll('[data-project-list] > li').map((li) => li.getAttribute('data-project-id')!);
const sorted = (projects: readonly Project[]) => projects.map((project) => project.id).sort();

describe.each(['zh', 'en'] as const)('catalogue page (%s)', (lang) => {
  it('lists every project once, each linking to its page, without needing JavaScript', () => {
    const root = page(localizedUrl(paths.projects(), lang));
    const ids = listed(root);
    expect(ids.slice().sort()).toEqual(sorted(model.projects));
    for (const id of ids) {
      const card = root.querySelector(`li[data-project-id="${id}"]`)!;
      expect(card.querySelector('a')!.getAttribute('href')).toBe(localizedUrl(paths.project(id), lang));
      expect(card.querySelector('a')!.text).toBe(model.projectById.get(id)!.title[lang]);
      expect(card.hasAttribute('hidden')).toBe(false);
      expect(card.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // The filters only work with JavaScript, so they start hidden.
    expect(root.querySelector('[data-catalogue-filters]')!.hasAttribute('hidden')).toBe(true);
  });

  it('offers each chain and county that has projects, with its count', () => {
    const root = page(localizedUrl(paths.projects(), lang));
    const options = (name: string) =>
      root
        .querySelectorAll(`select[name="${name}"] option`)
        .filter((option) => option.getAttribute('value'))
        .map((option) => ({ value: option.getAttribute('value')!, text: option.text }));
    const count = (text: string) => Number(/(\d+)\D*$/.exec(text)![1]);
    const chains = options('chain');
    for (const chain of model.chains) {
      const members = model.projectsByChain.get(chain.id) ?? [];
      const option = chains.find((candidate) => candidate.value === chain.id);
      if (members.length === 0) expect(option, chain.id).toBeUndefined();
      else expect(count(option!.text), chain.id).toBe(members.length);
    }
    for (const county of model.counties) {
      const members = model.projectsByCounty.get(county.id) ?? [];
      const option = options('county').find((candidate) => candidate.value === county.id);
      if (members.length > 0) expect(count(option!.text), county.id).toBe(members.length);
    }
    const unplaced = model.projects.filter((project) => !project.county);
    expect(options('county').some((option) => option.value === 'unpublished')).toBe(unplaced.length > 0);
  });
});

describe('project lists on other pages', () => {
  it.each(['zh', 'en'] as const)('chain, county and zone pages list exactly their projects (%s)', (lang) => {
    for (const chain of model.chains) {
      expect(listed(page(localizedUrl(paths.chain(chain.id), lang))).sort(), chain.id).toEqual(
        sorted(model.projectsByChain.get(chain.id) ?? []),
      );
    }
    for (const county of model.counties) {
      expect(listed(page(localizedUrl(paths.county(county.id), lang))).sort(), county.id).toEqual(
        sorted(model.projectsByCounty.get(county.id) ?? []),
      );
    }
    for (const zone of model.zones) {
      expect(listed(page(localizedUrl(paths.zone(zone.id), lang))).sort(), zone.id).toEqual(
        sorted(model.projectsByZone.get(zone.id) ?? []),
      );
    }
  });
});

describe.each(['zh', 'en'] as const)('project pages (%s)', (lang) => {
  it('show the published fields, chain links, the map slot, sources and as-of date', () => {
    for (const project of model.projects) {
      const root = page(localizedUrl(paths.project(project.id), lang));
      const text = root.querySelector('main')!.text;
      expect(root.querySelector('h1')!.text).toBe(project.title[lang]);
      for (const chain of project.chains) {
        expect(root.querySelector(`.facts a[href="${localizedUrl(paths.chain(chain), lang)}"]`), chain).not.toBeNull();
      }
      if (project.county)
        expect(root.querySelector(`.facts a[href="${localizedUrl(paths.county(project.county), lang)}"]`)).not.toBeNull();
      else expect(text).toContain(lang === 'zh' ? '所在县市区未公布' : 'County not published');
      if (project.partner) expect(text).toContain(project.partner[lang]);
      if (project.content) expect(text).toContain(project.content[lang]);
      expect(text).toContain(lang === 'zh' ? '总投资' : 'Total investment');
      expect(root.querySelector('[data-project-map-slot]')).not.toBeNull();
      for (const id of project.sources)
        expect(root.querySelector(`#source-${id} a`)!.getAttribute('href')).toBe(model.sourceById.get(id)!.url);
      expect(root.querySelector('.entry-sources time')!.getAttribute('datetime')).toBe(project.asOf.toISOString().slice(0, 10));
    }
  });
});
