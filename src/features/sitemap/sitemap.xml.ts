/**
 * The public edition's sitemap (injected by the Binder integration in that edition only):
 * every page of both languages with its twin as an hreflang alternate. Withheld entries are
 * not in this edition's data, so they cannot be listed.
 */
import type { APIRoute } from 'astro';
import { loadStore } from '../../site/store.ts';
import { entryUrl, homeUrl, sectionUrl, pageUrl } from '../../site/urls.ts';
import { entryCollections } from '../../schemas/reference.ts';

export const GET: APIRoute = async ({ site }) => {
  const store = await loadStore();
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const pairs: { en: string; fr: string; modified?: string | undefined }[] = [
    { en: homeUrl('en'), fr: homeUrl('fr'), modified: store.asOf },
    ...entryCollections.map((c) => ({ en: sectionUrl('en', c), fr: sectionUrl('fr', c) })),
    { en: pageUrl('en', 'register'), fr: pageUrl('fr', 'register') },
    ...(store.notes.some((note) => note.data.kind === 'qp-note') ? [{ en: pageUrl('en', 'qpNotes'), fr: pageUrl('fr', 'qpNotes') }] : []),
    ...[...store.forums, ...store.stakeholders, ...store.programs, ...store.notes, ...store.people].map((e) => ({
      en: entryUrl('en', e.collection, e.id),
      fr: entryUrl('fr', e.collection, e.id),
      modified: e.data.modified,
    })),
  ];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = pairs.flatMap((pair) =>
    (['en', 'fr'] as const).map(
      (lang) =>
        `  <url>\n    <loc>${escape(absolute(pair[lang]))}</loc>\n${pair.modified ? `    <lastmod>${pair.modified}</lastmod>\n` : ''}` +
        `    <xhtml:link rel="alternate" hreflang="en" href="${escape(absolute(pair.en))}"/>\n` +
        `    <xhtml:link rel="alternate" hreflang="fr" href="${escape(absolute(pair.fr))}"/>\n  </url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
