import { join } from 'node:path';
import { loadPolicy, type Policy } from '@pledge/policy';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeFile, type FileAnalysis } from './analysis.js';

// Values written in strings of code: card numbers are personal wherever they are; e-mail
// addresses flow hidden, for the rules that ask (`literalEmails`), since an address in code is
// more often the organization's own than a user's. The demo policy's own domains: segment.com,
// segment.io.

const policy: Policy = (() => {
  const loaded = loadPolicy(join(import.meta.dirname, '../../../../apps/demo/pledge.policy.yaml'));
  if (!loaded.policy) throw new Error('the demo policy must load');
  return loaded.policy;
})();

function analyze(text: string): FileAnalysis {
  const sourceFile = ts.createSourceFile('/app/src/file.ts', text, ts.ScriptTarget.Latest, true);
  return analyzeFile({ ts, sourceFile, policy });
}

/** The initializer of `const value = …` (the last declaration of that name). */
function value(analysis: FileAnalysis): ts.Expression {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'value' &&
      node.initializer
    )
      found = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(analysis.input.sourceFile);
  if (!found) throw new Error('no `const value`');
  return found;
}

describe('values written in strings of code', () => {
  it.each([
    [
      "const value = 'seeded card 4539-1488-0343-6467 for tests';",
      'the card number `****-****-****-6467` in a string',
    ],
    ["const value = '4242424242424242';", 'a literal card number'],
    [
      'const id = 1; const value = `paid with 4111 1111 1111 1111 on ${id}`;',
      'the card number `**** **** **** 1111` in a string',
    ],
  ])('%s carries a card number, masked in its flow', (code, label) => {
    const analysis = analyze(code);
    const taints = analysis.taint.of(value(analysis));
    expect(taints.map((taint) => [taint.category, taint.steps[0]?.label])).toEqual([
      ['user.financial.card.number', label],
    ]);
  });

  it.each([
    "const value = 'card ending 6467';",
    "const value = 'paid with 4539 **** **** 6467';",
    "const value = 'order 1234567812345678';",
    "const value = 'ref 550e8400-e29b-41d4-a716-446655440000';",
  ])('%s carries nothing', (code) => {
    const analysis = analyze(code);
    expect(analysis.taint.of(value(analysis))).toEqual([]);
    expect(analysis.taint.literalEmails(value(analysis))).toEqual([]);
  });

  it('keeps an address out of `of()` and gives it, masked, to `literalEmails()`', () => {
    const analysis = analyze(
      "const BODY = 'contact ops@shop.example.com';\nconst value = { body: BODY };",
    );
    expect(analysis.taint.of(value(analysis))).toEqual([]);
    expect(
      analysis.taint
        .literalEmails(value(analysis))
        .map((taint) => [taint.category, taint.steps.map((step) => step.label)]),
    ).toEqual([
      [
        'user.contact.email',
        ['the e-mail address `o***@s***.com` in a string', 'assigned to `BODY`'],
      ],
    ]);
  });

  it("reads an address in a URL's query string", () => {
    const analysis = analyze(
      "const value = 'https://collector.example.net/in?email=jane@example.org';",
    );
    expect(
      analysis.taint.literalEmails(value(analysis)).map((taint) => taint.steps[0]?.label),
    ).toEqual(['the e-mail address `j***@e***.org` in a string']);
  });

  it("leaves out the organization's own addresses and a URL's user info", () => {
    const analysis = analyze(
      "const value = ['notify ops@segment.com', 'help@mail.segment.io', 'https://key@o1.ingest.sentry.io/2'];",
    );
    expect(analysis.taint.literalEmails(value(analysis))).toEqual([]);
  });

  it('a name-derived address is still seen by `of()` next to a written one', () => {
    const analysis = analyze(
      'export function f(email: string) { const value = `${email} cc ops@shop.example.com`; return value; }',
    );
    expect(analysis.taint.of(value(analysis)).map((taint) => taint.category)).toEqual([
      'user.contact.email',
    ]);
    expect(analysis.taint.literalEmails(value(analysis))).toHaveLength(1);
  });
});
