import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { partialDate } from './date.ts';
import { firstDay } from './partial-date.ts';
import { grammaticalGenders } from './binder.ts';
import { entryRef, type RefFactory } from './reference.ts';

/**
 * The marker a contact detail is withheld under when the editor names none: personal information
 * about an identifiable individual (Access to Information Act s.19(1), which applies the Privacy
 * Act's definition). The binder's marker registry must hold it.
 */
export const defaultContactMarker = 'atia-19-1';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * A French title with its two forms: `{ feminine: directrice générale, masculine: directeur général }`.
 * The person's `gender` chooses one; when it is `unspecified` the reader sees both.
 */
export const genderedFrench = z.strictObject({
  /** The feminine form: `sous-ministre adjointe`, `directrice générale`. */
  feminine: nonEmpty,
  /** The masculine form: `sous-ministre adjoint`, `directeur général`. */
  masculine: nonEmpty,
  /** The form for a person of unspecified gender, written out when the two joined by "ou" read badly: `directrice générale ou directeur général, Relations internationales`. */
  unspecified: nonEmpty.optional(),
});

/**
 * A title in both languages: `{ en: Deputy Minister, fr: sous-ministre }` (an epicene French title),
 * or with both French forms: `{ en: Director General, fr: { feminine: directrice générale, masculine: directeur général } }`.
 */
export const personTitle = z.strictObject({
  /** The English title. */
  en: nonEmpty,
  /** The French title: one epicene form, or `{ feminine, masculine }`. */
  fr: z.union([nonEmpty, genderedFrench]),
});
export type PersonTitle = z.output<typeof personTitle>;

/** A telephone number as departments print it: digits, spaces, `+`, `-`, `.`, brackets, and `ext.` / `poste`. */
const telephone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().-]{7,}(?:\s*(?:ext\.?|x|poste)\s*\d+)?$/i, 'a telephone number is digits with spaces or hyphens, e.g. 613-555-0100');

/**
 * One way to reach the person: exactly one of `email`, `telephone` or `address`. Withheld from the
 * public edition (personal information, ATIA s.19(1)) unless `public: true` (an office's general line).
 */
export const personContact = z
  .strictObject({
    /** An e-mail address: `jane.doe@example.gc.ca`. */
    email: z.email('an e-mail address looks like name@example.gc.ca').optional(),
    /** A telephone number: `613-555-0100`. */
    telephone: telephone.optional(),
    /** An office address, in each language. */
    address: localizedText.optional(),
    /** What this contact is, in each language: `General enquiries` / `Renseignements généraux`. */
    label: localizedText.optional(),
    /** `true` when the contact may be published (an office's general line); otherwise the public edition withholds it. */
    public: z.boolean().default(false),
  })
  .superRefine((contact, ctx) => {
    const given = (['email', 'telephone', 'address'] as const).filter((k) => contact[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'write exactly one of email, telephone or address in each contact',
        params: { hint: 'one item per contact: - email: name@example.gc.ca, then - telephone: 613-555-0100' },
      });
    }
  });
export type PersonContact = z.output<typeof personContact>;

/**
 * A person, or a position that may have no name ("Director General, International Affairs").
 * File: `content/people/<id>.yaml`, with optional bodies `<id>.en.mdx` and `<id>.fr.mdx`.
 */
// Long because it is one documented field after another: the editors' field reference is read from it.
export const personSchema = (ref: RefFactory) =>
  z.strictObject({
    ...entryFields,
    /** The person's name as it is printed, `Jane Doe`; leave it out for a position. Redactable. */
    name: redactable(nonEmpty).optional(),
    /** The honorific before the name, in each language: `The Honourable` / `L’honorable`. */
    honorific: localizedText.optional(),
    /** The gender of the French title: `feminine`, `masculine` or `unspecified` (both forms shown). */
    gender: z.enum(grammaticalGenders).default('unspecified'),
    /** The titles the person has held, each with its dates: `{ title: {...}, from: 2023-07, to: 2025-05 }`. */
    titles: z
      .array(
        z
          .strictObject({
            /** The title in each language. Redactable, for a title withheld while the person is named (an acting or covert role): `{ redact: atia-19-1, value: { en: …, fr: … } }`. */
            title: redactable(personTitle),
            /** When the person took it up. */
            from: partialDate.optional(),
            /** When it ended; leave out while it lasts. */
            to: partialDate.optional(),
            /** The organisation of this title, if not the person's own (a stakeholder's id). */
            organisation: entryRef(ref, 'stakeholders').optional(),
          })
          .refine((t) => !t.from || !t.to || firstDay(t.to) >= firstDay(t.from), {
            message: 'the end date comes before the start date',
            path: ['to'],
          }),
      )
      .min(1, 'give at least one title: titles: [{ title: { en: …, fr: … } }]'),
    /** The organisation the person works for (a stakeholder's id). */
    organisation: entryRef(ref, 'stakeholders').optional(),
    /** E-mail, telephone and office address, one per item: withheld from the public edition under ATIA s.19(1) unless `public: true`; `{ redact: <marker>, value: {...} }` for another basis. */
    contact: z.array(redactable(personContact)).default([]),
  });
export type Person = z.output<ReturnType<typeof personSchema>>;
