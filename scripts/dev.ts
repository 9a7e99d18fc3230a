/**
 * `npm run dev`: the internal edition (editors see everything they write, marked), with the
 * internal banner, rebuilt on every save. Missing translations are warnings here, errors in builds.
 */
export {};

process.env['BINDER_EDITION'] = 'internal';
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const { dev } = await import('astro');
await dev({ root: process.cwd() });
