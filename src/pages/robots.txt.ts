import type { APIRoute } from 'astro';
import { readEdition } from '../redaction/edition.ts';
import { withBase } from '../site/urls.ts';

/** The public edition welcomes crawlers and names its sitemap; the internal one turns all away. */
export const GET: APIRoute = ({ site }) => {
  const internal = readEdition() === 'internal';
  const lines = internal
    ? ['User-agent: *', 'Disallow: /']
    : ['User-agent: *', 'Allow: /', ...(site ? [`Sitemap: ${new URL(withBase('/sitemap.xml'), site).href}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
