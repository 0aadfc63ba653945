import { z } from 'astro/zod';
import { localizedSchema, partialDateSchema, publishedFields, slugSchema } from './common';

/** A stand-alone page (investment environment, results, about), content/pages/*.mdx. */
export const pageSchema = z
  .object({
    id: slugSchema.describe('route slug, e.g. environment → /environment/'),
    title: localizedSchema,
    description: localizedSchema.describe('one sentence for search engines and link previews'),
    ...publishedFields,
  })
  .strict();
export type Page = z.infer<typeof pageSchema>;

/** One investment policy or service, content/policies/*.mdx, shown on /policies/. */
export const policySchema = z
  .object({
    id: slugSchema.describe('anchor on /policies/, e.g. one-thing-once'),
    title: localizedSchema,
    summary: localizedSchema,
    year: partialDateSchema.describe('year the policy was issued or took effect'),
    issuer: localizedSchema.optional(),
    order: z.number().int().default(100),
    ...publishedFields,
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;
