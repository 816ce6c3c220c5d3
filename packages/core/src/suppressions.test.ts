import { describe, expect, it } from 'vitest';
import {
  applySuppressions,
  parseSuppressions,
  suppressionProblemMessage,
  type SourceComment,
} from './suppressions.js';

const RULES = new Set(['no-full-card-storage', 'no-undeclared-cookie', 'no-pii-in-logs']);
const context = { isRule: (id: string) => RULES.has(id), lastLine: 40 };

/** Comments from `line: text` pairs; `alone` unless the text starts with `code;`. */
function comments(...entries: [number, string][]): SourceComment[] {
  return entries.map(([line, text]) => {
    const alone = !text.startsWith('code;');
    const body = alone ? text : text.slice('code;'.length);
    return {
      value: body.replace(/^\/\/|^\/\*|\*\/$/g, ''),
      line,
      endLine: line,
      alone,
    };
  });
}

describe('parseSuppressions', () => {
  it('reads pledge-ignore on its own line, after code, stacked, and with a namespace', () => {
    const parsed = parseSuppressions(
      comments(
        [2, '// pledge-ignore no-full-card-storage: vault table, JIRA-1'],
        [5, '// pledge-ignore pledge/no-undeclared-cookie: set by the CDN'],
        [6, '/* pledge-ignore pledge-security/no-pii-in-logs: redacted by the shipper */'],
        [9, 'code;// pledge-ignore no-full-card-storage: seeded test card'],
      ),
      context,
    );
    expect(parsed.map((s) => [s.syntax, s.ruleId, s.from, s.to, s.reason, s.problem])).toEqual([
      ['pledge-ignore', 'no-full-card-storage', 3, 3, 'vault table, JIRA-1', undefined],
      ['pledge-ignore', 'no-undeclared-cookie', 7, 7, 'set by the CDN', undefined],
      ['pledge-ignore', 'no-pii-in-logs', 7, 7, 'redacted by the shipper', undefined],
      ['pledge-ignore', 'no-full-card-storage', 9, 9, 'seeded test card', undefined],
    ]);
  });

  it("reads ESLint's directives that name Pledge rules, with ESLint's ` -- ` reason", () => {
    const parsed = parseSuppressions(
      comments(
        [1, '// eslint-disable-next-line pledge/no-full-card-storage -- vault, JIRA-1'],
        [3, 'code;// eslint-disable-line pledge/no-undeclared-cookie, no-console -- CDN sets it'],
        [5, '/* eslint-disable pledge-security/no-pii-in-logs -- the shipper redacts */'],
        [9, '/* eslint-enable pledge-security/no-pii-in-logs */'],
        [
          12,
          '/* eslint-disable pledge/no-full-card-storage -- migration to the end of the file */',
        ],
      ),
      context,
    );
    expect(parsed.map((s) => [s.syntax, s.ruleId, s.from, s.to, s.reason])).toEqual([
      ['eslint-disable-next-line', 'no-full-card-storage', 2, 2, 'vault, JIRA-1'],
      ['eslint-disable-line', 'no-undeclared-cookie', 3, 3, 'CDN sets it'],
      ['eslint-disable', 'no-pii-in-logs', 5, 9, 'the shipper redacts'],
      ['eslint-disable', 'no-full-card-storage', 12, 40, 'migration to the end of the file'],
    ]);
  });

  it("leaves other plugins' directives alone and takes a bare one for every rule", () => {
    const parsed = parseSuppressions(
      comments(
        [1, '// eslint-disable-next-line no-console, @typescript-eslint/no-explicit-any'],
        [3, '// eslint-disable-next-line -- generated file'],
        [5, '// eslint-disable-next-line'],
        [7, '// a note about eslint-disable-next-line, not a directive'],
        [9, '// pledge-ignored-by-nobody: not the keyword'],
      ),
      context,
    );
    expect(parsed.map((s) => [s.line, s.ruleId, s.reason, s.problem])).toEqual([
      [3, undefined, 'generated file', undefined],
      [5, undefined, undefined, 'missing-reason'],
    ]);
  });

  it('marks a missing reason and an unknown rule in both spellings', () => {
    const parsed = parseSuppressions(
      comments(
        [1, '// pledge-ignore no-full-card-storage'],
        [3, '// pledge-ignore no-full-card-storage:   '],
        [5, '// pledge-ignore no-full-card-storge: typo'],
        [7, '// pledge-ignore'],
        [9, '// eslint-disable-next-line pledge/no-full-card-storage'],
        [11, '// eslint-disable-next-line pledge/no-such-rule -- reason'],
      ),
      context,
    );
    expect(parsed.map((s) => [s.line, s.problem])).toEqual([
      [1, 'missing-reason'],
      [3, 'missing-reason'],
      [5, 'unknown-rule'],
      [7, 'unknown-rule'],
      [9, 'missing-reason'],
      [11, 'unknown-rule'],
    ]);
  });
});

describe('applySuppressions', () => {
  const parsed = parseSuppressions(
    comments(
      [1, '// pledge-ignore no-full-card-storage: vault'],
      [3, '// pledge-ignore no-undeclared-cookie: nothing here'],
      [5, '// eslint-disable-next-line -- generated'],
      [7, '// eslint-disable-next-line'],
      [9, '// eslint-disable-next-line'],
      [11, '// pledge-ignore no-pii-in-logs: the rule is off in this run'],
    ),
    context,
  );
  const findings = [
    { ruleId: 'no-full-card-storage', line: 2 },
    { ruleId: 'no-undeclared-cookie', line: 2 },
    { ruleId: 'no-full-card-storage', line: 6 },
    { ruleId: 'no-full-card-storage', line: 8 },
  ];
  const applied = applySuppressions(findings, parsed, (id) => id !== 'no-pii-in-logs');

  it('suppresses the named rule on the covered lines only', () => {
    expect(
      applied.suppressed.map(({ finding, by }) => [finding.line, finding.ruleId, by.line]),
    ).toEqual([
      [2, 'no-full-card-storage', 1],
      [6, 'no-full-card-storage', 5],
    ]);
    expect(applied.kept).toEqual([
      { ruleId: 'no-undeclared-cookie', line: 2 },
      { ruleId: 'no-full-card-storage', line: 8 },
    ]);
  });

  it('reports unused and unreasoned suppressions, not bare ones that met nothing', () => {
    expect(applied.problems.map(({ suppression, kind }) => [suppression.line, kind])).toEqual([
      [3, 'unused'],
      [7, 'missing-reason'],
    ]);
  });

  it('words each problem the same for both front ends', () => {
    const [unused, unreasoned] = applied.problems;
    expect(unused && suppressionProblemMessage(unused.kind, unused.suppression)).toBe(
      '`pledge-ignore no-undeclared-cookie` suppresses nothing: no `no-undeclared-cookie` finding is on the line it applies to. Remove it.',
    );
    expect(unreasoned && suppressionProblemMessage(unreasoned.kind, unreasoned.suppression)).toBe(
      "`eslint-disable-next-line` has no reason, so it does not suppress Pledge's findings. Write why the finding is acceptable after ` -- `: `// eslint-disable-next-line -- <reason>`.",
    );
  });
});
