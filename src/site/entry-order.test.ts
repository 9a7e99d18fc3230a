import { describe, expect, it } from 'vitest';
import { byName } from './entry-order.ts';
import type { AnyEntry } from './store.ts';

const organisation = (id: string, en: string, fr: string) =>
  ({ id, collection: 'stakeholders', data: { name: { en, fr } } }) as unknown as AnyEntry;
const demo = [
  organisation('cbsa', 'Canada Border Services Agency', 'Agence des services frontaliers du Canada'),
  organisation('iom', 'International Organization for Migration', 'Organisation internationale pour les migrations'),
  organisation('mpi', 'Migration Policy Institute', 'Migration Policy Institute'),
  organisation('ontario', 'Government of Ontario', 'Gouvernement de l’Ontario'),
  organisation(
    'unhcr',
    'Office of the United Nations High Commissioner for Refugees',
    'Haut Commissariat des Nations Unies pour les réfugiés',
  ),
  organisation('ecole', 'École nationale d’administration publique', 'École nationale d’administration publique'),
];
const names = (entries: AnyEntry[], lang: 'en' | 'fr') => entries.map((e) => (e.data as { name: Record<string, string> }).name[lang]);

describe('byName', () => {
  it('sorts by the English name in English: Government of Ontario before Migration Policy Institute', () => {
    expect(names(byName(demo, 'en'), 'en')).toEqual([
      'Canada Border Services Agency',
      'École nationale d’administration publique',
      'Government of Ontario',
      'International Organization for Migration',
      'Migration Policy Institute',
      'Office of the United Nations High Commissioner for Refugees',
    ]);
  });

  it('sorts by the French name in French, accents as French orders them: Haut Commissariat is not last', () => {
    expect(names(byName(demo, 'fr'), 'fr')).toEqual([
      'Agence des services frontaliers du Canada',
      'École nationale d’administration publique',
      'Gouvernement de l’Ontario',
      'Haut Commissariat des Nations Unies pour les réfugiés',
      'Migration Policy Institute',
      'Organisation internationale pour les migrations',
    ]);
  });

  it('orders numbers by value, breaks ties by id, and leaves its input as it was', () => {
    const g = [organisation('b', 'G20', 'G20'), organisation('c', 'G7', 'G7'), organisation('a', 'G7', 'G7')];
    expect(byName(g, 'en').map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(g.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
});
