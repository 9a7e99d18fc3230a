import { describe, expect, it } from 'vitest';
import { closest, levenshtein, formatDiagnostic, sortDiagnostics, DiagnosticsError, type Diagnostic } from './diagnostic.ts';

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'content/forums/igc.yaml',
  rule: 'invalid-field',
  message: 'established: must be a number, not the text "1985"',
  severity: 'error',
  ...over,
});

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('iom', 'ion')).toBe(1);
    expect(levenshtein('igc', 'igcc')).toBe(1);
    expect(levenshtein('unhcr', 'unhc')).toBe(1);
  });

  it('is zero for the same word and the length of the other word against nothing', () => {
    expect(levenshtein('rcm', 'rcm')).toBe(0);
    expect(levenshtein('', 'rcm')).toBe(3);
    expect(levenshtein('rcm', '')).toBe(3);
  });

  it('is case-sensitive', () => {
    expect(levenshtein('IOM', 'iom')).toBe(3);
  });
});

describe('closest', () => {
  const ids = ['iom', 'unhcr', 'igc', 'rcm', 'global-refugee-forum'];

  it('suggests the id one typo away', () => {
    expect(closest('ion', ids)).toBe('iom');
    expect(closest('unchr', ids)).toBe('unhcr');
  });

  it('ignores case', () => {
    expect(closest('IOM', ids)).toBe('iom');
  });

  it('allows two edits in a short word and a third of the length in a long one', () => {
    expect(closest('xgd', ids)).toBe('igc');
    expect(closest('xyz', ids)).toBeUndefined();
    expect(closest('global-refugee-frm', ids)).toBe('global-refugee-forum');
    expect(closest('globl-refuge-frm', ids)).toBe('global-refugee-forum');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closest('m5', [])).toBeUndefined();
    expect(closest('fcm', ['global-refugee-forum'])).toBeUndefined();
  });

  it('keeps the first of equally close candidates', () => {
    expect(closest('igm', ['igc', 'iom'])).toBe('igc');
    expect(closest('igm', ['iom', 'igc'])).toBe('iom');
  });
});

describe('formatDiagnostic', () => {
  it('prints file, line and column, severity, rule and message on one line', () => {
    expect(formatDiagnostic(diagnostic({ line: 4, column: 14 }))).toBe(
      'content/forums/igc.yaml:4:14  error  invalid-field  established: must be a number, not the text "1985"',
    );
  });

  it('starts at column 1 when only the line is known', () => {
    expect(formatDiagnostic(diagnostic({ line: 4 }))).toBe(
      'content/forums/igc.yaml:4:1  error  invalid-field  established: must be a number, not the text "1985"',
    );
  });

  it('prints the file alone when the problem has no place in it', () => {
    expect(formatDiagnostic(diagnostic({ rule: 'missing-translation', message: 'no French body', severity: 'warning' }))).toBe(
      'content/forums/igc.yaml  warning  missing-translation  no French body',
    );
  });

  it('puts the hint on an indented line below', () => {
    expect(
      formatDiagnostic(
        diagnostic({
          line: 7,
          column: 5,
          rule: 'unknown-reference',
          message: 'members[0]: no stakeholder "ion"',
          hint: 'did you mean `iom`?',
        }),
      ),
    ).toBe('content/forums/igc.yaml:7:5  error  unknown-reference  members[0]: no stakeholder "ion"\n    did you mean `iom`?');
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, then line, then column, then rule, without changing the input', () => {
    const list = [
      diagnostic({ file: 'content/notes/a.yaml', line: 1, rule: 'bad-id' }),
      diagnostic({ line: 9, column: 2, rule: 'body-language' }),
      diagnostic({ line: 3, column: 8, rule: 'duplicate-id' }),
      diagnostic({ line: 3, column: 2, rule: 'yaml-syntax' }),
      diagnostic({ line: 3, column: 2, rule: 'invalid-field' }),
      diagnostic({ rule: 'empty-file' }),
    ];
    const sorted = sortDiagnostics(list);
    expect(sorted.map((d) => `${d.file}:${d.line ?? '-'}:${d.column ?? '-'} ${d.rule}`)).toEqual([
      'content/forums/igc.yaml:-:- empty-file',
      'content/forums/igc.yaml:3:2 invalid-field',
      'content/forums/igc.yaml:3:2 yaml-syntax',
      'content/forums/igc.yaml:3:8 duplicate-id',
      'content/forums/igc.yaml:9:2 body-language',
      'content/notes/a.yaml:1:- bad-id',
    ]);
    expect(list[0]?.rule).toBe('bad-id');
  });
});

describe('DiagnosticsError', () => {
  it('counts errors, not warnings, in its message and keeps every diagnostic', () => {
    const diagnostics = [diagnostic({}), diagnostic({ severity: 'warning' }), diagnostic({ line: 2 })];
    const error = new DiagnosticsError(diagnostics);
    expect(error.message).toBe("2 problems in the binder's sources");
    expect(error.name).toBe('DiagnosticsError');
    expect(error.diagnostics).toBe(diagnostics);
  });

  it('says "problem" for one', () => {
    expect(new DiagnosticsError([diagnostic({})]).message).toBe("1 problem in the binder's sources");
  });
});
