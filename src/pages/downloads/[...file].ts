/** Writes every download file (planned in src/lib/exports/plan.ts) into dist/downloads/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDownloads } from '../../data/downloads';
import { getSite } from '../../data/site';
import { planDownloads, type DownloadFormat } from '../../lib/exports';

const PREFIX = '/downloads/';

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  'json-schema': 'application/schema+json',
  geojson: 'application/geo+json',
  pdf: 'application/pdf',
};

export const getStaticPaths = (async () => {
  const { model } = await getSite();
  return planDownloads(model).map((spec) => ({ params: { file: spec.path.slice(PREFIX.length) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { byPath } = await getDownloads();
  const file = byPath.get(`${PREFIX}${params['file'] ?? ''}`);
  if (!file) throw new Error(`No generated download for ${PREFIX}${params['file']}`);
  return new Response(file.bytes, { headers: { 'Content-Type': CONTENT_TYPES[file.spec.format] } });
};
