import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { assertTypeScript, TypeScriptVersionError, typeScriptProblem } from './typescript.js';

describe('typeScriptProblem', () => {
  it('accepts the compiler API in the supported range', () => {
    expect(typeScriptProblem(ts)).toBeUndefined();
    expect(typeScriptProblem({ version: '5.4.5', createSourceFile: () => undefined })).toBe(
      undefined,
    );
  });

  it('meets TypeScript 7 with the side-by-side setup, and says the scanner is unaffected', () => {
    // What `require('typescript')` returns for typescript@7.0.2: its version, and no API.
    const problem = typeScriptProblem(
      { version: '7.0.2', versionMajorMinor: '7.0' },
      '/p/node_modules/typescript/lib/version.cjs',
    );
    expect(problem).toContain('typescript@7.0.2 (from /p/node_modules/typescript/lib/version.cjs)');
    expect(problem).toContain('TypeScript 7, the native port, which has no compiler API');
    expect(problem).toContain('"typescript": "npm:@typescript/typescript6@^6.0.2"');
    expect(problem).toContain('"@typescript/native": "npm:typescript@^7.0.2"');
    expect(problem).toContain('`pledge scan` brings its own TypeScript');
  });

  it('names the supported range for an old or a too-new 6.x, and a missing package', () => {
    expect(typeScriptProblem({ version: '5.2.2', createSourceFile: () => undefined })).toContain(
      'support typescript >=5.4 <6.1, but typescript@5.2.2',
    );
    expect(typeScriptProblem({ version: '6.1.0', createSourceFile: () => undefined })).toContain(
      'typescript@6.1.0',
    );
    expect(typeScriptProblem(new Error("Cannot find module 'typescript'"))).toContain(
      'npm install --save-dev typescript@~6.0.2',
    );
  });
});

describe('assertTypeScript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-ts7-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('throws one TypeScriptVersionError for a TypeScript 7 installation', () => {
    // A project whose `typescript` is 7.0.2: the package's main entry exports the version only.
    const pkg = join(dir, 'node_modules', 'typescript');
    mkdirSync(join(pkg, 'lib'), { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'typescript', version: '7.0.2', main: './lib/version.cjs' }),
    );
    writeFileSync(
      join(pkg, 'lib', 'version.cjs'),
      "module.exports = { version: '7.0.2', versionMajorMinor: '7.0' };\n",
    );
    const from = join(dir, 'eslint.config.js');
    expect(() => {
      assertTypeScript(from);
    }).toThrow(TypeScriptVersionError);
    expect(() => {
      assertTypeScript(from);
    }).toThrow(/typescript@7\.0\.2 \(from .*lib[\\/]version\.cjs\) is TypeScript 7/);
  });

  it('passes for the TypeScript this workspace uses', () => {
    expect(() => {
      assertTypeScript(import.meta.url);
    }).not.toThrow();
  });
});
