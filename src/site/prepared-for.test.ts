import { describe, expect, it } from 'vitest';
import { preparedForText } from './prepared-for.ts';
import { binderSchema, type Binder } from '../schemas/binder.ts';

const base = {
  title: { en: 'Binder', fr: 'Cahier' },
  department: { en: 'Department', fr: 'Ministère' },
  departmentShort: { en: 'D', fr: 'M' },
  asOf: '2019-09-30',
};
const minister = {
  en: 'Minister of Immigration, Refugees and Citizenship',
  fr: 'ministre de l’Immigration, des Réfugiés et de la Citoyenneté',
};
const binder = (fields: object): Binder => binderSchema.parse({ ...base, ...fields });

describe('preparedForText', () => {
  it('gives the French article by gender, and "the" in English', () => {
    const of = (gender: string) => binder({ preparedFor: { role: 'minister', title: minister, gender } });
    expect(preparedForText(of('feminine'), 'fr')).toBe('la ministre de l’Immigration, des Réfugiés et de la Citoyenneté');
    expect(preparedForText(of('masculine'), 'fr')).toBe('le ministre de l’Immigration, des Réfugiés et de la Citoyenneté');
    expect(preparedForText(of('unspecified'), 'fr')).toBe('la ou le ministre de l’Immigration, des Réfugiés et de la Citoyenneté');
    expect(preparedForText(of('feminine'), 'en')).toBe('the Minister of Immigration, Refugees and Citizenship');
  });

  it('elides the article before a vowel', () => {
    const title = { en: 'Deputy Head', fr: 'administratrice générale' };
    expect(preparedForText(binder({ preparedFor: { role: 'other', title, gender: 'feminine' } }), 'fr')).toBe('l’administratrice générale');
  });

  it('reads the older minister field as a minister of unspecified gender', () => {
    expect(preparedForText(binder({ minister }), 'fr')).toBe('la ou le ministre de l’Immigration, des Réfugiés et de la Citoyenneté');
    expect(preparedForText(binder({ minister }), 'en')).toBe('the Minister of Immigration, Refugees and Citizenship');
  });

  it('refuses a binder that says for nobody', () => {
    expect(binderSchema.safeParse(base).success).toBe(false);
    expect(binderSchema.safeParse({ ...base, preparedFor: { role: 'mayor', title: minister } }).success).toBe(false);
  });
});

describe('preparedForText for a deputy minister and the Clerk', () => {
  it('gives the deputy minister’s title with its article in both languages', () => {
    const title = {
      en: 'Deputy Minister of Immigration, Refugees and Citizenship',
      fr: 'sous-ministre de l’Immigration, des Réfugiés et de la Citoyenneté',
    };
    const of = (gender: string) => binder({ preparedFor: { role: 'deputy-minister', title, gender } });
    expect(preparedForText(of('feminine'), 'en')).toBe('the Deputy Minister of Immigration, Refugees and Citizenship');
    expect(preparedForText(of('feminine'), 'fr')).toBe('la sous-ministre de l’Immigration, des Réfugiés et de la Citoyenneté');
    expect(preparedForText(of('masculine'), 'fr')).toBe('le sous-ministre de l’Immigration, des Réfugiés et de la Citoyenneté');
  });

  it('gives the Clerk’s title, feminine or masculine as written', () => {
    const clerk = (fr: string, gender: string) =>
      binder({ preparedFor: { role: 'clerk', title: { en: 'Clerk of the Privy Council', fr }, gender } });
    expect(preparedForText(clerk('greffière du Conseil privé', 'feminine'), 'fr')).toBe('la greffière du Conseil privé');
    expect(preparedForText(clerk('greffier du Conseil privé', 'masculine'), 'fr')).toBe('le greffier du Conseil privé');
    expect(preparedForText(clerk('greffier du Conseil privé', 'masculine'), 'en')).toBe('the Clerk of the Privy Council');
  });

  it('needs no minister field when preparedFor is given', () => {
    const parsed = binderSchema.safeParse({ ...base, preparedFor: { role: 'clerk', title: { en: 'Clerk', fr: 'greffier' } } });
    expect(parsed.success).toBe(true);
  });
});
