/**
 * A minimal static file server for a built edition (used by `npm run pdf` and the browser tests), behaving like ordinary static hosting:
 * `/x/` serves `/x/index.html`, `/x` redirects to `/x/` when x is a directory, unknown paths get
 * `404.html` with status 404, and Pagefind's files get the content types it needs (.wasm as
 * application/wasm, .pf_* and .pagefind as application/octet-stream).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ (always with a trailing slash). */
  url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.pagefind': 'application/octet-stream',
};

export function contentTypeOf(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return contentTypes[ext] ?? 'application/octet-stream';
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** What the server answers: a status, the file to send (none: a short text body) and extra headers. */
interface Answer {
  status: number;
  file?: string | undefined;
  headers?: Record<string, string>;
}

/** The answer a static host gives to a request for `url`, with the site's files in `rootDir` at `base`. */
export function answer(method: string | undefined, url: string | undefined, rootDir: string, base: string): Answer {
  const page404 = path.join(rootDir, '404.html');
  const notFound: Answer = { status: 404, file: isFile(page404) ? page404 : undefined };
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: { allow: 'GET, HEAD' } };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (!pathname.startsWith(base)) return notFound;
  const sitePath = `/${pathname.slice(base.length)}`;
  const target = path.resolve(rootDir, `.${sitePath}`);
  if (target !== rootDir && !target.startsWith(rootDir + path.sep)) return notFound;
  if (sitePath.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return isFile(index) ? { status: 200, file: index } : notFound;
  }
  if (isFile(target)) return { status: 200, file: target };
  if (isDirectory(target) && isFile(path.join(target, 'index.html'))) {
    const search = new URL(url ?? '/', 'http://localhost').search;
    return { status: 301, headers: { location: `${pathname}/${search}` } };
  }
  return notFound;
}

/** Serves `dir` at `base` (the site's base path, `/` or `/binder/`), as a static host would. */
export async function startStaticServer(dir: string, base = '/'): Promise<StaticServer> {
  const rootDir = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const { status, file, headers } = answer(req.method, req.url, rootDir, base);
    const body = file ? fs.readFileSync(file) : Buffer.from(`${status}\n`);
    res.writeHead(status, {
      'content-type': file ? contentTypeOf(file) : 'text/plain; charset=utf-8',
      'content-length': String(body.length),
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
