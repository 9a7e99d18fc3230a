import { describe, expect, it } from 'vitest';
import { bandCuts, mapGraph, renderPrintBands } from './relationship-map.ts';
import { input, labels, xmlProblems } from './test-map.ts';

describe('print bands', () => {
  it('cover the whole drawing in bands never higher than asked, with every box whole in some band', () => {
    const boxes: [number, number][] = [
      [50, 120],
      [134, 300],
      [140, 200],
      [314, 400],
      [420, 700],
      [714, 760],
      [200, 330],
      [600, 650],
    ];
    const bands = bandCuts(800, boxes, 320);
    expect(bands[0]![0]).toBe(0);
    expect(bands.at(-1)![1]).toBe(800);
    for (const [i, [top, bottom]] of bands.entries()) {
      expect(bottom - top).toBeLessThanOrEqual(320);
      if (i > 0) expect(top).toBeLessThanOrEqual(bands[i - 1]![1]); // contiguous, or overlapping
    }
    for (const [top, bottom] of boxes)
      expect(
        bands.some(([from, to]) => from <= top && to >= bottom),
        `box ${top}–${bottom}`,
      ).toBe(true);
  });

  it('cut at a clear line when there is one low enough, and through a box only when it is higher than a band', () => {
    expect(
      bandCuts(
        800,
        [
          [50, 250],
          [300, 650],
        ],
        400,
      ),
    ).toEqual([
      [0, 298],
      [298, 698],
      [698, 800],
    ]);
    // Two columns whose gaps never line up: the box across the break is drawn whole in both bands.
    const staggered: [number, number][] = [
      [50, 200],
      [210, 330],
      [340, 480],
      [150, 260],
      [270, 390],
      [400, 500],
    ];
    expect(bandCuts(600, staggered, 400)).toEqual([
      [0, 400],
      [338, 600],
    ]);
    expect(bandCuts(1000, [[10, 990]], 400)).toEqual([
      [0, 400],
      [400, 800],
      [800, 1000],
    ]);
    expect(bandCuts(300, [], 400)).toEqual([[0, 300]]);
  });

  it('are well-formed copies hidden from assistive technology, each box whole in one of them', () => {
    const bands = renderPrintBands(mapGraph(input), labels('en'), 200);
    expect(bands.length).toBeGreaterThan(1);
    for (const band of bands) {
      expect(xmlProblems(band)).toEqual([]);
      expect(band).toMatch(/^<svg [^>]*aria-hidden="true"/);
      expect(band).not.toMatch(/\sid=|role="img"/);
      const [, top, height] = /viewBox="0 ([\d.]+) \d+ ([\d.]+)"/.exec(band)!.map(Number);
      for (const rect of band.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)) {
        expect(Number(rect[1])).toBeGreaterThanOrEqual(top!);
        expect(Number(rect[1]) + Number(rect[2])).toBeLessThanOrEqual(top! + height!);
      }
    }
    for (const e of [...input.forums, ...input.organisations, ...input.programs]) {
      const title = `<title>${e.longName.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')}</title>`;
      expect(
        bands.some((band) => band.includes(title)),
        e.id,
      ).toBe(true);
    }
    expect(renderPrintBands(mapGraph(input), labels('en'), 200)).toEqual(bands);
  });
});
