import { z } from 'astro/zod';
import { figureSchema, localizedSchema, publishedFields, refSchema, slugSchema } from './common';
import { CHAIN_CATEGORIES, CHAIN_LISTS, INVESTMENT_AIMS, LINK_STATUSES } from './vocabulary';

/** One thing investors are invited to build: 补链 fill · 延链 extend · 强链 strengthen, in the words of a source. */
export const investmentSoughtSchema = z
  .object({
    aim: z
      .enum(INVESTMENT_AIMS, { error: `expected an aim: ${INVESTMENT_AIMS.join(', ')} (补链 / 延链 / 强链)` })
      .describe('fill 补链 · extend 延链 · strengthen 强链'),
    text: localizedSchema.describe('what the city seeks, as a source words it (say which source or occasion)'),
  })
  .strict();
export type InvestmentSought = z.infer<typeof investmentSoughtSchema>;

/** One link of a chain (e.g. "bauxite → alumina") and how strong Lüliang is at it. */
export const chainLinkSchema = z
  .object({
    name: localizedSchema.describe('the activity at this link'),
    status: z
      .enum(LINK_STATUSES, { error: `expected a link status: ${LINK_STATUSES.join(', ')} (or leave status out)` })
      .optional()
      .describe(
        'strong 强 · present 有 · weak 弱 · gap 缺 (missing: what investment is sought for); leave out when no source says how developed this link is in Lüliang: the page then says "status not published"',
      ),
    source: refSchema('sources')
      .optional()
      .describe(
        'id of the source that shows how developed this link is (cited next to its status); without it the status rests on the chain’s `sources`',
      ),
    actors: z.array(localizedSchema).default([]).describe('enterprises or parks at this link, as the sources name them'),
    projects: z.array(refSchema('projects')).default([]).describe('projects at this link'),
    counties: z.array(refSchema('counties')).default([]).describe('counties where this link sits'),
    investmentSought: z
      .array(investmentSoughtSchema)
      .default([])
      .describe(
        'what investment the city seeks at this very link, when a source says so; weak and gap links without it show the chain’s `investmentSought`',
      ),
    note: localizedSchema.optional(),
  })
  .strict()
  .superRefine((link, ctx) => {
    if (link.source !== undefined && link.status === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `a link's source backs its status: add status (${LINK_STATUSES.join(', ')}) as the source describes it, or remove source`,
      });
    }
  });
export type ChainLink = z.infer<typeof chainLinkSchema>;

/** An industrial chain (产业链), content/chains/*.mdx. */
export const chainSchema = z
  .object({
    id: slugSchema.describe('URL slug, e.g. hydrogen → /chains/hydrogen/'),
    name: localizedSchema.describe('chain name, e.g. { zh: 氢能, en: Hydrogen }'),
    category: z.enum(CHAIN_CATEGORIES, { error: `expected a category: ${CHAIN_CATEGORIES.join(', ')}` }),
    namedIn: z
      .array(z.enum(CHAIN_LISTS, { error: `expected a list id: ${CHAIN_LISTS.join(', ')}` }))
      .min(1, { error: 'expected at least one list that names this chain' })
      .describe('which published lists name this chain'),
    order: z.number().int().default(100).describe('position in chain lists (lower first)'),
    summary: localizedSchema.describe('one or two sentences for cards and meta descriptions'),
    figures: z.array(figureSchema).default([]).describe('key figures with year and source'),
    links: z
      .object({
        upstream: z.array(chainLinkSchema).default([]),
        midstream: z.array(chainLinkSchema).default([]),
        downstream: z.array(chainLinkSchema).default([]),
      })
      .strict()
      .describe('the chain from raw materials to end use'),
    counties: z.array(refSchema('counties')).default([]).describe('counties where the chain is concentrated'),
    zones: z.array(refSchema('zones')).default([]).describe('development zones that host the chain'),
    investmentSought: z
      .array(investmentSoughtSchema)
      .default([])
      .describe('补链 fill · 延链 extend · 强链 strengthen: what investors are invited to build'),
    ...publishedFields,
  })
  .strict();
export type Chain = z.infer<typeof chainSchema>;
