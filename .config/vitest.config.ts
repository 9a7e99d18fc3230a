import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm test`: unit tests (fast, in memory) and build tests (real Astro + Pagefind builds of small
// fixture binders into temporary directories). Browser tests live in .config/vitest.e2e.config.ts.
export default defineConfig({
  // The project folder, not this one: test paths below are relative to it.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts', 'tests/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build tests run Astro builds; two at once is all a 2-core machine can take.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
