/** Rules about the files of content/: where they are, what they are called, whether they can be read. */
import { entryCollections } from '../../schemas/collections.ts';
import { rule } from '../rule.ts';

export const sourceRules = {
  'content-missing': rule<{ folder: string }>({
    title: 'No content folder',
    why: 'Binder builds the binder in content/ (or the folder named by BINDER_CONTENT), and there is none.',
    fix: 'Run Binder from the project folder, or set BINDER_CONTENT to the folder that holds binder.yaml.',
    message: ({ folder }) => `there is no ${folder}/ folder`,
    examples: [{ folder: 'content' }],
  }),
  'binder-missing': rule({
    title: 'No binder.yaml',
    why: 'content/binder.yaml names the binder, the department, the minister and the as-of date that every page shows.',
    fix: 'Create content/binder.yaml (see the demo binder for an example).',
    message: () => 'content/binder.yaml is missing',
    hint: () => 'it names the binder, the minister and the as-of date',
    examples: [{}],
  }),
  'unknown-file': rule<{ extension: string }>({
    title: 'A file Binder does not read',
    why: 'content/ holds .yaml data, .mdx bodies and images; anything else would be silently ignored, or published by mistake.',
    fix: 'Move the file out of content/, or convert it (a Word document becomes an .mdx body).',
    message: ({ extension }) => `Binder does not know what to do with a ${extension || 'extension-less'} file in content/`,
    hint: () => 'content/ holds .yaml and .mdx files and images; move other files elsewhere',
    examples: [{ extension: '.docx' }, { extension: '' }],
  }),
  'binary-file': rule({
    title: 'A binary file where text was expected',
    why: 'The file has a .yaml or .mdx name but holds binary data, so it cannot be read as text.',
    fix: 'Replace it with the text file it should be.',
    message: () => 'this file is binary, not text',
    examples: [{}],
  }),
  'not-utf8': rule({
    title: 'Not UTF-8 text',
    why: 'Binder reads sources as UTF-8; this file uses another encoding (often Windows-1252 from an older editor), so accented letters would be garbled.',
    fix: 'Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8).',
    message: () => 'this file is not UTF-8 text',
    hint: () => 'save it as UTF-8 in your editor (it may be Windows-1252 or Latin-1)',
    examples: [{}],
  }),
  'unknown-location': rule<
    | { problem: 'too-deep' }
    | { problem: 'marker-body' }
    | { problem: 'data-body'; folder: string }
    | { problem: 'data-language'; id: string }
  >({
    title: 'A file in the wrong place',
    why: 'Binder reads content/binder.yaml, content/glossary.yaml and files one level down in a collection folder; files deeper down, or with a language in a data file name, would be ignored.',
    fix: 'Move or rename the file as the hint says.',
    message: (p) =>
      p.problem === 'too-deep'
        ? 'Binder reads content/binder.yaml, content/glossary.yaml and files one level down in a collection folder'
        : p.problem === 'marker-body'
          ? 'redaction markers have no MDX body'
          : p.problem === 'data-body'
            ? `${p.folder} have no MDX body: each is one YAML file, cited from other bodies`
            : 'the data file has no language in its name: both languages live in it',
    hint: (p) =>
      p.problem === 'too-deep'
        ? `collections: redaction-markers, statistics, legislation, ${entryCollections.join(', ')}`
        : p.problem === 'data-language'
          ? `rename it to ${p.id}.yaml`
          : undefined,
    examples: [
      { problem: 'too-deep' },
      { problem: 'marker-body' },
      { problem: 'data-body', folder: 'statistics' },
      { problem: 'data-language', id: 'igc' },
    ],
  }),
  'unknown-collection': rule<{ folder: string; suggestion?: string | undefined }>({
    title: 'An unknown collection folder',
    why: 'The folder is not one of the collections (forums, stakeholders, funding-programs, notes, redaction-markers), so its files would be ignored.',
    fix: 'Move the files to the right collection folder.',
    message: ({ folder }) => `"${folder}" is not a collection`,
    hint: ({ suggestion }) => (suggestion ? `did you mean content/${suggestion}/?` : undefined),
    examples: [{ folder: 'forum', suggestion: 'forums' }, { folder: 'misc' }],
  }),
  'bad-id': rule<{ id: string; extension: string }>({
    title: 'A file name that cannot be an id',
    why: 'The file name is the entry id and its URL: lower case letters, digits and hyphens keep URLs stable and readable in both languages.',
    fix: 'Rename the file as the hint says, and update references to it.',
    message: ({ id }) => `"${id}" cannot be an id: use lower case letters, digits and hyphens`,
    hint: ({ id, extension }) =>
      `rename it, e.g. ${id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.${extension}`,
    examples: [{ id: 'Five_Country', extension: 'yaml' }],
  }),
  'md-not-mdx': rule<{ id: string; lang?: string | undefined }>({
    title: 'A .md body',
    why: 'Bodies are MDX, so they can use <Redact> and the briefing components.',
    fix: 'Rename the file to .mdx.',
    message: () => 'bodies are .mdx files',
    hint: ({ id, lang }) => `rename it to ${id}${lang ? `.${lang}` : ''}.mdx`,
    examples: [{ id: 'igc', lang: 'en' }, { id: 'igc' }],
  }),
  'body-language': rule({
    title: 'A body without a language',
    why: 'Each entry has one body per language, named <id>.en.mdx and <id>.fr.mdx.',
    fix: 'Rename the file to <id>.en.mdx or <id>.fr.mdx.',
    message: () => 'a body names its language: <id>.en.mdx or <id>.fr.mdx',
    examples: [{}],
  }),
  'body-without-data': rule<{ collection: string; id: string }>({
    title: 'A body without its data file',
    why: 'Every entry has a .yaml file with its title and facts; a body alone has no page to go on.',
    fix: 'Create the .yaml file, or delete the body.',
    message: ({ collection, id }) => `there is no content/${collection}/${id}.yaml for this body`,
    hint: () => 'every entry has a .yaml file with its facts',
    examples: [{ collection: 'forums', id: 'igc' }],
  }),
  'duplicate-id': rule<{ entry: string; first: string; second: string }>({
    title: 'Two files for one entry',
    why: 'Two data files (for example igc.yaml and igc.yml) define the same entry.',
    fix: 'Keep one of them.',
    message: ({ entry }) => `two files define ${entry}`,
    hint: ({ first, second }) => `keep one of ${first} and ${second}`,
    examples: [{ entry: 'forums/igc', first: 'content/forums/igc.yaml', second: 'content/forums/igc.yml' }],
  }),
};
