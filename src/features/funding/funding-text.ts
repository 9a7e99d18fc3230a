/**
 * The sentences of funding at a glance: a sum with its kind ("US$25,000 per year", never
 * "US$25,000, per year"), and every amount the totals leave out, each with the reason, so that no
 * figure on a program's page is missing from the funding page without a word on why.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { LocalizedText } from '../../schemas/localized.ts';
import type { FiscalYear, Money } from '../../schemas/money.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import type { Recipient } from './recipient.ts';
import { unwrap } from '../../core/redactable.ts';
import { formatAmount } from '../../core/format.ts';
import { formatStrings } from '../../core/format-strings.ts';
import { fundingStrings, type FundingStrings } from './strings.ts';
import type { PeriodKind } from './funding.ts';

/** "approximately $62,400,000 per year", "100 000 $ sur plusieurs années". */
export function sumText(sum: { kind: PeriodKind; currency: string; amount: number; approximate: boolean }, lang: Lang): string {
  const amount = formatAmount(sum.amount, sum.currency, lang);
  return [sum.approximate ? formatStrings[lang].approximately : '', amount, fundingStrings[lang].periods[sum.kind]]
    .filter(Boolean)
    .join(' ');
}

/** Why an amount is not in a total: `envelope`, `allocation`, `planned`, `withheld`, `tbd` or `no-fiscal-year`. */
export type LeftOutReason = keyof FundingStrings['reasons'];

export interface LeftOut {
  /** The program the amount is recorded in. */
  program: string;
  reason: LeftOutReason;
  amount: Redactable<Money>;
  /** What the amount is: an allocation's label, or the recipient paid. */
  label?: LocalizedText;
  recipient?: Recipient;
  /** The fiscal year of a planned spending row. */
  year?: FiscalYear;
}

/** What the totals read of a program (its envelope, allocations and recipients). */
export interface ProgramAmounts {
  id: string;
  data: {
    envelope?: Redactable<Money> | undefined;
    allocations: { label: LocalizedText; amount: Redactable<Money> }[];
    recipients: { to: Recipient; amount?: Redactable<Money> | undefined }[];
    plannedSpending?: { year: FiscalYear; amount: Redactable<Money> }[] | undefined;
  };
}

/**
 * Every amount the funding page's totals leave out, in the programs' order: envelopes and
 * allocations (a program's budget and its split, not payments to recipients: adding them would
 * count the same money twice), planned spending (the same, per year), withheld payments and
 * payments to be determined (no figure to add), and payments without fiscal years (in the totals by
 * currency, not in the table by fiscal year).
 */
export function leftOutOfTotals(programs: readonly ProgramAmounts[]): LeftOut[] {
  const out: LeftOut[] = [];
  for (const { id: program, data } of programs) {
    if (data.envelope) out.push({ program, reason: 'envelope', amount: data.envelope });
    for (const a of data.allocations) out.push({ program, reason: 'allocation', amount: a.amount, label: a.label });
    for (const p of data.plannedSpending ?? []) out.push({ program, reason: 'planned', amount: p.amount, year: p.year });
    for (const r of data.recipients) {
      if (r.amount === undefined) continue;
      const u = unwrap<Money>(r.amount);
      if (u.state === 'redacted') out.push({ program, reason: 'withheld', amount: r.amount, recipient: r.to });
      else if (u.value.amount === 'tbd') out.push({ program, reason: 'tbd', amount: r.amount, recipient: r.to });
      else if (!u.value.from && !u.value.to) out.push({ program, reason: 'no-fiscal-year', amount: r.amount, recipient: r.to });
    }
  }
  return out;
}
