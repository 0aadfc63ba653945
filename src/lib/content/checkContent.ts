/**
 * Validates a whole content tree at once and reports every problem, where
 * Astro stops at the first invalid file. Pure: callers pass file texts in,
 * so tests can feed broken entries without touching the disk.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, collections as schemas, type CollectionName } from '../../schemas';
import { checkBodyLanguages } from './bodyLanguages';
import { checkDates, todayInChina } from './dates';
import type { ContentError } from './contentError';
import { checkIntegrity, type RawCollections, type RawEntry } from './integrity';

export interface ContentFile {
  collection: CollectionName;
  /** Path relative to the project root, used in messages. */
  file: string;
  text: string;
}

// The same delimiters Astro accepts (see @astrojs/internal-helpers/frontmatter).
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

function parseFile(file: ContentFile): { data: unknown; body: string } | ContentError {
  const isYaml = /\.ya?ml$/.test(file.file);
  let source = file.text;
  let body = '';
  if (!isYaml) {
    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      return { file: file.file, field: 'frontmatter', message: 'no frontmatter found; expected the file to start with a --- … --- block' };
    }
    source = match[1]!;
    body = file.text.slice(match.index + match[0].length);
  }
  try {
    return { data: yaml.load(source), body };
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` at line ${error.mark.line + (isYaml ? 1 : 2)}` : '';
    return {
      file: file.file,
      field: isYaml ? '' : 'frontmatter',
      message: `unparsable YAML${line}: ${reason}; expected valid YAML (check indentation, colons and quotes)`,
    };
  }
}

function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueToError(file: string, issue: z.core.$ZodIssue, data: unknown): ContentError {
  const field = issue.path.map(String).join('.');
  let message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code !== 'custom' && issue.code !== 'unrecognized_keys' && valueAtPath(data, issue.path) === undefined) {
    message = `missing required field; ${message}`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; expected only the fields of the schema (check the spelling)`;
  }
  return { file, field, message };
}

export interface CheckResult {
  errors: ContentError[];
  collections: RawCollections;
}

export interface CheckOptions {
  /** The clock, for "no date in the future" (see dates.ts); tests fix it. */
  now?: Date;
}

export function checkContent(files: readonly ContentFile[], contactIds: readonly string[], options: CheckOptions = {}): CheckResult {
  const errors: ContentError[] = [];
  const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as RawEntry[]])) as RawCollections;

  for (const file of files) {
    const parsed = parseFile(file);
    if ('message' in parsed) {
      errors.push(parsed);
      continue;
    }
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      errors.push({ file: file.file, field: '', message: 'expected the frontmatter to be a YAML mapping of fields (key: value)' });
      continue;
    }
    const result = schemas[file.collection].schema.safeParse(parsed.data);
    if (!result.success) {
      errors.push(...result.error.issues.map((issue) => issueToError(file.file, issue, parsed.data)));
    }
    errors.push(...checkBodyLanguages(file.file, parsed.body));
    const data = result.success ? (result.data as Record<string, unknown>) : (parsed.data as Record<string, unknown>);
    const id = typeof data['id'] === 'string' ? data['id'] : file.file;
    collections[file.collection].push({ id, file: file.file, data });
  }

  errors.push(...checkIntegrity(collections, contactIds));
  errors.push(...checkDates(collections, todayInChina(options.now ?? new Date())));
  return { errors, collections };
}
