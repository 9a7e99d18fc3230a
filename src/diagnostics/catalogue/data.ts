/**
 * Rules about data files (YAML): syntax, fields against their schema, references and markers.
 * A value inside a redacted field or a withheld entry is never a parameter: the call site leaves
 * it out (`id`, `marker` undefined) and the message says what is wrong without it.
 */
import { didYouMean, list, rule } from '../rule.ts';

const markersListed = 'markers are listed in content/redaction-markers/';
const field = (path: string | undefined) => (path ? `${path}: ` : '');

export const dataRules = {
  'empty-file': rule({
    title: 'An empty file',
    why: 'An empty data file defines no entry, so every field the entry needs is missing.',
    fix: 'Fill in the fields (`npm run new` writes a template), or delete the file.',
    message: () => 'this file is empty',
    hint: () => 'fill in the fields (`npm run new` writes a template) or delete the file',
    examples: [{}],
  }),
  'yaml-syntax': rule<{ problem: string }>({
    title: 'YAML that cannot be read',
    why: 'The data file is not valid YAML: often an unclosed bracket or quote, a tab used for indenting, or a colon followed by a space inside unquoted text.',
    fix: 'Fix the line shown; put text that contains ": " in double quotes.',
    // The YAML parser's own words, without the place it repeats (the diagnostic has it).
    message: ({ problem }) => problem,
    examples: [{ problem: 'Nested mappings are not allowed in compact mappings' }],
  }),
  'duplicate-key': rule<{ problem: string }>({
    title: 'A field written twice',
    why: 'The same field appears twice in one mapping; YAML would silently keep only one of the two values.',
    fix: 'Keep one of the two lines.',
    message: ({ problem }) => problem,
    examples: [{ problem: 'Map keys must be unique' }],
  }),
  'yaml-not-mapping': rule({
    title: 'A data file that is not a list of fields',
    why: 'An entry is a mapping of fields (`name: …` lines); this file is a list or a single value.',
    fix: 'Write the entry as `field: value` lines.',
    message: () => 'this file must be a mapping of fields (`name: …` lines)',
    examples: [{}],
  }),
  'invalid-field': rule<{ path: string; problem: string; hint?: string | undefined }>({
    title: 'A field that does not match its type',
    why: 'A value is missing, of the wrong kind (text where a number is expected), not one of the allowed values, an impossible date, or a field the collection does not have.',
    fix: 'Correct the field shown; the editors’ guide lists every field of every collection.',
    // `problem` comes from zod-issues.ts, which words Zod's issues and never quotes a withheld value.
    message: ({ path, problem }) => `${field(path)}${problem}`,
    // A schema check may give the accepted forms (`params.hint`), never the refused value.
    hint: ({ hint }) => hint,
    examples: [
      { path: 'established', problem: 'must be a number, not the text "long ago"' },
      {
        path: 'meetings[0].time.end',
        problem: 'the time window ends before it starts',
        hint: 'write the start first: time: { start: "15:30", end: "17:30" }',
      },
      { path: '', problem: 'is not valid here' },
    ],
  }),
  'unknown-reference': rule<
    | { in: 'data'; path: string; noun: string; id?: string | undefined; suggestion?: string | undefined }
    | { in: 'body'; to?: string | undefined; suggestion?: string | undefined }
  >({
    title: 'A reference to an entry that does not exist',
    why: 'References are checked so that no link leads nowhere and relations show both ways.',
    fix: 'Use the id (file name) of an existing entry; the hint suggests the closest one.',
    message: (p) => {
      if (p.in === 'body')
        return p.to === undefined ? 'a <Ref> inside a redacted passage points to no entry' : `<Ref to="${p.to}"> points to no entry`;
      if (p.id === undefined) return `${field(p.path)}there is no ${p.noun} with the id written here`;
      return `${field(p.path)}there is no ${p.noun} "${p.id}"${p.suggestion ? ` (${didYouMean(p.suggestion)})` : ''}`;
    },
    // A data file's suggestion is in its message, a body's in the hint (as the two have always been printed).
    hint: (p) => (p.in === 'data' ? undefined : p.suggestion ? didYouMean(p.suggestion) : 'write collection/id, e.g. forums/igc'),
    examples: [
      { in: 'data', path: 'members[1]', noun: 'organisation', id: 'gama', suggestion: 'gamma' },
      { in: 'data', path: 'forums[0]', noun: 'forum' },
      { in: 'body', to: 'forums/alpah', suggestion: 'forums/alpha' },
      { in: 'body' },
    ],
  }),
  'unknown-marker': rule<{ path?: string | undefined; marker?: string | undefined; suggestion?: string | undefined }>({
    title: 'An unknown redaction marker',
    why: 'Every redaction cites a legal basis from content/redaction-markers/; an unknown one could not be labelled, and might be a typo for another basis.',
    fix: 'Use a marker id of the registry (the hint suggests the closest), or add the marker to the registry.',
    message: ({ path, marker }) =>
      marker === undefined
        ? 'a <Redact> inside a redacted passage names an unknown marker'
        : `${field(path)}"${marker}" is not a redaction marker`,
    hint: ({ suggestion }) => (suggestion ? didYouMean(suggestion) : markersListed),
    examples: [{ marker: 'atia-15-2', suggestion: 'atia-15-1' }, { path: 'summary.redact', marker: 'secret' }, {}],
  }),
  'contact-marker-missing': rule<{ marker: string }>({
    title: 'Contacts withheld under a marker the binder does not define',
    why: 'A person’s contact details are withheld from the public edition unless marked public, under the personal-information marker; without that marker in the registry the withheld contact could not be labelled with its legal basis.',
    fix: 'Add the marker to content/redaction-markers/ (copy it from the demo binder), name another marker for the contact (`redact: <marker>`), or mark the contact `public: true` if it is an office’s general line.',
    message: ({ marker }) => `this contact is withheld by default under "${marker}", which content/redaction-markers/ does not define`,
    hint: ({ marker }) => `add content/redaction-markers/${marker}.yaml, or write redact: <marker> or public: true on the contact`,
    examples: [{ marker: 'atia-19-1' }],
  }),
  'position-title-redacted': rule<{ position: 'no-name' | 'name-redacted' }>({
    title: 'A redacted title of a position',
    why: 'A title may be withheld while the person is named; a position (no name, or a name the public edition withholds) is known by its titles alone, so its page, links and heading would have nothing left to name them.',
    fix: 'Withhold the whole entry instead (`redact: <marker>` at the top of its file), or give the title unredacted.',
    // Never the title: it is the redacted value.
    message: ({ position }) =>
      `this title is redacted, and the person ${position === 'no-name' ? 'has no name' : 'has a redacted name'}: nothing would name them in the public edition`,
    hint: () => 'withhold the whole entry (redact: <marker> at the top of the file), or write the title unredacted',
    examples: [{ position: 'no-name' }, { position: 'name-redacted' }],
  }),
  'note-field-of-other-kind': rule<{ field: string; kind: string; fieldKinds: string[] }>({
    title: 'A field of another kind of note',
    why: 'Committee appearances, Question Period notes and letters each have fields of their own; a field of another kind would not be shown on this note, so what it says would be lost.',
    fix: 'Remove the field, or set `kind:` to the kind the field belongs to.',
    message: ({ field, kind, fieldKinds }) => `${field}: only ${list(fieldKinds)} notes have this field, and this note is a ${kind}`,
    hint: ({ fieldKinds }) => `remove it, or write kind: ${fieldKinds[0] ?? 'committee-appearance'}`,
    examples: [{ field: 'salutation', kind: 'qp-note', fieldKinds: ['letter'] }],
  }),
  'note-field-missing': rule<{ field: string; kind: string; form: string }>({
    title: 'A field this kind of note needs',
    why: 'A committee appearance, a Question Period note and a letter each need some fields (the committee and its time, the issue and the minister, who writes to whom): the page shows them first.',
    fix: 'Add the field; `npm run new -- note "<Title>" --kind <kind>` writes every field a kind needs.',
    message: ({ field, kind }) => `${field}: a ${kind} note needs this field`,
    hint: ({ form }) => `write ${form}`,
    examples: [{ field: 'time', kind: 'committee-appearance', form: 'time: { start: "15:30", end: "17:30" }' }],
  }),
  'committee-not-parliamentary': rule<{ kind: string }>({
    title: 'A committee appearance before a body that is not a committee',
    why: 'An appearance is before a parliamentary committee; naming another kind of organisation is usually the wrong id, and would list the appearance under a body it was not held before.',
    fix: 'Name the committee’s entry, or set `kind: parliamentary-committee` in the organisation’s file if it is one.',
    message: ({ kind }) => `committee: the organisation named here is not a parliamentary committee (its kind is ${kind})`,
    hint: () => 'write the id of an organisation of kind parliamentary-committee, e.g. committee: pacp',
    examples: [{ kind: 'federal-department' }],
  }),
  'tag-in-yaml': rule<{ path: string }>({
    title: 'A tag in a YAML value',
    why: 'YAML values are plain text: a <Redact> (or any other tag) written in a data file is not read as an element, so it would withhold nothing and publish the text meant to be hidden.',
    fix: 'To withhold a value write `{ redact: <marker>, value: … }`; to write a literal < followed by a letter, put a space after it.',
    message: ({ path }) => `${field(path)}YAML values are plain text, and this one holds a tag (a < followed by a letter or /)`,
    hint: () => 'to withhold a value write `{ redact: <marker>, value: … }`; for a literal < put a space after it (`< 10`)',
    examples: [{ path: 'summary.en' }],
  }),
  'note-listed-twice': rule<{ path: string; part: string }>({
    title: 'A note listed in two places of the binder’s parts',
    why: 'A note is printed once, under one tab of the binder: listed twice, it would be printed twice or in the wrong part.',
    fix: 'Keep the note in one part of `parts:` in content/binder.yaml and delete the other line.',
    // The note is not named: it may be withheld from the public edition.
    message: ({ path, part }) => `${field(path)}this note is listed already, in the part "${part}"`,
    hint: () => 'list each note in one part only',
    examples: [{ path: 'parts[2].notes[0]', part: 'logistics' }],
  }),
  'notice-unrecognised': rule<{ path: string }>({
    title: 'A redaction notice whose marker does not read as a notice',
    why: 'Binder reads a notice pasted from a source ("[REDACTED] appears where…") as text, not as a redaction; a notice whose marker is not followed by one of the verbs it knows would count a redaction wherever it is pasted.',
    fix: 'Start the notice with the marker and a verb: "[ * ] indicates …", "La mention [CAVIARDÉ] figure là où …".',
    message: ({ path }) => `${field(path)}the marker in this notice is not followed by a verb Binder reads as a notice`,
    hint: () => 'write the marker then appears, indicates, denotes or marks (French: figure, apparaît, indique, signale)',
    examples: [{ path: 'publicMarker.notice.en' }],
  }),
  'statistic-stale': rule<{ asOf: string; binderAsOf: string; months: number; limit: number }>({
    title: 'A statistic older than the binder allows',
    why: 'A statistic is true as of a period; content/binder.yaml sets how old it may be (`statistics: { maxAgeMonths: 24 }`) relative to the binder’s own as-of date, so that a reader is not briefed with figures that have since changed.',
    fix: 'Update the number, its source and `asOf` from a newer release, or raise `maxAgeMonths` if the older figure is the latest there is.',
    // Dates and months only: the statistic's value may be redacted.
    message: ({ asOf, binderAsOf, months, limit }) =>
      `asOf: this statistic is as of ${asOf}, ${months} months before the binder’s as-of date (${binderAsOf}); the limit is ${limit} months`,
    hint: () => 'update value, source and asOf from a newer release, or raise statistics.maxAgeMonths in content/binder.yaml',
    examples: [{ asOf: '2016', binderAsOf: '2019-09-30', months: 33, limit: 24 }],
    severity: 'warning',
  }),
};
