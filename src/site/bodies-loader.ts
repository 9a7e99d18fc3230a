/**
 * The loader of the MDX bodies (content.config.ts): Astro's glob loader, keeping in Astro's data
 * store only what the site reads of a body there: its file and deferred render (a page renders the
 * body from its own module), the people it names with <Person id> (`data.people`, for
 * features/people/appearances.ts) and the acts it cites with <Cite act> (`data.acts`, for
 * features/legislation/cited-on.ts). Not its text. The entry's digest is of what is kept, so an
 * edit that changes a body's text and no more leaves the store as it was: the dev server then
 * neither serialises its whole store again nor reloads every page's data (most of an edit's time at
 * 1,000 entries), and Vite's reload of the body's module shows the edit. A build keeps a store
 * without the bodies' text.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { DataStore } from 'astro/loaders';
import { citedActs, personTags } from '../core/body-tags.ts';

type Entry = Parameters<DataStore['set']>[0];

/** What the store keeps of a body, and its digest (of exactly that). */
export function keptBody(entry: Entry, digest: LoaderContext['generateDigest']): Entry {
  const { body, ...rest } = entry;
  const text = body ?? '';
  const data = { ...entry.data, people: [...new Set(personTags(text))], acts: [...new Set(citedActs(text))] };
  return { ...rest, data, digest: digest(JSON.stringify([data, entry.filePath ?? null, entry.deferredRender ?? false])) };
}

export function bodiesLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'binder-bodies',
    load: (context) => {
      const store = context.store;
      const set: DataStore['set'] = (entry) => store.set(keptBody(entry, (data) => context.generateDigest(data)));
      return inner.load({ ...context, store: { ...store, set } });
    },
  };
}
