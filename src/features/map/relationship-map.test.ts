import { describe, expect, it } from 'vitest';
import { describeCanadaRoles, mapGraph, mapWidth, type MapInput } from './relationship-map.ts';
import { mapStrings } from './strings.ts';
import { entryStrings } from '../entries/strings.ts';
import { count, entity, input, render, xmlProblems } from './test-map.ts';
import { measureText } from './svg-text.ts';

describe('mapGraph', () => {
  const graph = mapGraph(input);

  it('links only entries that are present, once each, and never a redacted reference', () => {
    expect(graph.memberships).toEqual([
      { forum: 'alpha', organisation: 'beta' },
      { forum: 'alpha', organisation: 'gamma' },
      { forum: 'igc', organisation: 'iom' },
      { forum: 'igc', organisation: 'unhcr' },
    ]);
    expect(graph.fundings).toEqual([
      { program: 'delta', recipient: 0, to: { collection: 'stakeholders', id: 'gamma' } },
      { program: 'delta', recipient: 1, to: { collection: 'stakeholders', id: 'gamma' } },
      { program: 'imcbp', recipient: 0, to: { collection: 'forums', id: 'igc' } },
      { program: 'imcbp', recipient: 1, to: { collection: 'stakeholders', id: 'iom' } },
      { program: 'imcbp', recipient: 3, to: { collection: 'stakeholders', id: 'unhcr' } },
    ]);
  });

  it('sorts every list by id', () => {
    expect(graph.forums.map((f) => f.id)).toEqual(['alpha', 'igc', 'lonely']);
    expect(graph.organisations.map((o) => o.id)).toEqual(['beta', 'gamma', 'iom', 'unhcr']);
    expect(graph.programs.map((p) => p.id)).toEqual(['delta', 'imcbp']);
  });
});

describe('renderRelationshipMap', () => {
  const svg = render();

  it('is well-formed XML', () => {
    expect(xmlProblems(svg)).toEqual([]);
    // The checker itself catches what it should.
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a & b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
  });

  it('is an image named by its own <title> and <desc>', () => {
    const root = /^<svg [^>]*>/.exec(svg)![0];
    expect(root).toContain('role="img"');
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    const ids = /aria-labelledby="([^"]+)"/.exec(root)![1]!.split(' ');
    expect(ids).toEqual(['relationship-map-en-title', 'relationship-map-en-desc']);
    expect(svg).toContain(`<title id="${ids[0]}">${mapStrings.en.svgTitle}</title>`);
    expect(svg).toContain(`<desc id="${ids[1]}">A description</desc>`);
    expect(render(input, 'fr')).toContain('aria-labelledby="relationship-map-fr-title relationship-map-fr-desc"');
    // Every id is unique in the drawing.
    const all = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has a box for every forum, organisation and program, with its full name as <title>', () => {
    expect(count(svg, /<g class="map-node map-node--forum">/g)).toBe(3);
    expect(count(svg, /<g class="map-node map-node--organisation">/g)).toBe(4);
    expect(count(svg, /<g class="map-node map-node--program">/g)).toBe(2);
    for (const e of [...input.forums, ...input.organisations, ...input.programs]) {
      if (e.id !== 'beta') expect(svg).toContain(`<title>${e.longName}</title>`);
    }
  });

  it('draws one solid line per membership and one dashed line per funding link', () => {
    const memberships = [...svg.matchAll(/<path class="map-edge map-edge--membership"[^>]*>/g)].map((m) => m[0]);
    const fundings = [...svg.matchAll(/<path class="map-edge map-edge--funding"[^>]*>/g)].map((m) => m[0]);
    expect(memberships).toHaveLength(4);
    expect(fundings).toHaveLength(5);
    for (const line of memberships) expect(line).not.toContain('stroke-dasharray');
    for (const line of fundings) expect(line).toContain('stroke-dasharray');
  });

  it('draws nothing for a redacted reference, nor names its markers', () => {
    const without = render({
      ...input,
      forums: input.forums.map((f) => ({ ...f, members: f.members.filter((m) => !('redacted' in m)) })),
      programs: input.programs.map((p) => ({ ...p, recipients: p.recipients.filter((r) => !('redacted' in r.to)) })),
    });
    expect(without).toBe(svg);
    expect(svg).not.toMatch(/atia|redacted/i);
  });

  it('hides every line from assistive technology', () => {
    const lines = [...svg.matchAll(/<(?:path|line)\b[^>]*>/g)].map((m) => m[0]);
    expect(lines.length).toBeGreaterThan(9);
    for (const line of lines) expect(line).toContain('aria-hidden="true"');
    expect(svg).toContain('<g class="map-edges" aria-hidden="true">');
  });

  it('escapes names for XML', () => {
    expect(svg).toContain('Smith &amp; Sons &lt;Trust&gt; &quot;Q&quot; &apos;A&apos;');
    expect(svg).not.toContain('<Trust>');
    const nasty = render({ ...input, organisations: [...input.organisations, entity('x', '</text><script>alert(1)</script>\u0007')] });
    expect(nasty).not.toContain('<script>');
    expect(xmlProblems(nasty)).toEqual([]);
  });

  it('shows Canada’s role on its forum', () => {
    expect(svg).toContain('>Canada: Chair 2019–2020</text>');
    expect(svg).toContain('>Canada: Member</text>');
    expect(render(input, 'fr')).toContain('>Canada\u00a0: Member</text>');
  });

  it('gives the same bytes for the same data, in any order', () => {
    const shuffled: MapInput = {
      forums: [...input.forums].reverse(),
      organisations: [...input.organisations].reverse(),
      programs: [...input.programs].reverse(),
    };
    expect(render(shuffled)).toBe(svg);
    expect(render()).toBe(svg);
  });

  it('uses no script, link, external font or colour-only distinction', () => {
    expect(svg).not.toMatch(/<script|<a\b|href|url\(|@import|@font-face/);
    expect(svg).toContain('font-family="sans-serif"');
    expect(svg).toContain('stroke-dasharray');
  });

  it('never sets text below 14 units (the page never draws it narrower than its own width)', () => {
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    expect(svg).toMatch(new RegExp(`viewBox="0 0 ${mapWidth} \\d+" width="${mapWidth}"`));
  });

  it('wraps long names inside their boxes', () => {
    const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
      x: Number(m[1]),
      width: Number(m[2]),
    }));
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)"( font-weight="700")?>([^<]*)<\/text>/g)];
    const inBoxes = texts.filter((m) => rects.some((r) => r.x + 10 === Number(m[1]) && r.width === 280));
    expect(inBoxes.length).toBeGreaterThan(9);
    for (const m of inBoxes) {
      const text = m[4]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'");
      expect(measureText(text, Number(m[2]), Boolean(m[3]))).toBeLessThanOrEqual(260);
    }
    expect(svg).toContain('>Office of the United Nations</text>');
  });

  it('grows taller with more boxes', () => {
    const height = (s: string) => Number(/viewBox="0 0 \d+ (\d+)"/.exec(s)![1]);
    const more = {
      ...input,
      organisations: [...input.organisations, ...['o1', 'o2', 'o3', 'o4', 'o5', 'o6'].map((id) => entity(id, `Organisation ${id}`))],
    };
    expect(height(render(more))).toBeGreaterThan(height(render()));
  });

  it('draws an empty binder as an empty, still valid map', () => {
    const empty = render({ forums: [], organisations: [], programs: [] });
    expect(xmlProblems(empty)).toEqual([]);
    expect(empty).not.toContain('map-node--');
  });
});

describe('describeCanadaRoles', () => {
  const words = (lang: 'en' | 'fr') => ({ roles: entryStrings[lang].roles, since: entryStrings[lang].since });

  it('says the current role with its years, in each language', () => {
    const roles = [{ role: 'member' as const }, { role: 'chair' as const, from: 2019, to: 2020 }];
    expect(describeCanadaRoles(roles, 2019, words('en'), 'en')).toBe('Chair 2019–2020');
    expect(describeCanadaRoles(roles, 2019, words('fr'), 'fr')).toBe('Présidence 2019-2020');
  });

  it('leaves out past and future roles', () => {
    const roles = [
      { role: 'member' as const },
      { role: 'chair' as const, from: 2017, to: 2017 },
      { role: 'chair' as const, from: 2022, to: 2022 },
    ];
    expect(describeCanadaRoles(roles, 2019, words('en'), 'en')).toBe('Member');
    expect(describeCanadaRoles([{ role: 'observer' as const, to: 2010 }], 2019, words('en'), 'en')).toBeUndefined();
  });

  it('lists roles that do not imply membership beside it', () => {
    const roles = [{ role: 'donor' as const, from: 2010 }, { role: 'member' as const }];
    expect(describeCanadaRoles(roles, 2019, words('en'), 'en')).toBe('Member · Donor since 2010');
    expect(describeCanadaRoles(roles, 2019, words('fr'), 'fr')).toBe('Membre · Donateur depuis 2010');
  });
});
