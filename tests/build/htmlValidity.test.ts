/**
 * Every built page is valid HTML by the committed .htmlvalidate.json:
 * html-validate's recommended rules (which include every W3C conformance
 * check it implements, no duplicate ids and no inline style attributes), plus
 * stricter ones that hold for this site: headings never skip a level, every
 * input has a label, every id reference resolves, no <style> element (the
 * Content-Security-Policy allows none). The one rule turned off, long-title,
 * is about search snippets, not validity: project titles are as published and
 * some run past 70 characters.
 */
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';
import { DIST } from '../support/paths';

// Finds .htmlvalidate.json from each file's folder up to the project root.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it('the config file is the one in use, and it is strict', async () => {
    const config = await validator.getConfigFor(path.join(DIST, 'index.html'));
    const rules = config.getRules();
    expect(rules.get('no-dup-id')?.[0]).toBe(2);
    expect(rules.get('no-inline-style')?.[0]).toBe(2);
    expect(rules.get('no-style-tag')?.[0]).toBe(2);
  });

  it('every page passes html-validate', async () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateString(page.html, path.join(DIST, page.file));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
