/**
 * Size budgets (issue 12: "no source file over 250 lines and no function over 60 lines without a
 * one-line reason above it"), as Starlight keeps its own: a newcomer reads a file in one sitting
 * and a function on one screen. Functions are found with TypeScript's own parser (declarations,
 * expressions, arrows, methods, accessors, constructors), in .ts modules and in the frontmatter
 * of .astro components. A function may run longer when the line right above it says why:
 * `// Long because …`.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
export const maxFileLines = 250;
export const maxFunctionLines = 60;
const reason = /^\s*\/\/\s*Long because\b/;

export interface LongFunction {
  name: string;
  /** 1-based line the function starts on. */
  line: number;
  lines: number;
}

/** The lines of a file, as an editor counts them (a final newline does not open another line). */
export function lineCount(text: string): number {
  return text.replace(/\r?\n$/, '').split(/\r?\n/).length;
}

/** The TypeScript of a file: all of a module, the frontmatter of an .astro component (padded so lines match). */
export function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? `\n${match[1]}` : '';
}

const isFunction = (node: ts.Node): node is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

/** What a reader would call the function: its own name, or the variable or property it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) return parent.name.getText(source);
  return ts.isConstructorDeclaration(node) ? 'constructor' : '(anonymous)';
}

/** The line a reason comment must sit above: the statement's when the function is a variable's value. */
function headLine(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): number {
  let head: ts.Node = node;
  while (
    head.parent &&
    (ts.isVariableDeclaration(head.parent) ||
      ts.isVariableDeclarationList(head.parent) ||
      ts.isVariableStatement(head.parent) ||
      ts.isPropertyAssignment(head.parent))
  ) {
    head = head.parent;
  }
  return source.getLineAndCharacterOfPosition(head.getStart(source)).line;
}

/** Functions longer than the budget whose line above gives no reason. */
export function longFunctions(file: string, text: string, max = maxFunctionLines): LongFunction[] {
  const script = scriptOf(file, text);
  const source = ts.createSourceFile(file.replace(/\.astro$/, '.ts'), script, ts.ScriptTarget.Latest, true);
  const lines = script.split(/\r?\n/);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (isFunction(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const head = headLine(node, source);
      if (end - start + 1 > max && !reason.test(lines[head - 1] ?? ''))
        found.push({ name: nameOf(node, source), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The project's sources under budget: src/ and scripts/, .ts and .astro, tests and fixtures left out. */
function projectSources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of ['src', 'scripts']) {
    for (const d of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!d.isFile() || !/\.(ts|astro)$/.test(d.name) || d.name.endsWith('.test.ts') || d.name.endsWith('.d.ts')) continue;
      const absolute = path.join(d.parentPath, d.name);
      files.set(path.relative(root, absolute).split(path.sep).join('/'), fs.readFileSync(absolute, 'utf8'));
    }
  }
  return files;
}

const body = (lines: number) => Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join('\n');

describe('the size budget finds', () => {
  it('a function declaration, an arrow, a method and a function in an .astro frontmatter over the budget', () => {
    const text = `function a() {\n${body(61)}\n}\nconst b = async () => {\n${body(61)}\n};\nclass C {\n  m() {\n${body(61)}\n  }\n}\n`;
    expect(longFunctions('x.ts', text).map((f) => [f.name, f.lines])).toEqual([
      ['a', 61],
      ['b', 61],
      ['m', 61],
    ]);
    expect(longFunctions('X.astro', `---\nconst f = () => {\n${body(70)}\n};\n---\n<p>{f()}</p>\n`)).toEqual([
      { name: 'f', line: 2, lines: 70 },
    ]);
  });

  it('no function at the budget, and none whose line above says why it is long', () => {
    expect(longFunctions('x.ts', `function a() {\n${body(60)}\n}\n`)).toEqual([]);
    expect(longFunctions('x.ts', `// Long because one table\nexport const b = () => {\n${body(80)}\n};\n`)).toEqual([]);
    expect(longFunctions('x.ts', `// Just a comment\nfunction c() {\n${body(80)}\n}\n`)).toHaveLength(1);
  });

  it('lines as an editor counts them', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\r\nb')).toBe(2);
  });
});

describe('the project keeps to the size budget', () => {
  const sources = projectSources();

  it(`has no source file over ${maxFileLines} lines`, () => {
    expect(sources.size).toBeGreaterThan(100);
    const long = [...sources]
      .filter(([, text]) => lineCount(text) > maxFileLines)
      .map(([file, text]) => `${file}: ${lineCount(text)} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${maxFunctionLines} lines without "// Long because …" above it`, () => {
    const long = [...sources].flatMap(([file, text]) =>
      longFunctions(file, text).map((f) => `${file}:${f.line} ${f.name}: ${f.lines} lines`),
    );
    expect(long).toEqual([]);
  });
});
