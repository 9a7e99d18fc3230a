/** The benchmark's README output: stage times read from build summaries, the growth table and its data, the markers. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { growthSection, growthTable, readGrowthData, writeIntoReadme, type Medians } from './table.ts';
import { stageTimes } from './variants.ts';
import { starlightPage } from './starlight.ts';
import { treeRss, type Run } from './measure.ts';
import { tempDir } from '../../../tests/temp.ts';

const run = (time: string): Run => ({ wall: 1, cpu: 1, rssMb: 1, status: 0, log: `✓ public edition\n  time         ${time}\n` });

describe('the benchmark', () => {
  it("reads each stage's median time from the public builds' summaries", () => {
    const runs = [
      run('check and redact 2.0 s · astro 10.0 s'),
      run('check and redact 3.0 s · astro 12.0 s'),
      run('check and redact 1.0 s · astro 11.0 s'),
    ];
    expect(stageTimes(runs)).toEqual([
      ['check and redact', 2],
      ['astro', 11],
    ]);
  });

  it('shows growth over the sizes measured, and keeps its data in the README for the next size', () => {
    const medians = (wall: number): Medians => ({
      wall: { public: wall, floor: wall * 2 },
      rssMb: { public: 100 },
      stages: [['astro', wall / 2]],
    });
    const table = growthTable({ '1000': medians(20), '200': medians(5) });
    expect(table.split('\n')[2]).toBe('| 200 | 5.0 s (25.0 ms / entry) | – | 10.0 s (50.0 ms / entry) | – | astro 2.5 |');
    expect(table.split('\n')[3]).toMatch(/^\| 1000 \| 20\.0 s/);
    const dir = tempDir('readme');
    const readme = path.join(dir, 'README.md');
    fs.writeFileSync(
      readme,
      '# R\n\n<!-- bench:growth:start -->\nold\n<!-- bench:growth:end -->\n\n<!-- bench:200:start -->\n<!-- bench:200:end -->\nend\n',
    );
    expect(writeIntoReadme(readme, 'growth', growthSection({ '200': medians(5) }))).toBe(true);
    expect(writeIntoReadme(readme, 200, 'the table')).toBe(true);
    expect(writeIntoReadme(readme, 3000, 'nowhere')).toBe(false);
    const text = fs.readFileSync(readme, 'utf8');
    expect(text).not.toContain('old');
    expect(text).toContain('<!-- bench:200:start -->\nthe table\n<!-- bench:200:end -->\nend\n');
    expect(readGrowthData(readme)).toEqual({ '200': medians(5) });
  });

  it('gives each body a Starlight title and the two components', () => {
    expect(starlightPage('Hello <Ref to="a/b" />', 'notes/n1', 4)).toBe(
      `---\ntitle: "notes/n1"\n---\n\nimport Redact from '../../../../components/Pass.astro';\nimport Ref from '../../../../components/Link.astro';\n\nHello <Ref to="a/b" />`,
    );
  });

  it.runIf(fs.existsSync('/proc/self/statm'))('sums the memory of a whole process tree', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 3000)'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const alone = treeRss(child.pid!);
    const withChild = treeRss(process.pid);
    child.kill();
    expect(alone).toBeGreaterThan(1_000_000);
    expect(withChild).toBeGreaterThan(alone);
  });
});
