import { z } from 'astro/zod';
import { localizedSchema, partialDateSchema, publishedFields, refSchema, slugSchema } from './common';
import { UNITS } from './vocabulary';

/**
 * A measured quantity over time (content/indicators/*.yaml): GDP, projects
 * signed, investment signed… The home page, the results page and the charts
 * read these, so every figure is typed once.
 */
export const indicatorSchema = z
  .object({
    id: slugSchema,
    label: localizedSchema,
    unit: z.enum(UNITS, { error: `expected one of the units: ${UNITS.join(', ')}` }),
    topic: z.enum(['investment', 'economy', 'population'], { error: 'expected investment, economy or population' }),
    homeOrder: z.number().int().optional().describe('shown among the home-page key figures, in this order'),
    points: z
      .array(
        z
          .object({
            period: partialDateSchema.describe('year (or date) the value refers to'),
            value: z.number(),
            source: refSchema('sources'),
            note: localizedSchema.optional(),
          })
          .strict(),
      )
      .min(1, { error: 'expected at least one data point' }),
    ...publishedFields,
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;
