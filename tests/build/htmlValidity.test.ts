/** Every built page is valid HTML (html-validate's recommended rules, minus formatting preferences). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/builtSite';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies output; these are style rules about source formatting, not validity.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-inline-style': 'off',
    'long-title': 'off',
    // Decorative inline SVG markup is generated; its attribute casing is valid SVG.
    'attr-case': 'off',
  },
});

describe('HTML validity', () => {
  it('every page passes html-validate', async () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
