import { z } from 'astro/zod';
import { figureSchema, localizedSchema, partialDateSchema, pointSchema, publishedFields, refSchema, slugSchema } from './common';
import { ZONE_LEVELS } from './vocabulary';

/** A development zone (开发区), content/zones/*.mdx. */
export const zoneSchema = z
  .object({
    id: slugSchema.describe('e.g. xiaoyi-edz → /zones/xiaoyi-edz/'),
    name: localizedSchema,
    level: z
      .enum(ZONE_LEVELS, { error: `expected a level: ${ZONE_LEVELS.join(', ')} ("unpublished" when no source gives it)` })
      .describe('approval level; "unpublished" when the sources do not give it'),
    county: refSchema('counties')
      .optional()
      .describe('county the zone lies in; leave out when the sources do not say (the page then says so)'),
    leadIndustries: z.array(refSchema('chains')).default([]).describe('chains the zone hosts'),
    industryNotes: z.array(localizedSchema).default([]).describe('lead industries as the sources word them'),
    established: partialDateSchema.optional(),
    location: pointSchema.optional().describe('position of the zone, if a source gives it'),
    locationSource: refSchema('sources').optional(),
    figures: z.array(figureSchema).default([]),
    summary: localizedSchema,
    ...publishedFields,
  })
  .strict()
  .refine((zone) => !zone.location || zone.locationSource, {
    error: 'location needs locationSource: name the source of the coordinates',
    path: ['locationSource'],
  });
export type Zone = z.infer<typeof zoneSchema>;
