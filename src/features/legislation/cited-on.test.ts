import { describe, expect, it } from 'vitest';
import { citedOn } from './cited-on.ts';
import { citedActs } from '../../core/body-tags.ts';

describe('citedOn', () => {
  const bodies = [
    { id: 'forums/igc.en', body: 'See <Cite act="irpa" section="3(3)(a)" /> and <Cite lang="en" act="irpa" />.' },
    { id: 'forums/igc.fr', body: 'Voir <Cite act="irpa" section="3(3)(a)" />.' },
    { id: 'stakeholders/unhcr.en', body: 'Under <Cite act="refugee-convention" section="35" />, and <Cite act="irpa" />.' },
    { id: 'notes/empty.en', body: 'No citation.' },
  ].map(({ id, body }) => ({ id, data: { acts: citedActs(body) } }));

  it('lists each page citing an act once, in the language asked for', () => {
    const en = citedOn(bodies, 'en');
    expect(en.get('irpa')).toEqual([
      { collection: 'forums', id: 'igc' },
      { collection: 'stakeholders', id: 'unhcr' },
    ]);
    expect(en.get('refugee-convention')).toEqual([{ collection: 'stakeholders', id: 'unhcr' }]);
    expect(citedOn(bodies, 'fr').get('irpa')).toEqual([{ collection: 'forums', id: 'igc' }]);
  });
});
