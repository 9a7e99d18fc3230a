/**
 * The first step of loading: each file of content/ by its role, from its place and name
 * (the binder, the glossary, a redaction marker, an entry's data file or one of its bodies).
 * Files that could not be read as text (not UTF-8, binary) keep their role, so that they are
 * reported once, as unreadable, and not also as missing.
 */
import { closest, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import type { ParamsOf, RuleId } from '../diagnostics/catalogue.ts';
import { entryCollections, type EntryCollection } from '../schemas/collections.ts';
import type { Lang } from '../schemas/localized.ts';
import type { SourceFile } from './sources.ts';
import { dataCollections, type DataCollection } from '../schemas/data-collections.ts';

export interface EntryFiles {
  collection: EntryCollection;
  id: string;
  yaml?: SourceFile;
  bodies: Partial<Record<Lang, SourceFile>>;
  /** The data file, or bodies, exist but could not be read. */
  unreadable: Set<Lang | 'yaml'>;
  /** An unreadable data file read as Latin-1, to tell whether it withholds its entry. */
  unreadableYaml?: string;
}

export interface Roles {
  binderFile?: SourceFile;
  glossaryFile?: SourceFile;
  /** binder.yaml exists but could not be read. */
  binderUnreadable: boolean;
  markerFiles: SourceFile[];
  /** The data collections that have no pages of their own: statistics and legislation (data-collections.ts). */
  dataFiles: Record<DataCollection, SourceFile[]>;
  entryFiles: Map<string, EntryFiles>;
}

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Candidate = { file: string; rel: string; text?: string; latin1?: string };

/** A problem with a file as a whole (its place or name), not at a line of it. */
type FileError = <R extends RuleId>(file: string, rule: R, params: ParamsOf<R>) => void;

export function sortByRole(
  files: readonly SourceFile[],
  unreadable: readonly { file: string; rel: string }[],
  diagnostics: Diagnostic[],
): Roles {
  const error: FileError = (file, rule, params) => diagnostics.push(diagnostic(file, undefined, rule, params));
  const roles: Roles = { binderUnreadable: false, markerFiles: [], dataFiles: { statistics: [], legislation: [] }, entryFiles: new Map() };
  const candidates: Candidate[] = [...files, ...unreadable];
  for (const file of candidates) {
    const readable = file.text === undefined ? undefined : (file as SourceFile);
    if (file.rel === 'binder.yaml') {
      if (readable) roles.binderFile = readable;
      else roles.binderUnreadable = true;
      continue;
    }
    if (file.rel === 'glossary.yaml') {
      if (readable) roles.glossaryFile = readable;
      continue;
    }
    const parts = file.rel.split('/');
    const [folder, name] = parts;
    if (parts.length !== 2 || !folder || !name) {
      error(file.file, 'unknown-location', { problem: 'too-deep' });
      continue;
    }
    const match = /^(.*?)(?:\.(en|fr))?\.(yaml|yml|mdx|md)$/.exec(name);
    const id = match?.[1] ?? name;
    const lang = match?.[2] as Lang | undefined;
    const extension = match?.[3];
    if (!idPattern.test(id)) {
      error(file.file, 'bad-id', { id, extension: extension ?? '' });
      continue;
    }
    if (extension === 'md') {
      error(file.file, 'md-not-mdx', { id, lang });
      continue;
    }
    if (folder === 'redaction-markers') {
      if (extension === 'mdx') error(file.file, 'unknown-location', { problem: 'marker-body' });
      else if (readable) roles.markerFiles.push(readable);
      continue;
    }
    if ((dataCollections as readonly string[]).includes(folder)) {
      if (extension === 'mdx') error(file.file, 'unknown-location', { problem: 'data-body', folder });
      else if (readable) roles.dataFiles[folder as DataCollection].push(readable);
      continue;
    }
    if (!(entryCollections as readonly string[]).includes(folder)) {
      const known = [...entryCollections, ...dataCollections, 'redaction-markers'];
      error(file.file, 'unknown-collection', { folder, suggestion: closest(folder, known) });
      continue;
    }
    placeEntryFile(roles, { collection: folder as EntryCollection, id, lang, extension }, file, readable, error);
  }
  return roles;
}

function placeEntryFile(
  roles: Roles,
  name: { collection: EntryCollection; id: string; lang: Lang | undefined; extension: string | undefined },
  file: Candidate,
  readable: SourceFile | undefined,
  error: FileError,
) {
  const { collection, id, lang, extension } = name;
  const key = `${collection}/${id}`;
  const slot = roles.entryFiles.get(key) ?? { collection, id, bodies: {}, unreadable: new Set() };
  roles.entryFiles.set(key, slot);
  if (extension === 'mdx') {
    if (!lang) error(file.file, 'body-language', {});
    else if (readable) slot.bodies[lang] = readable;
    else slot.unreadable.add(lang);
  } else if (lang) {
    error(file.file, 'unknown-location', { problem: 'data-language', id });
  } else if (slot.yaml) {
    error(file.file, 'duplicate-id', { entry: key, first: slot.yaml.file, second: file.file });
  } else if (readable) {
    slot.yaml = readable;
  } else {
    slot.unreadable.add('yaml');
    if (file.latin1 !== undefined) slot.unreadableYaml = file.latin1;
  }
}
