/**
 * Rules about what the public edition would give away or lack: the two languages' parity, and
 * redacted amounts that public amounts let a reader work out. Messages name files, places, fields
 * and marker ids, never withheld text or values.
 */
import { list, rule } from '../rule.ts';

const languageName = { en: 'English', fr: 'French' } as const;
type Lang = keyof typeof languageName;

/** A term of a sum, as the inference warning names it: `amount` is its public value, as printed. */
export interface SumTerm {
  name: string;
  amount?: string | undefined;
}
const term = (t: SumTerm) => `${t.name} (${t.amount ?? 'which can itself be worked out'})`;

/** What the personal-information warning names (never the value it found). */
export type PersonalInformationKind = 'email' | 'telephone' | 'sin' | 'address';
const personalInformation: Record<PersonalInformationKind, string> = {
  email: 'an e-mail address',
  telephone: 'a telephone number',
  sin: 'a social insurance number',
  address: 'a home address (a street address with a postal code)',
};

export const publishingRules = {
  'missing-translation': rule<
    { problem: 'missing'; file: string; lang: Lang; twin: string } | { problem: 'empty'; lang: Lang; twin: string }
  >({
    title: 'A page in one language only',
    why: 'Federal binders are published in English and French of equal quality; a page must never fall back to the other language. (In `npm run dev` this is a warning, so you can draft one language first.)',
    fix: 'Create the twin file named in the message and translate the body.',
    message: (p) =>
      p.problem === 'missing'
        ? `${p.file} is missing: it is the ${languageName[p.lang]} twin of ${p.twin}`
        : `this ${languageName[p.lang]} body is empty, and its twin ${p.twin} is not`,
    hint: (p) =>
      p.problem === 'missing'
        ? 'every page exists in English and French; copy the twin and translate it'
        : 'translate the twin into this file (an entry with facts only has no body in either language)',
    examples: [
      { problem: 'missing', file: 'content/forums/igc.fr.mdx', lang: 'fr', twin: 'content/forums/igc.en.mdx' },
      { problem: 'empty', lang: 'fr', twin: 'content/forums/igc.en.mdx' },
    ],
  }),
  'twin-passage-unredacted': rule<{ what: 'passage' | 'number'; where: string }>({
    title: 'A passage redacted in one language is public in the other',
    why: 'The English and French bodies are published side by side: a passage (a name, a number, an amount) withheld in one and written out in the other is published all the same. Binder compares each redacted passage with the other body’s public text, ignoring case and punctuation, on whole words; passages with no number and no word of four letters or more, and passages the same body also shows publicly, are not compared.',
    fix: 'Redact the passage in the body named by the message too, with the same marker, or reword it so that it no longer gives the withheld text away.',
    message: ({ what, where }) => `a ${what} redacted in ${where} appears here outside a redaction`,
    hint: () => 'redact it here too, with the same marker as its twin, or reword it so that it does not give the withheld text away',
    examples: [
      { what: 'passage', where: 'content/forums/igc.en.mdx:3:5' },
      { what: 'number', where: 'content/forums/igc.fr.mdx:7:1' },
    ],
  }),
  'translation-redactions-differ': rule<{ twin: string; english: readonly string[]; french: readonly string[] }>({
    title: 'The two languages redact differently',
    why: 'The English and French bodies must withhold the same passages, with the same markers, in the same order; otherwise one language could publish what the other withholds.',
    fix: 'Make the <Redact> elements of the two files match.',
    message: ({ twin, english, french }) =>
      `the redactions differ from ${twin}: English has [${english.join(' | ') || 'none'}], French has [${french.join(' | ') || 'none'}]`,
    hint: () => 'both languages redact the same passages, with the same markers, in the same order',
    examples: [{ twin: 'content/forums/igc.en.mdx', english: ['atia-15-1', 'unspecified'], french: [] }],
  }),
  placeholder: rule<{ placeholder?: string | undefined; field?: string | undefined; hidden?: 'passage' | 'field' | 'entry' | undefined }>({
    title: 'A placeholder left in the text',
    why: 'The text still holds a placeholder that `npm run new` writes for editors to replace: TODO, À FAIRE (or A FAIRE), (à traduire) or (to be translated). TODO and À FAIRE count in capitals and as whole words only ("todo" and "à faire" in prose are words), and none counts inside a web address. A public build refuses one the public edition would publish; `npm run check`, the internal build and the dev server warn (`npm run build -- --strict` makes the warnings errors). A placeholder inside a <Redact>, a { redact, value } field or a withheld entry is not published, so the public build lets it pass, and the warning the editors see says only where it is, quoting nothing.',
    fix: 'Write the text the placeholder stands for (or translate it), then delete the placeholder.',
    message: ({ placeholder, field, hidden }) => {
      if (hidden) {
        const where = { passage: 'a redacted passage', field: 'a redacted field', entry: 'an entry withheld from the public edition' };
        return `a placeholder inside ${where[hidden]}: the public edition does not show it, but the text is not finished`;
      }
      return `${field ? `${field} holds ` : ''}the placeholder "${placeholder ?? 'TODO'}": the text is not finished, and a public build refuses it`;
    },
    hint: () => 'write the text it stands for (or its translation) and delete the placeholder',
    examples: [{ placeholder: 'TODO' }, { placeholder: '(à traduire)', field: 'name.fr' }, { hidden: 'passage' }, { hidden: 'entry' }],
  }),
  'inferable-redaction': rule<{
    field: string;
    total: SumTerm;
    parts: readonly SumTerm[];
    solvedFor: 'total' | 'part';
    approximate: boolean;
  }>({
    title: 'A redacted amount the public amounts give away',
    severity: 'warning',
    why: 'The amount is redacted, but it is the one unknown term of a sum whose other terms are public: a program’s envelope and its allocations, its envelope and its recipients’ amounts, or its envelope and its sub-programs’ envelopes (same currency and period only). A reader adds up or subtracts the public amounts and finds it, or, when some are approximate, its order of magnitude. This is a warning; `npm run build -- --strict` makes it an error. Binder does not see totals written in prose, sums mixing currencies or periods, or programs withheld from the public edition.',
    fix: 'Redact at least one more of the amounts the message names (with two unknowns the sum cannot be solved), or publish the amount if it need not be withheld.',
    message: ({ field, total, parts, solvedFor, approximate }) => {
      const others = parts.map(term);
      const how =
        solvedFor === 'total'
          ? `the sum of ${list(others)}`
          : `${term(total)}${others.length ? ` minus ${list(others)}` : ', of which it is the only part'}`;
      const approximation = approximate
        ? ' (some are approximate, but an approximation of a redacted amount still gives away its order of magnitude)'
        : '';
      return `${field} is redacted, but a reader can work it out as ${how}${approximation}: redact them together, or publish ${field}`;
    },
    hint: () => 'redact at least one more of the amounts named (a sum with two unknown amounts cannot be solved), or publish this one',
    examples: [
      {
        field: 'envelope',
        total: { name: 'envelope' },
        parts: [
          { name: 'allocations[0].amount', amount: '$2,000,000' },
          { name: 'allocations[1].amount', amount: '$500,000' },
        ],
        solvedFor: 'total',
        approximate: false,
      },
      {
        field: 'allocations[1].amount',
        total: { name: 'envelope', amount: '$2,500,000' },
        parts: [{ name: 'allocations[0].amount' }],
        solvedFor: 'part',
        approximate: true,
      },
      {
        field: 'allocations[0].amount',
        total: { name: 'envelope', amount: '$2,500,000' },
        parts: [],
        solvedFor: 'part',
        approximate: false,
      },
    ],
  }),
  'personal-information': rule<{ kind: PersonalInformationKind }>({
    title: 'Personal information in public text',
    severity: 'warning',
    why: 'Text the public edition publishes looks like personal information: an e-mail address, a telephone number, a social insurance number, or a home address (a street address with a postal code). Binder looks at MDX bodies outside `<Redact>` and YAML strings outside `{ redact, value }` and outside people’s `contact` field, with the Canadian Digital Service’s patterns (`@cdssnc/sanitize-pii`) and a few of its own; it cannot tell a person’s number from an office’s, so this is a warning (`npm run build -- --strict` makes it an error). The message never repeats the value.',
    fix: 'Redact it (`<Redact marker="atia-19-1">…</Redact>` in a body, `{ redact: atia-19-1, value: … }` in YAML), move a person’s details into the `contact` field of their entry in content/people/, or, if it is meant to be public (an office’s general line, a media relations address), list it in content/binder.yaml under `pii: { public: [ … ] }`.',
    message: ({ kind }) => `this looks like ${personalInformation[kind]}, and the public edition would publish it`,
    hint: () =>
      'redact it, move it into a person’s contact in content/people/, or, if it is meant to be public, write it under pii: { public: [ … ] } in content/binder.yaml',
    examples: [{ kind: 'telephone' }, { kind: 'email' }, { kind: 'sin' }, { kind: 'address' }],
  }),
};
