/**
 * Wires Binder's stages into Astro: before Astro reads any content, the redact pass writes this
 * edition's copy of content/ (unless `scripts/build.ts` already did); in `astro dev` the copy is
 * rewritten whenever an editor saves a file, and problems show in the browser's error overlay as
 * well as in the terminal; the sitemap exists in the public edition only.
 */
import fs from 'node:fs';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { prepareEdition } from '../redaction/prepare.ts';
import { sourcesDir, type Edition } from '../redaction/edition.ts';
import { DiagnosticsError, formatDiagnostic, type Diagnostic } from '../lib/diagnostics.ts';
import { errorCatalogue } from '../lib/error-catalogue.ts';

export function binderIntegration({ edition }: { edition: Edition }): AstroIntegration {
  let problems: Diagnostic[] = [];
  return {
    name: 'binder',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        const root = process.cwd();
        if (process.env['BINDER_PREPARED'] !== edition) {
          const mode = command === 'dev' ? 'dev' : 'build';
          problems = prepare(root, edition, mode, logger);
          if (problems.some((d) => d.severity === 'error') && mode === 'build') {
            throw new Error('The binder has problems; fix them and build again (listed above).');
          }
        }
        if (edition === 'public') injectRoute({ pattern: '/sitemap.xml', entrypoint: './src/routes/sitemap.xml.ts', prerender: true });
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        let timer: NodeJS.Timeout | undefined;
        const show = () => showInOverlay(server, problems);
        server.ws.on('connection', show);
        fs.watch(sourcesDir(root), { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            problems = prepare(root, edition, 'dev', logger);
            show();
          }, 50);
        });
      },
    },
  };
}

/** Runs the redact pass and prints problems like a linter. Returns the problems found. */
function prepare(root: string, edition: Edition, mode: 'dev' | 'build', logger: AstroIntegrationLogger): Diagnostic[] {
  try {
    const { warnings } = prepareEdition(root, edition, { mode });
    for (const warning of warnings) logger.warn(formatDiagnostic(warning));
    return warnings;
  } catch (error) {
    if (!(error instanceof DiagnosticsError)) throw error;
    for (const d of error.diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
    return error.diagnostics;
  }
}

/** The first error, in the dev server's overlay, with the catalogue's explanation. */
function showInOverlay(server: ViteDevServer, problems: Diagnostic[]): void {
  const errors = problems.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return;
  const entry = errorCatalogue[first.rule];
  const others = errors.length > 1 ? `\n\n${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}:\n${errors.slice(1).map(formatDiagnostic).join('\n')}` : '';
  server.ws.send({
    type: 'error',
    err: {
      message: `${entry.title}: ${first.message}${first.hint ? `\n${first.hint}` : ''}\n\n${entry.why}\n${entry.fix}${others}`,
      stack: '',
      id: first.file,
      plugin: `binder: ${first.rule}`,
      ...(first.line ? { loc: { file: first.file, line: first.line, column: first.column ?? 1 } } : {}),
    },
  });
}
