import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { money, fiscalYear } from './money.ts';
import { entryRef, bodyRef, type RefFactory } from './reference.ts';

/** Where a program stands. */
export const programStatuses = ['active', 'pilot', 'extended', 'closed', 'proposed'] as const;
/** The kinds of transfer payment a program makes. */
export const transferPaymentKinds = ['grant', 'contribution', 'other'] as const;
/** How Parliament authorises the spending: each year in the estimates (`voted`) or by an act (`statutory`). */
export const spendingAuthorities = ['voted', 'statutory'] as const;

/** One kind of transfer payment, or a list: `grant`, `[grant, contribution]`. */
const transferPaymentKind = z.union([z.enum(transferPaymentKinds).transform((k) => [k]), z.array(z.enum(transferPaymentKinds)).min(1)]);

/** A program's record as federal tables of transfer payment programs give it. */
const transferPaymentFields = {
  /** The kind of transfer payment: `grant`, `contribution` or `other`, or a list: `[grant, contribution]`. */
  kind: transferPaymentKind.optional(),
  /** How the spending is authorised: `voted` (in the estimates each year) or `statutory` (by an act). */
  authority: z.enum(spendingAuthorities).optional(),
  /** The fiscal years of the program's evaluations, done or planned: `[2019-20, 2024-25]`. */
  evaluations: z.array(fiscalYear).optional(),
  /** Planned spending per fiscal year: `{ year: 2025-26, amount: { amount: tbd, currency: CAD } }`. */
  plannedSpending: z
    .array(
      z.strictObject({
        /** The fiscal year. */
        year: fiscalYear,
        /** How much is planned; `amount: tbd` when it is to be determined. */
        amount: redactable(money),
      }),
    )
    .optional(),
};

/**
 * A funding program or envelope: its money, its recipients, its years.
 * File: `content/funding-programs/<id>.yaml`, with optional bodies `<id>.en.mdx` and `<id>.fr.mdx`.
 */
export const fundingProgramSchema = (ref: RefFactory) =>
  z.strictObject({
    ...entryFields,
    /** The full name in each language. */
    name: localizedText,
    /** The acronym in each language: `IMCBP` / `PRCMI`. */
    acronym: localizedText.optional(),
    /** Earlier names of the program, in each language. */
    formerNames: z.array(localizedText).default([]),
    /** The program this one is part of (a funding-program id). */
    parent: entryRef(ref, 'funding-programs').optional(),
    /** The program's total envelope. */
    envelope: redactable(money).optional(),
    /** How the envelope is split: `{ label: {...}, amount: {...} }`. */
    allocations: z
      .array(
        z.strictObject({
          /** What the allocation is for, in each language. */
          label: localizedText,
          /** How much. */
          amount: redactable(money),
        }),
      )
      .default([]),
    /** The first fiscal year of the program: `2019-20`. */
    start: fiscalYear.optional(),
    /** The last fiscal year of the program: `2024-25`; `ongoing` when it has no end date, `tbd` when the end is to be determined. */
    end: z.union([z.enum(['ongoing', 'tbd']), fiscalYear]).optional(),
    ...transferPaymentFields,
    /** Who receives the money: `{ stakeholder: iom }` or `{ forum: igc }`, with the purpose and amount. */
    recipients: z
      .array(
        z.strictObject({
          /** The recipient: `{ stakeholder: <id> }`, `{ forum: <id> }`, or a group that is no entry: `{ group: { en: …, fr: … } }`. */
          to: bodyRef(ref),
          /** What the money is for, in each language. */
          purpose: redactable(localizedText),
          /** How much. */
          amount: redactable(money).optional(),
        }),
      )
      .default([]),
    /** Where the program stands. */
    status: z.enum(programStatuses),
  });
export type FundingProgram = z.output<ReturnType<typeof fundingProgramSchema>>;
