/**
 * The leak audit in a worker thread, so that a build plans it (reading every source, indexing the
 * public text) while Astro renders, and scans the pages while Pagefind indexes them, on another
 * core. Same code as `npm run audit`; only where it runs differs.
 *
 *   const audit = startAudit(sources);           // planning starts now
 *   const pages = audit.scan(dir, 'pages');      // everything but pagefind/
 *   const index = audit.scan(dir, 'pagefind');   // pagefind/ only
 *   audit.close();
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ScanResult } from './scan.ts';

export type AuditPart = 'pages' | 'pagefind';

interface Request {
  id: number;
  dir: string;
  part: AuditPart;
}
type Reply = { id: number; result: ScanResult } | { id: number; error: string };

const inPart = (part: AuditPart) => (file: string) => file.startsWith('pagefind/') === (part === 'pagefind');

export function startAudit(sources: string) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { sources } });
  const pending = new Map<number, { resolve: (r: ScanResult) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('error' in reply) p.reject(new Error(reply.error));
    else p.resolve(reply.result);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (pending.size) failAll(new Error(`The audit stopped unexpectedly (exit code ${code}).`));
  });
  return {
    scan(dir: string, part: AuditPart): Promise<ScanResult> {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<ScanResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, dir, part } satisfies Request);
      });
    },
    close: () => void worker.terminate(),
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { createAudit } = await import('./audit.ts');
  let auditor: ReturnType<typeof createAudit> | undefined;
  let planError: string | undefined;
  try {
    auditor = createAudit((workerData as { sources: string }).sources);
  } catch (error) {
    planError = (error as Error).message;
  }
  port.on('message', ({ id, dir, part }: Request) => {
    try {
      if (!auditor) throw new Error(planError ?? 'The audit could not be planned.');
      port.postMessage({ id, result: auditor.scan(dir, inPart(part)) } satisfies Reply);
    } catch (error) {
      port.postMessage({ id, error: (error as Error).message } satisfies Reply);
    }
  });
}
