/**
 * `npm run validate [-- dist dist-internal]`: quality gates over built editions.
 * 1. Every internal link and anchor resolves (src/tooling/link-check.ts).
 * 2. Every HTML page passes the Nu Html Checker (vnu-jar, with the system's Java) with no error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { checkLinks } from './link-check.ts';
import { readSiteSettings } from '../site/site-settings.ts';
import { editionPaths } from '../redaction/edition.ts';
import { displayPath } from '../diagnostics/diagnostic.ts';
import { parseCommand } from '../build/args.ts';
import { green, red } from '../build/report.ts';

export const validateCommand = {
  name: 'npm run validate',
  takes: 'the built editions to check (dist dist-internal)',
  options: {},
  positionals: Infinity,
};

export function validateMain(argv: string[]): number {
  const { positionals } = parseCommand(validateCommand, argv);
  const root = process.cwd();
  const asked = positionals.length
    ? positionals.map((d) => path.resolve(root, d))
    : [editionPaths('public').out, editionPaths('internal').out];
  const dirs = asked.filter((d) => fs.existsSync(d));
  for (const d of asked.filter((d) => !dirs.includes(d)))
    process.stderr.write(`${red('missing')} ${displayPath(d)}: build it first (npm run build, npm run build:internal)\n`);
  if (dirs.length === 0) return 1;
  const linksOk = checkAllLinks(dirs, root);
  const htmlOk = checkHtml(dirs, root);
  return linksOk && htmlOk && dirs.length === asked.length ? 0 : 1;
}

/** Every internal link and anchor of each edition resolves; false when one does not. */
function checkAllLinks(dirs: string[], root: string): boolean {
  const { base, site } = readSiteSettings(root);
  let ok = true;
  for (const dir of dirs) {
    const result = checkLinks(dir, base, site);
    for (const b of result.broken) process.stderr.write(`${red(b.reason)}  ${displayPath(dir)}/${b.from}  ${b.href}\n`);
    if (result.broken.length) ok = false;
    else process.stdout.write(`${green('✓')} links: ${result.links} links on ${result.pages} pages of ${displayPath(dir)}/ resolve\n`);
  }
  return ok;
}

/** Every HTML page passes the Nu Html Checker; false when one does not, or Java is missing. */
function checkHtml(dirs: string[], root: string): boolean {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) {
    process.stderr.write(`${red('no Java')}: the Nu Html Checker needs Java (apt-get install -y default-jre-headless)\n`);
    return false;
  }
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const html = spawnSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = `${html.stdout}${html.stderr}`.trim();
  if (html.status !== 0 || report) {
    process.stderr.write(`${report.split(root + '/').join('')}\n${red('vnu')}: the pages above are not valid HTML\n`);
    return false;
  }
  process.stdout.write(
    `${green('✓')} html: every page of ${dirs.map((d) => `${displayPath(d)}/`).join(' and ')} is valid (Nu Html Checker)\n`,
  );
  return true;
}
