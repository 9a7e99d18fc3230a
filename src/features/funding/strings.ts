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
  glanceTbd: 'Amounts to be determined are not in the totals.',
  /** The kind of a sum, after its amount: "$100,000 per year". */
  periods: { 'per-year': formatStrings.en.perYear, 'one-time': formatStrings.en.oneTime, 'multi-year': 'over several years' },
  /** The funding page. */
  /** The funding page's introduction; the table under "By program" says how amounts are added. */
  intro: 'What the department’s programs pay their recipients, from the amounts recorded in each program.',
  byProgram: 'By program',
  byRecipient: 'By recipient',
  byCurrency: 'By currency and kind of amount',
  byYear: 'By fiscal year',
  kind: 'Kind',
  currency: 'Currency',
  total: 'Total',
  year: 'Fiscal year',
  annualised: 'annualised: a multi-year amount divided evenly over its years',
  /** Amounts the totals leave out, each with the reason. */
  leftOutTitle: 'Amounts left out of the totals',
  leftOutIntro: 'The totals add what programs pay their recipients. These amounts are not in them, or not in every one:',
  item: 'Item',
  why: 'Why it is left out',
  reasons: {
    envelope: 'An envelope is the program’s budget, not a payment to a recipient.',
    allocation: 'An allocation is a share of the program’s budget, not a payment to a recipient.',
    withheld: 'Withheld from this edition: there is no figure to add.',
    'no-fiscal-year': 'No fiscal year: in the totals by currency, not in the table by fiscal year.',
    tbd: 'To be determined: there is no figure to add yet.',
    planned: 'Planned spending is the program’s budget for a year, not a payment to a recipient.',
  },
  withheld: (n: number) => `${n} amount${n === 1 ? ' is' : 's are'} withheld from this edition and left out of these totals.`,
  kinds: { 'per-year': 'Per year', 'one-time': 'One time', 'multi-year': 'Multi-year total' },
  tbd: (n: number) => `${n} amount${n === 1 ? ' is' : 's are'} to be determined and left out of these totals.`,
  /** A program's record, as federal tables of transfer payment programs give it. */
  record: {
    end: 'End',
    kind: 'Type of transfer payment',
    authority: 'Type of appropriation',
    evaluations: 'Evaluations (fiscal years)',
    plannedSpending: 'Planned spending',
    plannedItem: (year: string) => `Planned spending, ${year}`,
  },
  paymentKinds: { grant: 'Grant', contribution: 'Contribution', other: 'Other transfer payment' },
  authorities: { voted: 'Voted', statutory: 'Statutory' },
};

export type FundingStrings = typeof en;

const fr: FundingStrings = {
  glanceTitle: 'Le financement en bref',
  glanceNote:
    'Les montants annuels et pluriannuels sont présentés séparément\u00a0; les montants en devises différentes ne sont jamais additionnés.',
  glanceExcludes: 'Les totaux excluent les montants soustraits à cette édition.',
  glanceTbd: 'Les montants à déterminer ne figurent pas dans les totaux.',
  periods: { 'per-year': formatStrings.fr.perYear, 'one-time': formatStrings.fr.oneTime, 'multi-year': 'sur plusieurs années' },
  intro: 'Ce que versent les programmes du ministère à leurs bénéficiaires, d’après les montants inscrits dans chaque programme.',
  byProgram: 'Par programme',
  byRecipient: 'Par bénéficiaire',
  byCurrency: 'Par devise et type de montant',
  byYear: 'Par exercice',
  kind: 'Type',
  currency: 'Devise',
  total: 'Total',
  year: 'Exercice',
  annualised: 'annualisé\u00a0: montant pluriannuel réparti également sur ses années',
  leftOutTitle: 'Montants exclus des totaux',
  leftOutIntro:
    'Les totaux additionnent ce que les programmes versent à leurs bénéficiaires. Les montants suivants n’y figurent pas, ou pas dans chacun\u00a0:',
  item: 'Élément',
  why: 'Raison de l’exclusion',
  reasons: {
    envelope: 'Une enveloppe est le budget du programme, et non un versement à un bénéficiaire.',
    allocation: 'Une répartition est une part du budget du programme, et non un versement à un bénéficiaire.',
    withheld: 'Soustrait à cette édition\u00a0: aucun chiffre à additionner.',
    'no-fiscal-year': 'Sans exercice\u00a0: compté dans les totaux par devise, mais pas dans le tableau par exercice.',
    tbd: 'À déterminer\u00a0: aucun chiffre à additionner pour l’instant.',
    planned: 'Les dépenses prévues sont le budget annuel du programme, et non un versement à un bénéficiaire.',
  },
  withheld: (n: number) =>
    `${n} montant${n === 1 ? ' est soustrait' : 's sont soustraits'} à cette édition et exclu${n === 1 ? '' : 's'} de ces totaux.`,
  kinds: { 'per-year': 'Par année', 'one-time': 'Ponctuel', 'multi-year': 'Total pluriannuel' },
  tbd: (n: number) => `${n} montant${n === 1 ? ' est' : 's sont'} à déterminer et exclu${n === 1 ? '' : 's'} de ces totaux.`,
  record: {
    end: 'Date de fin',
    kind: 'Type de paiement de transfert',
    authority: 'Type de crédit',
    evaluations: 'Évaluations (exercices)',
    plannedSpending: 'Dépenses prévues',
    plannedItem: (year: string) => `Dépenses prévues, ${year}`,
  },
  paymentKinds: { grant: 'Subvention', contribution: 'Contribution', other: 'Autre paiement de transfert' },
  authorities: { voted: 'Voté', statutory: 'Législatif' },
};

export const fundingStrings: Record<Lang, FundingStrings> = { en, fr };
