/**
 * Worker thread of the social cards (src/data/socialCards.ts): draws its
 * share of the cards into the cache and reports each one as it is written,
 * then the CPU time the thread used.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCardRenderer, loadCardInputs, renderToCache, type CardJob } from './cardCache';

export type CardWorkerMessage = { type: 'card'; hash: string } | { type: 'done'; cpuMs: number };

const { jobs, dir } = workerData as { jobs: CardJob[]; dir: string };
const renderer = createCardRenderer(await loadCardInputs());
await renderToCache(renderer, jobs, (hash) => parentPort!.postMessage({ type: 'card', hash } satisfies CardWorkerMessage), dir);
const cpu = process.threadCpuUsage();
parentPort!.postMessage({ type: 'done', cpuMs: (cpu.user + cpu.system) / 1000 } satisfies CardWorkerMessage);
