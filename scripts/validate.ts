/**
 * `npm run validate [-- dist dist-internal]`: quality gates over built editions.
 * 1. Every internal link and anchor resolves (src/tooling/link-check.ts).
 * 2. Every HTML page passes the Nu Html Checker (vnu-jar, with the system's Java) with no error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { checkLinks } from '../src/tooling/link-check.ts';
import { readSiteSettings } from '../src/site/site-settings.ts';
import { editionPaths } from '../src/redaction/edition.ts';
import { displayPath } from '../src/diagnostics/diagnostic.ts';
import { green, red } from '../src/build/report.ts';

const root = process.cwd();
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dirs = (given.length ? given.map((d) => path.resolve(root, d)) : [editionPaths('public').out, editionPaths('internal').out]).filter((d) => {
  if (fs.existsSync(d)) return true;
  process.stderr.write(`${red('missing')} ${displayPath(d)}: build it first (npm run build, npm run build:internal)\n`);
  process.exitCode = 1;
  return false;
});
const { base, site } = readSiteSettings(root);

for (const dir of dirs) {
  const result = checkLinks(dir, base, site);
  for (const b of result.broken) process.stderr.write(`${red(b.reason)}  ${displayPath(dir)}/${b.from}  ${b.href}\n`);
  if (result.broken.length) process.exitCode = 1;
  else process.stdout.write(`${green('✓')} links: ${result.links} links on ${result.pages} pages of ${displayPath(dir)}/ resolve\n`);
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error) {
  process.stderr.write(`${red('no Java')}: the Nu Html Checker needs Java (apt-get install -y default-jre-headless)\n`);
  process.exit(1);
}
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const html = spawnSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', ...dirs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const report = `${html.stdout}${html.stderr}`.trim();
if (html.status !== 0 || report) {
  process.stderr.write(`${report.split(root + '/').join('')}\n${red('vnu')}: the pages above are not valid HTML\n`);
  process.exit(1);
}
process.stdout.write(`${green('✓')} html: every page of ${dirs.map((d) => `${displayPath(d)}/`).join(' and ')} is valid (Nu Html Checker)\n`);
