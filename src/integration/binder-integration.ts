/**
 * Wires Binder's stages into Astro: before Astro reads any content, the redact pass writes this
 * edition's copy of content/ (unless `scripts/build.ts` already did); in `astro dev` the copy is
 * rewritten whenever an editor saves a file; the sitemap exists in the public edition only.
 */
import fs from 'node:fs';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { prepareEdition } from '../redaction/prepare.ts';
import { sourcesDir, type Edition } from '../redaction/edition.ts';
import { DiagnosticsError, formatDiagnostic } from '../lib/diagnostics.ts';

export function binderIntegration({ edition }: { edition: Edition }): AstroIntegration {
  return {
    name: 'binder',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        const root = process.cwd();
        if (process.env['BINDER_PREPARED'] !== edition) {
          const mode = command === 'dev' ? 'dev' : 'build';
          if (!prepare(root, edition, mode, logger) && mode === 'build') {
            throw new Error('The binder has problems; fix them and build again (listed above).');
          }
        }
        if (edition === 'public') injectRoute({ pattern: '/sitemap.xml', entrypoint: './src/routes/sitemap.xml.ts', prerender: true });
      },
      'astro:server:setup': ({ logger }) => {
        const root = process.cwd();
        let timer: NodeJS.Timeout | undefined;
        fs.watch(sourcesDir(root), { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => prepare(root, edition, 'dev', logger), 50);
        });
      },
    },
  };
}

/** Runs the redact pass and prints problems like a linter. Returns false on errors. */
function prepare(root: string, edition: Edition, mode: 'dev' | 'build', logger: AstroIntegrationLogger): boolean {
  try {
    const { warnings } = prepareEdition(root, edition, { mode });
    for (const warning of warnings) logger.warn(formatDiagnostic(warning));
    return true;
  } catch (error) {
    if (!(error instanceof DiagnosticsError)) throw error;
    for (const d of error.diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
    return false;
  }
}
