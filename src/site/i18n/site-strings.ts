/**
 * The interface strings every page shares: the page shell (header, navigation, breadcrumbs,
 * footer), the names of the sections and of the binder's pages, the home page and the 404 page.
 * A feature's own strings are in its folder (src/features/<feature>/strings.ts). French
 * typography: a no-break space before : ; ! ? and inside « ».
 */
import type { Lang } from '../../schemas/localized.ts';
import type { grammaticalGenders } from '../../schemas/binder.ts';

type GrammaticalGender = (typeof grammaticalGenders)[number];

const en = {
  langName: 'English',
  /** Open Graph's og:locale. */
  ogLocale: 'en_CA',
  skipToContent: 'Skip to main content',
  home: 'Home',
  search: 'Search',
  /** The names of the search page's filters (Pagefind shows them as headings). */
  searchFilters: { type: 'Page type', topic: 'Topic' },
  menu: 'Sections',
  /** After a label, before what it labels: "Member: IRCC" / "Membre\u00a0: IRCC" (no-break space in French). */
  colon: ':',
  breadcrumbs: 'You are here:',
  dateModified: 'Date modified:',
  asOf: 'Current as of',
  preparedFor: 'Prepared for',
  /** The article before the title of whom the binder is prepared for: "the Minister of …". */
  preparedForArticle: (_gender: GrammaticalGender, _title: string): string => 'the ',
  classification: 'Classification',
  chapters: 'Chapters and briefing notes',
  sections: {
    forums: 'Forums',
    stakeholders: 'Organizations',
    'funding-programs': 'Funding programs',
    notes: 'Briefing notes',
    people: 'People',
  },
  sectionIntro: {
    forums: 'Multilateral forums where Canada takes part: members, Canada’s role, meetings and next steps.',
    stakeholders: 'Organizations and bodies the department works with, and how it engages them.',
    'funding-programs': 'Programs and envelopes that fund international engagement, with their amounts and recipients.',
    notes: 'Chapters and briefing notes, with key messages and answers to likely questions.',
    people: 'Officials and positions the binder names, with their titles and where they appear.',
  },
  tools: 'The binder at a glance',
  pageNames: {
    calendar: 'Engagements calendar',
    funding: 'Funding at a glance',
    map: 'Relationship map',
    glossary: 'Glossary',
    print: 'Print the binder',
    register: 'Redaction register',
    legislation: 'Legislation and authorities',
  },
  notFound: 'Page not found',
  notFoundText: 'We could not find the page you asked for. It may have moved, or it may not be part of this edition.',
  back: 'Go to the binder’s home page',
  /** The page shell's header and footer: the GC identity, the menu, the search form, Canada.ca's links. */
  chrome: {
    governmentOfCanada: 'Government of Canada',
    menu: 'Menu',
    searchLabel: 'Search the binder',
    searchButton: 'Search',
    /** A table's name when it has no caption and no heading before it. */
    table: 'Table',
    footerLinks: [
      { label: 'Canada.ca', href: 'https://www.canada.ca/en.html' },
      { label: 'Departments and agencies', href: 'https://www.canada.ca/en/government/dept.html' },
      { label: 'Terms and conditions', href: 'https://www.canada.ca/en/transparency/terms.html' },
      { label: 'Privacy', href: 'https://www.canada.ca/en/transparency/privacy.html' },
    ],
  },
};

export type SiteStrings = typeof en;

const fr: SiteStrings = {
  langName: 'Français',
  ogLocale: 'fr_CA',
  skipToContent: 'Passer au contenu principal',
  home: 'Accueil',
  search: 'Recherche',
  searchFilters: { type: 'Type de page', topic: 'Sujet' },
  menu: 'Sections',
  colon: '\u00a0:',
  breadcrumbs: 'Vous êtes ici\u00a0:',
  dateModified: 'Date de modification\u00a0:',
  asOf: 'À jour au',
  preparedFor: 'Préparé pour',
  // "l’" before a vowel (l’administratrice); "la ou le" when the gender is not given, as the
  // Translation Bureau writes a doublet.
  preparedForArticle: (gender: GrammaticalGender, title: string) =>
    /^[aeiouyàâäéèêëîïôöûüù]/i.test(title) ? 'l’' : { feminine: 'la ', masculine: 'le ', unspecified: 'la ou le ' }[gender],
  classification: 'Cote de sécurité',
  chapters: 'Chapitres et notes d’information',
  sections: {
    forums: 'Forums',
    stakeholders: 'Organisations',
    'funding-programs': 'Programmes de financement',
    notes: 'Notes d’information',
    people: 'Personnes',
  },
  sectionIntro: {
    forums: 'Les forums multilatéraux auxquels le Canada participe\u00a0: membres, rôle du Canada, réunions et prochaines étapes.',
    stakeholders: 'Les organisations avec lesquelles le ministère travaille, et la façon dont il collabore avec elles.',
    'funding-programs':
      'Les programmes et enveloppes qui financent l’engagement international, avec leurs montants et leurs bénéficiaires.',
    notes: 'Chapitres et notes d’information, avec messages clés et réponses aux questions probables.',
    people: 'Les responsables et les postes que nomme le cahier, avec leurs titres et les pages où ils figurent.',
  },
  tools: 'Le cahier en un coup d’œil',
  pageNames: {
    calendar: 'Calendrier des engagements',
    funding: 'Le financement en bref',
    map: 'Carte des relations',
    glossary: 'Glossaire',
    print: 'Imprimer le cahier',
    register: 'Registre des caviardages',
    legislation: 'Lois et autorisations',
  },
  notFound: 'Page introuvable',
  notFoundText: 'Nous n’avons pas trouvé la page demandée. Elle a peut-être été déplacée, ou ne fait pas partie de cette édition.',
  back: 'Aller à l’accueil du cahier',
  chrome: {
    governmentOfCanada: 'Gouvernement du Canada',
    menu: 'Menu',
    searchLabel: 'Rechercher dans le cahier',
    searchButton: 'Rechercher',
    table: 'Tableau',
    footerLinks: [
      { label: 'Canada.ca', href: 'https://www.canada.ca/fr.html' },
      { label: 'Ministères et organismes', href: 'https://www.canada.ca/fr/gouvernement/min.html' },
      { label: 'Avis', href: 'https://www.canada.ca/fr/transparence/avis.html' },
      { label: 'Confidentialité', href: 'https://www.canada.ca/fr/transparence/confidentialite.html' },
    ],
  },
};

export const siteStrings: Record<Lang, SiteStrings> = { en, fr };
