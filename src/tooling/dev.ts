/**
 * `npm run dev [-- --port 4321]`: the internal edition (editors see everything they write,
 * marked), with the internal banner, rebuilt on every save. Missing translations are warnings
 * here, errors in builds.
 */
import { parseCommand, wholeNumber } from '../build/args.ts';

export const devCommand = { name: 'npm run dev', takes: '--port N', options: { port: { type: 'string' } } } as const;

export async function devMain(argv: string[]): Promise<void> {
  const { values } = parseCommand(devCommand, argv);
  const port = values.port === undefined ? undefined : wholeNumber('port', values.port, 4321);
  // The dev server is the editors' own: always the internal edition, set before edition.ts is read.
  process.env['BINDER_EDITION'] = 'internal';
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  const { dev } = await import('astro');
  // Vite's own info lines are not for editors: each of Astro's two server environments says
  // "[vite] connected." at start. Warnings and errors still show, and so do Astro's and Binder's.
  await dev({ root: process.cwd(), vite: { logLevel: 'warn' }, ...(port ? { server: { port } } : {}) });
}
