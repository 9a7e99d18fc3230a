/**
 * `npm run dev [-- --port 4321]`: the internal edition (editors see everything they write,
 * marked), with the internal banner, rebuilt on every save. Missing translations are warnings
 * here, errors in builds.
 */
import { flag } from '../src/build/args.ts';

process.env['BINDER_EDITION'] = 'internal';
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const { dev } = await import('astro');
const port = flag('port');
await dev({ root: process.cwd(), ...(port ? { server: { port: Number(port) } } : {}) });
