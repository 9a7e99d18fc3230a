import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the system Chromium, driven by playwright-core, against the built demo
// binder (dist/ and dist-internal/) served by a static server (src/tooling/static-server.ts), as a
// static host would. Runs files one after another: they share the servers.
export default defineConfig({
  // The project folder, not this one: test paths below are relative to it.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
