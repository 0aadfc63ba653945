import { z } from 'astro/zod';
import { localizedSchema, partialDateSchema, reliabilitySchema, slugSchema } from './common';

/** A public document that facts on the site are taken from (content/sources/*.yaml). */
export const sourceSchema = z
  .object({
    id: slugSchema.describe('stable id that entries cite, e.g. lvliang-daily-2023-investment'),
    title: z.string().trim().min(1).describe('title as published, in its original language'),
    publisher: localizedSchema.describe('who published it, e.g. { zh: 吕梁日报, en: Lüliang Daily }'),
    date: partialDateSchema.optional().describe('publication date as precise as the page shows it'),
    url: z.url({ error: 'expected the full address of the source, starting with http:// or https://' }),
    reliability: reliabilitySchema.describe('OFF official · NEWS media · WIKI · SEC secondary · LOW unverified'),
    note: localizedSchema.optional().describe('caveat shown next to the citation'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
