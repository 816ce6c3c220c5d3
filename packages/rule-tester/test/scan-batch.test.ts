import { describe, expect, it } from 'vitest';
import type { Reported, ScannerRun } from '../src/index.js';
import { caseScanOf, ownScanReason } from '../src/scan-batch.js';

// A `run()` scans the cases that share a policy and options in one program: a case that could
// see or change another case there gets a scan of its own.

describe('ownScanReason', () => {
  it.each([
    ['a module', `import x from 'x';\nx.set('a', 1);\n`, 'file.ts'],
    [
      'a script of statements only',
      `document.cookie = 'a=1';\nCookies.set('b', 'x');\n`,
      'file.ts',
    ],
    [
      'a relative import inside its folder',
      `import { mask } from './mask';\nexport const m = mask;\n`,
      'file.ts',
    ],
    [
      'a parent folder inside its folder',
      `import { mask } from '../mask';\nexport const m = mask;\n`,
      'lib/file.ts',
    ],
    ['a dynamic import inside its folder', `export const m = import('./mask');\n`, 'file.ts'],
  ])('%s shares a scan', (_name, code, filename) => {
    expect(ownScanReason(code, filename)).toBeUndefined();
  });

  it.each([
    [
      'a script that declares a function',
      `function setCookie(k: string) {}\nsetCookie('a');\n`,
      'file.ts',
      /script/,
    ],
    [
      'a CommonJS script',
      `const session = require('express-session');\nmodule.exports = session();\n`,
      'file.js',
      /script/,
    ],
    [
      'declare global',
      `export {};\ndeclare global { var track: (e: string) => void; }\n`,
      'file.ts',
      /augmentation/,
    ],
    [
      'a module augmentation',
      `import 'express';\ndeclare module 'express' { interface Request { user: string } }\n`,
      'file.ts',
      /augmentation/,
    ],
    [
      'a lib reference',
      `/// <reference lib="dom" />\nexport const c = document.cookie;\n`,
      'file.ts',
      /reference/,
    ],
    [
      'an import outside its folder',
      `import { x } from '../other/file';\nexport const y = x;\n`,
      'file.ts',
      /outside its folder/,
    ],
    [
      'a require outside its folder',
      `export const x = require('../../x');\n`,
      'lib/file.ts',
      /outside its folder/,
    ],
  ])('%s gets its own scan', (_name, code, filename, reason) => {
    expect(ownScanReason(code, filename)).toMatch(reason);
  });
});

describe('caseScanOf', () => {
  const finding = (file: string, line: number): Reported => ({
    ruleId: 'r',
    messageId: 'm',
    message: 'message',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
  });
  const run: ScannerRun = {
    findings: [
      finding('case-0/file.ts', 2),
      finding('case-1/src/a.tsx', 3),
      finding('case-1/src/a.tsx', 5),
    ],
    skipped: ['case-2/file.ts: parse-error (1:1 expression expected)'],
    analysed: 2,
    analysedFiles: ['case-0/file.ts', 'case-1/src/a.tsx'],
  };

  it("returns a case's findings, relative to its folder", () => {
    expect(caseScanOf(run, 'case-1', 'src/a.tsx')).toEqual({
      findings: [finding('src/a.tsx', 3), finding('src/a.tsx', 5)],
    });
    expect(caseScanOf(run, 'case-0', 'file.ts')).toEqual({ findings: [finding('file.ts', 2)] });
  });

  it("reports a case's own skip, not another case's", () => {
    expect(caseScanOf(run, 'case-2', 'file.ts')).toEqual({
      skipped: ['case-2/file.ts: parse-error (1:1 expression expected)'],
    });
    expect(caseScanOf(run, 'case-3', 'file.vue')).toEqual({ notAnalysed: true });
  });

  it('reports a skip of the whole program to every case', () => {
    const failed = {
      ...run,
      skipped: [': analysis-error (TypeScript could not build the program)'],
    };
    expect(caseScanOf(failed, 'case-0', 'file.ts')).toEqual({ skipped: failed.skipped });
  });
});
