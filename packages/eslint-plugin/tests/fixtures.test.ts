import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import { readFixturePrograms, readFixtures } from '@pledge/core/testing';
import { describe, expect, it } from 'vitest';
import { lint, lintProject } from './lint.js';

// The conformance corpus: each rule's annotated fixtures, linted through ESLint, must report
// exactly the annotated lines — the same lines the engine and the scanner report.

const RULES_DIR = fileURLToPath(new URL('../../core/src/rules/', import.meta.url));

describe.each(Object.keys(coreRules))('%s fixtures (ESLint)', (id) => {
  const fixtures = readFixtures(join(RULES_DIR, id, 'fixtures'), id);
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const messages = lint(fixture.code, { rule: id, filename: fixture.name });
    expect(messages.filter((m) => m.ruleId !== `pledge/${id}`)).toEqual([]);
    expect([...new Set(messages.map((m) => m.line))]).toEqual(fixture.expectedLines);
  });
});

// The multi-file fixture programs (subfolders of a rule's fixtures): with type information,
// ESLint follows the program's own modules as the scanner does and reports exactly the
// annotated lines of every file.
describe.each(Object.keys(coreRules))('%s fixture programs (ESLint, type-checked)', (id) => {
  const programs = readFixturePrograms(join(RULES_DIR, id, 'fixtures'), id);
  it.each(programs.map((p) => [p.name, p] as const))('%s', async (_name, program) => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pledge-program-')));
    try {
      cpSync(program.dir, dir, { recursive: true });
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            module: 'nodenext',
            target: 'es2022',
            skipLibCheck: true,
            allowJs: true,
            checkJs: false,
            noEmit: true,
          },
          include: ['**/*'],
        }),
      );
      const results = await lintProject(dir, { patterns: ['**/*.{ts,tsx,js,mjs,cjs}'] });
      for (const file of program.files) {
        const result = results.find(
          (r) => relative(dir, r.filePath).split(sep).join('/') === file.name,
        );
        const lines = [
          ...new Set(
            (result?.messages ?? []).filter((m) => m.ruleId === `pledge/${id}`).map((m) => m.line),
          ),
        ].sort((a, b) => a - b);
        expect({ file: file.name, lines }).toEqual({ file: file.name, lines: file.expectedLines });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
