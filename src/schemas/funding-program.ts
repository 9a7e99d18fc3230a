import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { money, fiscalYear } from './money.ts';
import { entryRef, bodyRef, type RefFactory } from './reference.ts';

/** Where a program stands. */
export const programStatuses = ['active', 'pilot', 'extended', 'closed', 'proposed'] as const;

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
    /** The last fiscal year of the program: `2024-25`. */
    end: fiscalYear.optional(),
    /** Who receives the money: `{ stakeholder: iom }` or `{ forum: igc }`, with the purpose and amount. */
    recipients: z
      .array(
        z.strictObject({
          /** The recipient: `{ stakeholder: <id> }` or `{ forum: <id> }`. */
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
