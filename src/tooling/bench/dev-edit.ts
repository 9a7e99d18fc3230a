/** How long `npm run dev` takes to show an edited MDX file, on the benchmark's synthetic binder. */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { median } from './measure.ts';
import type { BenchSetup } from './variants.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until it answers 200 with a text that includes `text`; throws after `timeoutMs`. */
async function waitForText(url: string, text: string, timeoutMs: number, pollMs: number, what: string): Promise<void> {
  const started = Date.now();
  const read = async () => {
    try {
      const response = await fetch(url);
      return response.ok ? await response.text() : '';
    } catch {
      return '';
    }
  };
  while (!(await read()).includes(text)) {
    if (Date.now() - started > timeoutMs) throw new Error(what);
    await pause(pollMs);
  }
}

export interface DevTimes {
  /** Edit to visible, median and slowest of five edits, in ms. */
  median: number;
  max: number;
  /** A new entry's three files written to its page answering, in ms, without a restart. */
  newEntry: number;
}

/**
 * Starts `npm run dev` on the synthetic binder, edits one body five times and times until the
 * page shows each edit, then adds a new note (its three files) and times until its page answers.
 */
export async function measureDevEdit({ root, work, env }: BenchSetup, log: (line: string) => void): Promise<DevTimes> {
  const port = 4390;
  const content = path.join(work, 'content');
  const child = spawn(process.execPath, [path.join(root, 'scripts/dev.ts'), '--port', String(port)], {
    cwd: root,
    env: { ...env, BINDER_CONTENT: content, BINDER_WORKDIR: path.join(work, 'dev') },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}/en/notes/note-00000/`;
  try {
    await waitForText(url, 'Briefing note no. 0', 600_000, 500, 'the dev server did not start');
    // Five edits, a few seconds apart (an editor saves, reads, saves again): the median is reported.
    const file = path.join(content, 'notes/note-00000.en.mdx');
    const times: number[] = [];
    for (let edit = 0; edit < 5; edit++) {
      await pause(3000);
      const marker = `Edited${Date.now()}`;
      const started = Date.now();
      fs.appendFileSync(file, `\n${marker}\n`);
      await waitForText(url, marker, 60_000, 25, 'the edit never showed');
      times.push(Date.now() - started);
    }
    await pause(3000);
    const started = Date.now();
    for (const ext of ['yaml', 'en.mdx', 'fr.mdx'])
      fs.copyFileSync(path.join(content, `notes/note-00000.${ext}`), path.join(content, `notes/note-new.${ext}`));
    await waitForText(`http://localhost:${port}/en/notes/note-new/`, 'Briefing note no. 0', 60_000, 25, 'the new entry never showed');
    const newEntry = Date.now() - started;
    log(`  dev server: edits showed in ${times.join(', ')} ms; a new entry in ${newEntry} ms`);
    return { median: median(times), max: Math.max(...times), newEntry };
  } finally {
    child.kill('SIGTERM');
  }
}
