/** No broken internal link or anchor anywhere in the built site. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { builtPages, resolveUrl } from '../support/builtSite';

const idsByFile = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set(
      parse(readFileSync(file, 'utf8'))
        .querySelectorAll('[id]')
        .map((element) => element.getAttribute('id')!),
    );
    idsByFile.set(file, ids);
  }
  return ids;
}

describe('internal links', () => {
  it('every internal href and fragment resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of builtPages()) {
      for (const anchor of page.root.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const target = new URL(href, `http://site${page.url}`);
        const file = resolveUrl(target.pathname);
        checked++;
        if (!file) {
          broken.push(`${page.url} → ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && !idsIn(file).has(fragment)) broken.push(`${page.url} → ${href} (no element with id "${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('ids are unique within each page', () => {
    for (const page of builtPages()) {
      const ids = page.root.querySelectorAll('[id]').map((element) => element.getAttribute('id'));
      const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(duplicates, page.url).toEqual([]);
    }
  });
});
