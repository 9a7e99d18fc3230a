import { describe, expect, it } from 'vitest';
import { identifierNames, identifierSize, identifierSvg, identifierTitle } from './gc-identifiers.ts';

describe('the GC identifiers as files', () => {
  it('are the signature and the wordmark in both languages', () => {
    expect(identifierNames.map((n) => n.name)).toEqual(['signature-en', 'signature-fr', 'wordmark-en', 'wordmark-fr']);
  });

  it('carry their colours inside, the flag red and the text black, white in the dark scheme', () => {
    for (const { type, lang } of identifierNames) {
      const svg = identifierSvg(type, lang);
      expect(svg).toMatch(/^<svg [^>]*><style>\.fip_flag\{fill:#eb2d37\}\.fip_text\{fill:#000\}/);
      expect(svg).toContain('@media screen and (prefers-color-scheme:dark){.fip_text{fill:#fff}}');
      expect(svg).toContain('class="fip_flag"');
      expect(svg).toContain('class="fip_text"');
      expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    }
  });

  it('name themselves in their language and keep their proportions', () => {
    expect(identifierTitle('signature', 'en')).toBe('Government of Canada');
    expect(identifierTitle('signature', 'fr')).toBe('Gouvernement du Canada');
    expect(identifierTitle('wordmark', 'fr')).toMatch(/^Symbole du gouvernement du Canada$/i);
    expect(identifierSize('signature', 'en')).toEqual({ width: 819, height: 78 });
    expect(identifierSize('wordmark', 'fr')).toEqual({ width: 143, height: 34 });
  });
});
