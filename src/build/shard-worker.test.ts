/** What a shard loads before its job: the modules the config imports, found as the config finds them. */
import { describe, expect, it } from 'vitest';
import { configImports } from './shard-worker.ts';

describe('a shard warming up', () => {
  it('imports what the config imports, relative modules beside the config', () => {
    const config = [
      '// @ts-check',
      "import path from 'node:path';",
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      "import { binderIntegration } from './src/integration/binder-integration.ts';",
      "import './src/side-effect.ts';",
      "const edition = readEdition(); // import 'not-this'",
    ].join('\n');
    expect(configImports(config, 'file:///p/astro.config.mjs')).toEqual([
      'node:path',
      'astro/config',
      '@astrojs/mdx',
      'file:///p/src/integration/binder-integration.ts',
      'file:///p/src/side-effect.ts',
    ]);
  });
});
