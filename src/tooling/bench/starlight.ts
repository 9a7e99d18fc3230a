/**
 * The benchmark's other comparison: the same MDX bodies as a Starlight site with its defaults and
 * two locales (English by default, French), installed from the registry at a pinned version into
 * the benchmark's temporary folder, never into Binder (issue 15). Each body becomes a page with a
 * title, and imports the two trivial components the floor also uses for <Redact> and <Ref>.
 * Starlight runs Pagefind itself, so its build is one command.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Starlight's release the comparison uses (0.42.x supports Astro 7). */
export const starlightVersion = '0.42.4';

/** The version of a package Binder has installed, so that Starlight builds with the same Astro. */
function installedVersion(nodeModules: string, name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(nodeModules, name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A body as a Starlight page: a title in its frontmatter, the components imported. */
export function starlightPage(body: string, title: string, depth: number): string {
  const up = '../'.repeat(depth);
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    '---',
    '',
    `import Redact from '${up}components/Pass.astro';`,
    `import Ref from '${up}components/Link.astro';`,
    '',
    body,
  ].join('\n');
}

/** Writes the Starlight project over the bodies in `bodiesFrom`. */
export function writeStarlightProject(dir: string, bodiesFrom: string, nodeModules: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const docs = path.join(dir, 'src/content/docs');
  fs.mkdirSync(path.join(dir, 'src/components'), { recursive: true });
  for (const d of fs.readdirSync(bodiesFrom, { recursive: true, withFileTypes: true })) {
    const match = /^(.+)\.(en|fr)\.mdx$/.exec(d.name);
    if (!d.isFile() || !match) continue;
    const collection = path.relative(bodiesFrom, d.parentPath);
    const [, id, lang] = match;
    const target = path.join(docs, lang!, collection, `${id}.mdx`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // src/content/docs/<lang>/<collection>/<id>.mdx → src/components is four levels up.
    fs.writeFileSync(target, starlightPage(fs.readFileSync(path.join(d.parentPath, d.name), 'utf8'), `${collection}/${id}`, 4));
  }
  for (const lang of ['en', 'fr']) {
    fs.mkdirSync(path.join(docs, lang), { recursive: true });
    fs.writeFileSync(path.join(docs, lang, 'index.mdx'), starlightPage('Synthetic binder.', lang === 'en' ? 'Binder' : 'Cahier', 3));
  }
  fs.writeFileSync(path.join(dir, 'src/components/Pass.astro'), '<span><slot /></span>\n');
  fs.writeFileSync(path.join(dir, 'src/components/Link.astro'), '---\nconst { to } = Astro.props;\n---\n<a href={`/en/${to}/`}>{to}</a>\n');
  const dependencies = {
    '@astrojs/starlight': starlightVersion,
    astro: installedVersion(nodeModules, 'astro'),
    '@astrojs/markdown-remark': installedVersion(nodeModules, '@astrojs/markdown-remark'),
  };
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: 'Binder',
      defaultLocale: 'en',
      locales: { en: { label: 'English' }, fr: { label: 'Français', lang: 'fr' } },
    }),
  ],
});
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
}

/** Installs Starlight and its Astro into the project's own node_modules (npm, from the registry). */
export function installStarlight(dir: string, npm: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`npm could not install Starlight ${starlightVersion}: ${(result.stderr || result.stdout).slice(-2000)}`);
}
