import { z } from 'astro/zod';
import {
  dateSchema,
  figureSchema,
  latSchema,
  lngSchema,
  localizedSchema,
  partialDateSchema,
  publishedFields,
  refSchema,
  slugSchema,
} from './common';
import { COOPERATION_MODES, LOCATION_PRECISIONS, PROJECT_KINDS } from './vocabulary';

/**
 * Where a project is. Only an `exact` location carries its own coordinates;
 * a `zone` or `county` location is placed at the zone or county seat
 * (see src/lib/projectLocation.ts), so no coordinate is typed twice. A `city`
 * location means the sources say only that the project is in Lüliang.
 */
export const projectLocationSchema = z
  .object({
    precision: z
      .enum(LOCATION_PRECISIONS, { error: `expected a precision: ${LOCATION_PRECISIONS.join(', ')}` })
      .describe('exact site · zone only · county only · city only (no point is drawn)'),
    lng: lngSchema.optional(),
    lat: latSchema.optional(),
    source: refSchema('sources').optional().describe('source of exact coordinates'),
    note: localizedSchema.optional().describe('the site as the source words it, e.g. 杏花村镇'),
  })
  .strict()
  .superRefine((location, ctx) => {
    const hasPoint = location.lng !== undefined && location.lat !== undefined;
    if (location.precision === 'exact' && !hasPoint) {
      ctx.addIssue({ code: 'custom', path: ['lng'], message: 'an exact location needs lng and lat (decimal degrees)' });
    }
    if (location.precision === 'exact' && !location.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'an exact location needs the id of the source of its coordinates',
      });
    }
    if (location.precision !== 'exact' && (location.lng !== undefined || location.lat !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message:
          'coordinates were given: set precision to "exact" (or remove lng/lat to place the project at its zone or county)',
      });
    }
  });

/**
 * Above this, an amount in 亿元 is a unit slip (元 or 万元 typed as 亿元), not a project:
 * 10,000亿元 is CNY 1 trillion.
 */
export const MAX_PROJECT_INVESTMENT = 10_000;

/** An investment project (招商项目 / 签约项目), content/projects/*.mdx. */
export const projectSchema = z
  .object({
    id: slugSchema.describe('stable id used in URLs and open data; never reuse or rename'),
    title: localizedSchema,
    summary: localizedSchema.describe('one sentence for cards, lists and meta descriptions'),
    kind: z
      .enum(PROJECT_KINDS, { error: `expected a kind: ${PROJECT_KINDS.join(', ')} (招商中 / 已签约 / 在建 / 已投产)` })
      .describe('seeking 招商中 · signed 已签约 · building 在建 · operating 已投产'),
    chains: z
      .array(refSchema('chains'))
      .default([])
      .describe(
        'industrial chains the project belongs to, e.g. [hydrogen]; leave empty when no source ties it to a chain (the page then says so)',
      ),
    county: refSchema('counties').optional().describe('county the project is in; leave out only when no source says'),
    zone: refSchema('zones').optional().describe('development zone, if any'),
    location: projectLocationSchema,
    investment: z
      .number({ error: 'expected total investment in 亿元 as a number, e.g. 14.1 (leave out if unpublished)' })
      .positive({ error: 'expected a positive amount in 亿元, e.g. 14.1; leave the field out when the source publishes none' })
      .max(MAX_PROJECT_INVESTMENT, {
        error: `more than ${MAX_PROJECT_INVESTMENT.toLocaleString('en')}亿元 (CNY 1 trillion) for one project is implausible; expected the amount in 亿元 (100 million CNY): 14.1亿元 is 14.1, 5000万元 is 0.5`,
      })
      .optional()
      .describe('total investment in 亿元 (100 million CNY); leave out when unpublished'),
    investmentNote: localizedSchema.optional().describe('qualifier, e.g. "for six projects together"'),
    cooperation: z
      .array(z.enum(COOPERATION_MODES, { error: `expected a cooperation mode: ${COOPERATION_MODES.join(', ')}` }))
      .default([])
      .describe('独资 sole · 合资 joint-venture · 合作 cooperation · PPP · 战略合作 strategic-agreement'),
    content: localizedSchema.optional().describe('construction content (建设内容)'),
    scale: z.array(figureSchema).default([]).describe('construction scale / capacity figures'),
    landArea: z.number().positive().optional().describe('land area in 亩 (mu)'),
    partner: localizedSchema.optional().describe('investor or partner, for signed deals'),
    dates: z
      .object({
        signed: partialDateSchema.optional(),
        started: partialDateSchema.optional(),
        operating: partialDateSchema.optional(),
      })
      .strict()
      .default({}),
    contact: refSchema('contacts').optional().describe('id of a contact in src/config/contacts.ts'),
    ...publishedFields,
    updated: dateSchema.optional().describe('last change to this entry (defaults to asOf)'),
  })
  .strict()
  .superRefine((project, ctx) => {
    if (!project.county && project.location.precision !== 'city' && project.location.precision !== 'exact') {
      ctx.addIssue({
        code: 'custom',
        path: ['county'],
        message: `a ${project.location.precision}-precision location needs the county; if no source gives it, set location.precision to "city"`,
      });
    }
    if (project.location.precision === 'zone' && !project.zone) {
      ctx.addIssue({ code: 'custom', path: ['zone'], message: 'a zone-precision location needs the zone id' });
    }
  });
export type Project = z.infer<typeof projectSchema>;
