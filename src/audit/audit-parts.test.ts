/** binder.yaml's parts list note ids: not public text, since one may be a withheld note's. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSecrets } from './collect.ts';
import { tempDir } from '../../tests/temp.ts';

describe('the audit on the binder’s parts', () => {
  it('reads the parts’ titles as public text and their note ids not', () => {
    const dir = tempDir('audit-parts');
    fs.writeFileSync(
      path.join(dir, 'binder.yaml'),
      'title: { en: "B", fr: "C" }\nparts:\n  - id: key-issues\n    title: { en: "Key issues", fr: "Principaux enjeux" }\n    notes: [removals-engagement-plans]\n',
    );
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(
      path.join(dir, 'notes/removals-engagement-plans.yaml'),
      'title: { en: "Removals engagement plans", fr: "Plans" }\nclassification: protected-b\n',
    );
    const secrets = collectSecrets(dir);
    expect(secrets.publicText).toContain(' key issues ');
    expect(secrets.publicText).not.toContain('removals engagement plans');
    expect(secrets.needles.map((n) => n.text)).toContain('Removals engagement plans');
  });
});
