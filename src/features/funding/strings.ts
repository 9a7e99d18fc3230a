/**
 * Interface strings of the funding pages (funding at a glance, on the home page and on its own
 * page, and the totals by recipient, currency and fiscal year), in both languages. Column labels
 * shared with the program pages are the entries' (src/features/entries/strings.ts).
 */
import type { Lang } from '../../schemas/localized.ts';
import { formatStrings } from '../../core/format-strings.ts';

const en = {
  glanceTitle: 'Funding at a glance',
  glanceNote: 'Per-year and multi-year amounts are listed apart; amounts in different currencies are never added.',
  glanceExcludes: 'Totals exclude amounts withheld from this edition.',
  /** The kind of a sum, after its amount: "$100,000 per year". */
  periods: { 'per-year': formatStrings.en.perYear, 'one-time': formatStrings.en.oneTime, 'multi-year': 'multi-year' },
  /** The funding page. */
  intro:
    'What the department’s programs pay, from the amounts recorded in each program. Amounts in different currencies are never added together.',
  byProgram: 'By program',
  byRecipient: 'By recipient',
  byCurrency: 'By currency and kind of amount',
  byYear: 'By fiscal year',
  kind: 'Kind',
  currency: 'Currency',
  total: 'Total',
  year: 'Fiscal year',
  annualised: 'annualised: a multi-year amount divided evenly over its years',
  undated: 'Amounts without fiscal years (not in the table above)',
  withheld: (n: number) => `${n} amount${n === 1 ? ' is' : 's are'} withheld from this edition and left out of these totals.`,
  kinds: { 'per-year': 'Per year', 'one-time': 'One time', 'multi-year': 'Multi-year total' },
};

export type FundingStrings = typeof en;

const fr: FundingStrings = {
  glanceTitle: 'Le financement en bref',
  glanceNote:
    'Les montants annuels et pluriannuels sont présentés séparément; les montants en devises différentes ne sont jamais additionnés.',
  glanceExcludes: 'Les totaux excluent les montants soustraits à cette édition.',
  periods: { 'per-year': formatStrings.fr.perYear, 'one-time': formatStrings.fr.oneTime, 'multi-year': 'pluriannuel' },
  intro:
    'Ce que versent les programmes du ministère, d’après les montants inscrits dans chaque programme. Les montants en devises différentes ne sont jamais additionnés.',
  byProgram: 'Par programme',
  byRecipient: 'Par bénéficiaire',
  byCurrency: 'Par devise et type de montant',
  byYear: 'Par exercice',
  kind: 'Type',
  currency: 'Devise',
  total: 'Total',
  year: 'Exercice',
  annualised: 'annualisé\u00a0: montant pluriannuel réparti également sur ses années',
  undated: 'Montants sans exercice (absents du tableau ci-dessus)',
  withheld: (n: number) =>
    `${n} montant${n === 1 ? ' est soustrait' : 's sont soustraits'} à cette édition et exclu${n === 1 ? '' : 's'} de ces totaux.`,
  kinds: { 'per-year': 'Par année', 'one-time': 'Ponctuel', 'multi-year': 'Total pluriannuel' },
};

export const fundingStrings: Record<Lang, FundingStrings> = { en, fr };
