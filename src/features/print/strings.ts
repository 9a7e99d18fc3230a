/** Interface strings of the printable binder and its PDF, in both languages. */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  contents: 'Contents',
  page: 'Page',
  internalEdition: 'Internal edition',
  publicEdition: 'Public edition',
  howToPrint: 'How to print this binder',
  printSteps: [
    'Use your browser’s Print command (Ctrl+P, or ⌘P on a Mac). The navigation and this box are left off the paper.',
    'Each part and each entry starts on a new page; every page carries its security marking at the top and bottom, and its page number.',
    'Turn on “Background graphics” in the print options so that redaction markers print in black.',
  ],
  pdfLinks: 'Download the binder as a PDF:',
  /** "PDF, 1.2 MB", after the language's name. */
  pdfSize: (megabytes: number) => `PDF, ${megabytes.toLocaleString('en-CA', { maximumFractionDigits: 1 })} MB`,
  languageNames: { en: 'English', fr: 'Français' } as Record<Lang, string>,
};

export type PrintStrings = typeof en;

const fr: PrintStrings = {
  contents: 'Table des matières',
  page: 'Page',
  internalEdition: 'Édition interne',
  publicEdition: 'Édition publique',
  howToPrint: 'Comment imprimer ce cahier',
  printSteps: [
    'Utilisez la commande Imprimer de votre navigateur (Ctrl+P, ou ⌘P sur un Mac). La navigation et cet encadré ne sont pas imprimés.',
    'Chaque partie et chaque fiche commencent sur une nouvelle page\u00a0; chaque page porte sa marque de sécurité en haut et en bas, et son numéro.',
    'Activez «\u00a0Graphiques d’arrière-plan\u00a0» dans les options d’impression pour que les marques de caviardage s’impriment en noir.',
  ],
  pdfLinks: 'Télécharger le cahier en PDF\u00a0:',
  pdfSize: (megabytes: number) => `PDF, ${megabytes.toLocaleString('fr-CA', { maximumFractionDigits: 1 })}\u00a0Mo`,
  languageNames: { en: 'English', fr: 'Français' },
};

export const printStrings: Record<Lang, PrintStrings> = { en, fr };
