/**
 * An entry's MDX body holds its prose in both languages:
 *
 *   <Zh>中文正文……</Zh>
 *   <En>English text…</En>
 *
 * A page renders only its own language's block. This check makes sure both
 * blocks exist and that no prose sits outside them (it would show in both
 * languages untranslated).
 */
import type { ContentError } from './contentError';

const BLOCK = /<(Zh|En)>([\s\S]*?)<\/\1>/g;
const IGNORABLE = /^\s*(?:(?:import|export)\s[^\n]*|\{\/\*[\s\S]*?\*\/\})\s*$/;

export function checkBodyLanguages(file: string, body: string): ContentError[] {
  if (body.trim() === '') return [];
  const errors: ContentError[] = [];
  const found = { Zh: 0, En: 0 };
  let outside = '';
  let last = 0;
  for (const match of body.matchAll(BLOCK)) {
    const tag = match[1] as 'Zh' | 'En';
    found[tag] += 1;
    if (match[2]!.trim() === '') {
      errors.push({ file, field: 'body', message: `the <${tag}> block is empty; expected ${tag === 'Zh' ? 'Chinese' : 'English'} text` });
    }
    outside += body.slice(last, match.index);
    last = match.index + match[0].length;
  }
  outside += body.slice(last);

  for (const [tag, language] of [['Zh', 'Chinese'], ['En', 'English']] as const) {
    if (found[tag] === 0) {
      errors.push({ file, field: 'body', message: `missing <${tag}>…</${tag}> block; expected the ${language} text of the body (missing translation)` });
    } else if (found[tag] > 1) {
      errors.push({ file, field: 'body', message: `found ${found[tag]} <${tag}> blocks; expected exactly one` });
    }
  }
  const stray = outside
    .split(/\n/)
    .filter((line) => line.trim() !== '' && !IGNORABLE.test(line));
  if (stray.length > 0) {
    errors.push({
      file,
      field: 'body',
      message: `text outside the <Zh> and <En> blocks ("${stray[0]!.trim().slice(0, 40)}"); expected all prose inside one of them`,
    });
  }
  return errors;
}
