import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import { readFixtures } from '@pledge/core/testing';
import { describe, expect, it } from 'vitest';
import { lint } from './lint.js';

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
