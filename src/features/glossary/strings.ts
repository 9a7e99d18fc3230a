/** Interface strings of the glossary page, in both languages. */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  title: 'Glossary',
  intro:
    'The acronyms and short forms used in this binder, and what they stand for. The first use of each on a page can also be read by hovering over it or with a screen reader.',
};

export type GlossaryStrings = typeof en;

const fr: GlossaryStrings = {
  title: 'Glossaire',
  intro:
    'Les sigles et abréviations employés dans ce cahier, et leur signification. La première occurrence de chacun dans une page peut aussi être lue en la survolant ou avec un lecteur d’écran.',
};

export const glossaryStrings: Record<Lang, GlossaryStrings> = { en, fr };
