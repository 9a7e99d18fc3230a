/**
 * The leak audit in a process of its own, started by a build when Pagefind starts: it plans its
 * search (reading every source) and reads the pages while Pagefind indexes them, then reads
 * Pagefind's files. Its own process, because after Astro the build's heap is large: the audit's
 * memory then adds to nothing (peak memory stays that of the larger of the two), and neither
 * process waits on the other's garbage collector. Same code as `npm run audit`.
 *
 *   const audit = startAudit(sources);             // planning starts now
 *   const pages = audit.scan(dir, 'pages');        // everything but pagefind/
 *   const index = audit.scan(dir, 'pagefind');     // pagefind/ only
 *   audit.close();
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
  const child = fork(fileURLToPath(import.meta.url), [sources], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const pending = new Map<number, { resolve: (r: ScanResult) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  child.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('error' in reply) p.reject(new Error(reply.error));
    else p.resolve(reply.result);
  });
  child.on('error', failAll);
  child.on('exit', (code) => failAll(new Error(`the audit stopped unexpectedly (exit code ${code})`)));
  return {
    scan(dir: string, part: AuditPart): Promise<ScanResult> {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<ScanResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, dir, part } satisfies Request);
      });
    },
    close: () => {
      child.removeAllListeners('exit');
      child.kill();
    },
  };
}

// In the audit's own process.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const send = process.send.bind(process);
  const requests: Request[] = [];
  let serve: ((request: Request) => void) | undefined;
  // Requests may arrive while the audit is still planning: they wait their turn.
  process.on('message', (request: Request) => (serve ? serve(request) : requests.push(request)));
  process.on('disconnect', () => process.exit(0));
  const { createAudit } = await import('./audit.ts');
  let auditor: ReturnType<typeof createAudit> | undefined;
  let planError: string | undefined;
  try {
    auditor = createAudit(process.argv[2]!);
  } catch (error) {
    planError = (error as Error).message;
  }
  serve = ({ id, dir, part }) => {
    try {
      if (!auditor) throw new Error(planError ?? 'the audit could not be planned');
      send({ id, result: auditor.scan(dir, inPart(part)) } satisfies Reply);
    } catch (error) {
      send({ id, error: (error as Error).message } satisfies Reply);
    }
  };
  for (const request of requests.splice(0)) serve(request);
}
