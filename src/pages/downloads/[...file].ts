/**
 * Serves the download files (planned in src/lib/exports/plan.ts) in `astro dev`.
 * A build writes them into dist/downloads/ itself, on worker threads while the
 * pages render (src/data/downloads.ts), so this route has no pages there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildOutputDir } from '../../data/buildOutput';
import { getDownload, getDownloadPlan } from '../../data/downloads';
import type { DownloadFormat } from '../../lib/exports';

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
  if (buildOutputDir() !== undefined) return [];
  return (await getDownloadPlan()).map((spec) => ({ params: { file: spec.path.slice(PREFIX.length) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = await getDownload(`${PREFIX}${params['file'] ?? ''}`);
  if (!file.bytes) throw new Error(`${file.spec.path} was written to the build's output, not kept in memory`);
  return new Response(file.bytes, { headers: { 'Content-Type': CONTENT_TYPES[file.spec.format] } });
};
