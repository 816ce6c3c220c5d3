import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { lint } from './lint.js';

// Every code block of a rule's README is executed: ❌ blocks must report, ✅ blocks must not.

const RULES_DIR = fileURLToPath(new URL('../../core/src/rules/', import.meta.url));

function blocks(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(heading);
  if (start === -1) return [];
  const rest = markdown.slice(start + heading.length);
  const end = rest.search(/\n##+ /);
  const section = end === -1 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```(?:ts|tsx|js|jsx)\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe.each(Object.keys(coreRules))('%s README', (id) => {
  const readme = readFileSync(`${RULES_DIR}${id}/README.md`, 'utf8');
  const incorrect = blocks(readme, '### ❌ Incorrect');
  const correct = blocks(readme, '### ✅ Correct');

  it('has ❌ and ✅ examples', () => {
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
  });

  it.each(incorrect.map((code, i) => [i + 1, code] as const))(
    '❌ example %i reports',
    (_i, code) => {
      const messages = lint(code, { rule: id });
      expect(messages.filter((m) => m.ruleId === `pledge/${id}`).length).toBeGreaterThan(0);
      expect(messages.filter((m) => m.ruleId !== `pledge/${id}`)).toEqual([]);
    },
  );

  it.each(correct.map((code, i) => [i + 1, code] as const))(
    '✅ example %i does not report',
    (_i, code) => {
      expect(lint(code, { rule: id })).toEqual([]);
    },
  );
});
