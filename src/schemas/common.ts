import { z } from 'astro/zod';
import { RELIABILITIES, UNITS } from './vocabulary';

/** Stable ASCII slug: pinyin for places, short English for chains, e.g. `xiaoyi`, `hydrogen`. */
export const slugSchema = z
  .string({ error: 'expected a slug such as "xiaoyi" or "hydrogen"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a slug: lower-case ASCII letters, digits and single hyphens, e.g. "xiaoyi"',
  });

/** An id of an entry in another collection; existence is checked by `src/lib/content/integrity.ts`. */
export const refSchema = (collection: string) => slugSchema.describe(`id of an entry in the \`${collection}\` collection`);

const text = (language: string) =>
  z
    .string({ error: `expected ${language} text (a non-empty string)` })
    .trim()
    .min(1, { error: `expected ${language} text, found an empty string` });

/** Text in both languages. A missing `en` is a missing translation and fails the check. */
export const localizedSchema = z
  .object(
    {
      zh: text('Simplified Chinese').describe('Simplified Chinese text'),
      en: text('English').describe('English text'),
    },
    { error: 'expected text in both languages: { zh: "…", en: "…" }' },
  )
  .strict();
export type Localized = z.infer<typeof localizedSchema>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A full calendar date (YYYY-MM-DD); YAML dates and quoted strings are both accepted. */
export const dateSchema = z.preprocess(
  (value) => (typeof value === 'string' && isoDay.test(value) ? new Date(`${value}T00:00:00Z`) : value),
  z.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2023-06-21' }),
);

/**
 * A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.
 * Normalised to a string so that "2022" never turns into 1 January 2022.
 */
export const partialDateSchema = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z
    .string({ error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD' })
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
      error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-08-19',
    }),
);

/** Longitude/latitude inside Lüliang's bounding box (about 110.3–112.4 E, 36.6–38.8 N). */
export const LVLIANG_BOUNDS = { west: 110.3, east: 112.4, south: 36.6, north: 38.8 } as const;

export const lngSchema = z
  .number({ error: 'expected a longitude in decimal degrees, e.g. 111.13' })
  .min(LVLIANG_BOUNDS.west, { error: `longitude is outside Lüliang: expected ${LVLIANG_BOUNDS.west}–${LVLIANG_BOUNDS.east} E` })
  .max(LVLIANG_BOUNDS.east, { error: `longitude is outside Lüliang: expected ${LVLIANG_BOUNDS.west}–${LVLIANG_BOUNDS.east} E` });

export const latSchema = z
  .number({ error: 'expected a latitude in decimal degrees, e.g. 37.52' })
  .min(LVLIANG_BOUNDS.south, { error: `latitude is outside Lüliang: expected ${LVLIANG_BOUNDS.south}–${LVLIANG_BOUNDS.north} N` })
  .max(LVLIANG_BOUNDS.north, {
    error: `latitude is outside Lüliang: expected ${LVLIANG_BOUNDS.south}–${LVLIANG_BOUNDS.north} N`,
  });

export const pointSchema = z
  .object({
    lng: lngSchema.describe('longitude, decimal degrees east'),
    lat: latSchema.describe('latitude, decimal degrees north'),
  })
  .strict();

/** Ids of entries in the `sources` collection: every fact names where it comes from. */
export const sourcesSchema = z
  .array(refSchema('sources'), { error: 'expected a list of source ids, e.g. [lvliang-daily-2023-investment]' })
  .min(1, { error: 'expected at least one source id: every entry names where its facts come from' })
  .describe('ids of entries in content/sources/ that back this entry');

/** One published figure, typed once in the unit of its source and rendered per language. */
export const figureSchema = z
  .object({
    label: localizedSchema.describe('what is measured'),
    value: z
      .number({ error: 'expected a number (no units or commas), e.g. 1382.6' })
      .describe('the number as the source gives it'),
    unit: z.enum(UNITS, { error: `expected one of the units: ${UNITS.join(', ')}` }).describe('unit of `value`'),
    year: z.union([z.number().int().min(1949).max(2100), partialDateSchema]).describe('year (or date) the figure refers to'),
    approx: z.boolean().default(false).describe('the source gives the figure as approximate (约 / ~)'),
    source: refSchema('sources').describe('id of the source of this figure'),
    note: localizedSchema.optional().describe('qualifier shown after the figure'),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

export const reliabilitySchema = z.enum(RELIABILITIES, {
  error: `expected a reliability tag: ${RELIABILITIES.join(', ')}`,
});

/** Fields every published entry shares. */
export const publishedFields = {
  sources: sourcesSchema,
  asOf: dateSchema.describe('date up to which the entry was checked against its sources (YYYY-MM-DD)'),
};
