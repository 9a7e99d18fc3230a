/**
 * `npm run dev` shows new and deleted entries without a restart. A dev server runs over a copy of
 * the canary binder; after an edit to an existing note (the save that once left Astro's loaders
 * without their file watchers), a new note's three files are added and its page polled until it
 * answers 200, then deleted and polled until it answers 404, in both languages. The start of the
 * log is clean: no "[vite] connected.", no dependency re-optimisation, and every warning in it is
 * one of Binder's own diagnostics (the canary's placeholders), which an editor is meant to see.
 *
 * The dev server writes Astro's map of content modules in the checkout's .astro/, as builds do:
 * the test holds the builds' lock while it runs, so a build test in parallel waits for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLock } from '../../src/build/lock.ts';
import { projectRoot, tempWorkdir } from './helpers.ts';

const work = tempWorkdir('dev');
const content = path.join(work, 'content');
const lock = path.join(projectRoot, '.astro', 'binder-build.lock');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let server: ChildProcess | undefined;
let port = 0;
let log = '';
let releaseLock = () => {};
let held: Promise<void> = Promise.resolve();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function status(urlPath: string): Promise<number> {
  try {
    return (await fetch(`http://localhost:${port}${urlPath}`)).status;
  } catch {
    return 0; // not listening yet
  }
}

/** Polls until the page answers `expected`; returns the last status seen. */
async function waitFor(urlPath: string, expected: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let last = await status(urlPath);
  while (last !== expected && Date.now() - started < timeoutMs) {
    await pause(250);
    last = await status(urlPath);
  }
  return last;
}

/** A new note, `id`, made from the canary's public note (its three files). */
function addNote(id: string): void {
  for (const ext of ['yaml', 'en.mdx', 'fr.mdx']) {
    fs.copyFileSync(path.join(content, `notes/public-note.${ext}`), path.join(content, `notes/${id}.${ext}`));
  }
}
const removeNote = (id: string) => {
  for (const ext of ['yaml', 'en.mdx', 'fr.mdx']) fs.rmSync(path.join(content, `notes/${id}.${ext}`));
};

beforeAll(async () => {
  fs.cpSync(path.join(projectRoot, 'tests/fixtures/canary/content'), content, { recursive: true });
  // Held from here to afterAll: the lock's work is a promise that afterAll settles.
  await new Promise<void>((acquired) => {
    held = withLock(lock, () => {
      acquired();
      return new Promise<void>((done) => (releaseLock = done));
    });
  });
  port = await freePort();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^VITEST|^TEST$|^NODE_ENV$|^(BASE_URL|MODE|DEV|PROD|SSR)$/.test(key)),
  );
  server = spawn(process.execPath, [path.join(projectRoot, 'scripts/dev.ts'), '--port', String(port)], {
    cwd: projectRoot,
    env: { ...env, BINDER_CONTENT: content, BINDER_WORKDIR: path.join(work, 'out'), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitFor('/en/notes/public-note/', 200, 120_000);
});

afterAll(async () => {
  if (server?.pid) server.kill('SIGTERM');
  await pause(500);
  releaseLock();
  await held;
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run dev on the canary binder', () => {
  it('starts, and its log has no Vite chatter, only Binder’s own diagnostics', async () => {
    expect(await status('/en/notes/public-note/'), log).toBe(200);
    expect(log).not.toContain('[vite] connected.');
    expect(log).not.toMatch(/Re-optimizing|new dependencies optimized/);
    // Every warning or error in the log is Binder's: a catalogued diagnostic at a file, line and column.
    const alerts = log.split('\n').filter((line) => /\[(WARN|ERROR)\]|\[vite\]/.test(line));
    for (const line of alerts) expect(line).toMatch(/\[WARN\] \[binder\] \S+:\d+:\d+ {2}warning {2}[a-z0-9-]+ {2}\S/);
    // Those are meant to be seen: the canary's placeholders in the withheld note and in a redacted
    // passage (internal edition), each at its line, never quoting the text around them.
    for (const place of ['canary-withheld.en.mdx:5:1', 'canary-withheld.fr.mdx:5:1', 'public-note.en.mdx:37:1', 'public-note.fr.mdx:37:1'])
      expect(
        alerts.some((line) => line.includes(`/notes/${place}  warning  placeholder  `)),
        place,
      ).toBe(true);
    expect(log).not.toMatch(/canary[a-z]*placeholder/i);
  });

  it('shows each edit to a body (from its module: an edited body asks for no early store save)', async () => {
    for (const edit of ['FirstEditOfTheBody', 'SecondEditOfTheBody']) {
      fs.appendFileSync(path.join(content, 'notes/public-note.en.mdx'), `\n${edit}\n`);
      const started = Date.now();
      let page = '';
      while (!page.includes(edit) && Date.now() - started < 30_000) {
        await pause(100);
        page = await fetch(`http://localhost:${port}/en/notes/public-note/`).then(
          (r) => r.text(),
          () => '',
        );
      }
      expect(page.includes(edit), log).toBe(true);
    }
  });

  it('lists a page on a person’s page once its body names them (the store keeps the people, not the text)', async () => {
    const named = () =>
      fetch(`http://localhost:${port}/en/people/canary-contact/`).then(
        (r) => r.text(),
        () => '',
      );
    expect(await named()).not.toContain('href="/en/notes/public-note/"');
    fs.appendFileSync(path.join(content, 'notes/public-note.en.mdx'), '\nAs <Person id="canary-contact" /> said.\n');
    const started = Date.now();
    let page = '';
    while (!page.includes('href="/en/notes/public-note/"') && Date.now() - started < 30_000) {
      await pause(100);
      page = await named();
    }
    expect(page.includes('href="/en/notes/public-note/"'), log).toBe(true);
  });

  it('shows a note added after an edit, and forgets it once deleted, without a restart', async () => {
    fs.appendFileSync(path.join(content, 'notes/public-note.en.mdx'), '\nAn edit.\n');
    await pause(1500);
    addNote('added-note');
    expect(await waitFor('/en/notes/added-note/', 200, 30_000), log).toBe(200);
    expect(await waitFor('/fr/notes/added-note/', 200, 30_000), log).toBe(200);
    await pause(1000);
    removeNote('added-note');
    expect(await waitFor('/en/notes/added-note/', 404, 30_000), log).toBe(404);
    expect(await waitFor('/fr/notes/added-note/', 404, 30_000), log).toBe(404);
  });

  it('shows a second new note too (the watchers survive each save)', async () => {
    addNote('second-note');
    expect(await waitFor('/en/notes/second-note/', 200, 30_000), log).toBe(200);
    removeNote('second-note');
    expect(await waitFor('/en/notes/second-note/', 404, 30_000), log).toBe(404);
  });
});
