import { z } from 'astro/zod';
import { figureSchema, localizedSchema, pointSchema, publishedFields, refSchema, slugSchema } from './common';
import { COUNTY_TYPES } from './vocabulary';

/** One of Lüliang's 13 county-level divisions, content/counties/*.mdx. */
export const countySchema = z
  .object({
    id: slugSchema.describe('pinyin slug, e.g. xiaoyi → /counties/xiaoyi/'),
    adcode: z
      .string({ error: 'expected the six-digit administrative code as a quoted string, e.g. "141181"' })
      .regex(/^1411\d{2}$/, { error: 'expected a Lüliang adcode: six digits starting with 1411, e.g. "141181"' }),
    name: localizedSchema.describe('e.g. { zh: 孝义市, en: Xiaoyi City }'),
    type: z.enum(COUNTY_TYPES, { error: `expected ${COUNTY_TYPES.join(', ')}` }),
    area: z.number().positive().describe('area in km²'),
    population: z
      .object({
        value: z.number().int().positive(),
        year: z.number().int(),
        census: z.boolean().default(false).describe('from a national census'),
        source: refSchema('sources'),
      })
      .strict(),
    seat: localizedSchema.describe('seat of government (town or subdistrict)'),
    seatLocation: pointSchema.optional().describe('position of the county seat, if a source gives it'),
    seatLocationSource: refSchema('sources').optional(),
    industries: z.array(refSchema('chains')).default([]).describe('chains the county hosts'),
    industryNotes: z.array(localizedSchema).default([]).describe('industries not covered by a chain page'),
    specialties: z.array(localizedSchema).default([]).describe('specialty products'),
    scenicSpots: z.array(localizedSchema).default([]),
    transport: z.array(localizedSchema).default([]),
    figures: z.array(figureSchema).default([]),
    ...publishedFields,
  })
  .strict()
  .refine((county) => !county.seatLocation || county.seatLocationSource, {
    error: 'seatLocation needs seatLocationSource: name the source of the coordinates',
    path: ['seatLocationSource'],
  });
export type County = z.infer<typeof countySchema>;
