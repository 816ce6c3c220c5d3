import { describe, expect, it } from 'vitest';
import { formatReport, ratio, shortMessage, summaryLine } from '../src/report.js';
import type { EvalResult } from '../src/run.js';
import {
  aggregate,
  matches,
  precision,
  recall,
  scoreRepo,
  sumCounts,
  type EvalFinding,
  type Label,
} from '../src/score.js';

const RULES = ['no-full-card-storage', 'no-undeclared-cookie', 'no-pii-to-undeclared-third-party'];

function finding(file: string, line: number, ruleId: string, message = 'a finding'): EvalFinding {
  return { ruleId, file, line, column: 1, endLine: line, message };
}

function label(partial: Partial<Label> & Pick<Label, 'path' | 'line' | 'rule' | 'expect'>): Label {
  return { also: [], why: 'because', ...partial };
}

describe('matches', () => {
  const multiLine = label({
    path: 'src/a.ts',
    line: 10,
    endLine: 12,
    rule: 'no-undeclared-cookie',
    expect: 'finding',
  });
  const withAlso = label({
    path: 'src/a.ts',
    line: 20,
    also: [{ path: 'src/helper.ts', line: 5 }],
    rule: 'no-pii-to-undeclared-third-party',
    expect: 'finding',
  });

  it('matches a finding on any line of [line, endLine]', () => {
    expect(matches(finding('src/a.ts', 10, 'no-undeclared-cookie'), multiLine)).toBe(true);
    expect(matches(finding('src/a.ts', 11, 'no-undeclared-cookie'), multiLine)).toBe(true);
    expect(matches(finding('src/a.ts', 12, 'no-undeclared-cookie'), multiLine)).toBe(true);
  });

  it('does not match outside the range, in another file or for another rule', () => {
    expect(matches(finding('src/a.ts', 9, 'no-undeclared-cookie'), multiLine)).toBe(false);
    expect(matches(finding('src/a.ts', 13, 'no-undeclared-cookie'), multiLine)).toBe(false);
    expect(matches(finding('src/b.ts', 11, 'no-undeclared-cookie'), multiLine)).toBe(false);
    expect(matches(finding('src/a.ts', 11, 'no-full-card-storage'), multiLine)).toBe(false);
  });

  it('matches only the label line when there is no endLine', () => {
    expect(matches(finding('src/a.ts', 20, 'no-pii-to-undeclared-third-party'), withAlso)).toBe(
      true,
    );
    expect(matches(finding('src/a.ts', 21, 'no-pii-to-undeclared-third-party'), withAlso)).toBe(
      false,
    );
  });

  it('matches a finding at an `also` place, exactly', () => {
    expect(matches(finding('src/helper.ts', 5, 'no-pii-to-undeclared-third-party'), withAlso)).toBe(
      true,
    );
    expect(matches(finding('src/helper.ts', 6, 'no-pii-to-undeclared-third-party'), withAlso)).toBe(
      false,
    );
  });
});

describe('scoreRepo', () => {
  const labels: Label[] = [
    // TP twice over: two findings in the range count as one true positive.
    label({
      path: 'src/card.ts',
      line: 3,
      endLine: 4,
      rule: 'no-full-card-storage',
      expect: 'finding',
    }),
    // TP through `also`.
    label({
      path: 'src/signup.ts',
      line: 7,
      also: [{ path: 'src/mail.ts', line: 2 }],
      rule: 'no-pii-to-undeclared-third-party',
      expect: 'finding',
    }),
    // FN: nothing reported there.
    label({ path: 'src/cookie.ts', line: 9, rule: 'no-undeclared-cookie', expect: 'finding' }),
    // FP: reported although labelled clean.
    label({ path: 'src/cookie.ts', line: 15, rule: 'no-undeclared-cookie', expect: 'clean' }),
    // A correct clean label: nothing reported, nothing counted.
    label({ path: 'src/card.ts', line: 8, rule: 'no-full-card-storage', expect: 'clean' }),
  ];
  const findings: EvalFinding[] = [
    finding('src/card.ts', 3, 'no-full-card-storage'),
    finding('src/card.ts', 4, 'no-full-card-storage'),
    finding('src/mail.ts', 2, 'no-pii-to-undeclared-third-party'),
    finding('src/cookie.ts', 15, 'no-undeclared-cookie'),
    finding('src/cookie.ts', 30, 'no-undeclared-cookie', 'unlabelled one'),
    // Right line, wrong rule: unlabelled, not a TP of the card label.
    finding('src/card.ts', 3, 'no-undeclared-cookie', 'unlabelled two'),
    // Not a rule that counts: ignored altogether.
    finding('src/card.ts', 3, 'some-pack/other-rule'),
  ];
  const score = scoreRepo(labels, findings, RULES);

  it('counts per rule', () => {
    expect(score.perRule).toEqual({
      'no-full-card-storage': { tp: 1, fp: 0, fn: 0, unlabelled: 0 },
      'no-undeclared-cookie': { tp: 0, fp: 1, fn: 1, unlabelled: 2 },
      'no-pii-to-undeclared-third-party': { tp: 1, fp: 0, fn: 0, unlabelled: 0 },
    });
    expect(score.total).toEqual({ tp: 2, fp: 1, fn: 1, unlabelled: 2 });
  });

  it('lists what it counted', () => {
    expect(score.truePositives.map((tp) => [tp.label.path, tp.findings.length])).toEqual([
      ['src/card.ts', 2],
      ['src/signup.ts', 1],
    ]);
    expect(score.falseNegatives.map((l) => `${l.path}:${String(l.line)}`)).toEqual([
      'src/cookie.ts:9',
    ]);
    expect(
      score.falsePositives.map((fp) => `${fp.finding.file}:${String(fp.finding.line)}`),
    ).toEqual(['src/cookie.ts:15']);
    expect(score.unlabelled.map((f) => f.message)).toEqual(['unlabelled one', 'unlabelled two']);
  });

  it('counts each finding on a clean label once, even where clean labels share an `also`', () => {
    const shared = scoreRepo(
      [
        label({
          path: 'src/a.ts',
          line: 1,
          also: [{ path: 'src/mail.ts', line: 2 }],
          rule: 'no-pii-to-undeclared-third-party',
          expect: 'clean',
        }),
        label({
          path: 'src/b.ts',
          line: 1,
          also: [{ path: 'src/mail.ts', line: 2 }],
          rule: 'no-pii-to-undeclared-third-party',
          expect: 'clean',
        }),
      ],
      [
        finding('src/mail.ts', 2, 'no-pii-to-undeclared-third-party'),
        finding('src/mail.ts', 2, 'no-pii-to-undeclared-third-party'),
      ],
      RULES,
    );
    expect(shared.total).toEqual({ tp: 0, fp: 2, fn: 0, unlabelled: 0 });
  });

  it('lets one finding at a shared `also` satisfy every finding label there', () => {
    const shared = scoreRepo(
      [
        label({
          path: 'src/a.ts',
          line: 1,
          also: [{ path: 'src/mail.ts', line: 2 }],
          rule: 'no-pii-to-undeclared-third-party',
          expect: 'finding',
        }),
        label({
          path: 'src/b.ts',
          line: 1,
          also: [{ path: 'src/mail.ts', line: 2 }],
          rule: 'no-pii-to-undeclared-third-party',
          expect: 'finding',
        }),
      ],
      [finding('src/mail.ts', 2, 'no-pii-to-undeclared-third-party')],
      RULES,
    );
    expect(shared.total).toEqual({ tp: 2, fp: 0, fn: 0, unlabelled: 0 });
  });

  it('scores no labels and no findings as zeros, with every rule present', () => {
    const empty = scoreRepo([], [], RULES);
    expect(Object.keys(empty.perRule)).toEqual(RULES);
    expect(empty.total).toEqual({ tp: 0, fp: 0, fn: 0, unlabelled: 0 });
    expect(precision(empty.total)).toBeUndefined();
    expect(recall(empty.total)).toBeUndefined();
  });

  it('makes every finding unlabelled when there are no labels, and every finding label a FN when there are no findings', () => {
    expect(scoreRepo([], findings, RULES).total).toEqual({ tp: 0, fp: 0, fn: 0, unlabelled: 6 });
    expect(scoreRepo(labels, [], RULES).total).toEqual({ tp: 0, fp: 0, fn: 3, unlabelled: 0 });
  });
});

describe('precision and recall', () => {
  it('divides TP by TP + FP and by TP + FN', () => {
    const counts = { tp: 3, fp: 1, fn: 9, unlabelled: 40 };
    expect(precision(counts)).toBe(0.75);
    expect(recall(counts)).toBe(0.25);
  });

  it('prints two decimals, or a dash when undefined', () => {
    expect(ratio(2 / 3)).toBe('0.67');
    expect(ratio(1)).toBe('1.00');
    expect(ratio(undefined)).toBe('–');
  });

  it('writes the summary line', () => {
    expect(summaryLine('scanner', { tp: 60, fp: 6, fn: 73, unlabelled: 12 })).toBe(
      'scanner: precision 0.91 recall 0.45 (TP 60, FP 6, FN 73, unlabelled 12)',
    );
  });
});

describe('aggregate', () => {
  const umami = scoreRepo(
    [
      label({ path: 'a.ts', line: 1, rule: 'no-undeclared-cookie', expect: 'finding' }),
      label({ path: 'a.ts', line: 2, rule: 'no-undeclared-cookie', expect: 'clean' }),
    ],
    [finding('a.ts', 1, 'no-undeclared-cookie'), finding('a.ts', 2, 'no-undeclared-cookie')],
    RULES,
  );
  const dub = scoreRepo(
    [label({ path: 'b.ts', line: 1, rule: 'no-full-card-storage', expect: 'finding' })],
    [finding('b.ts', 7, 'no-undeclared-cookie')],
    RULES,
  );

  it('sums per rule over repositories, and in total', () => {
    const scores = [umami, dub];
    expect(scores).not.toHaveLength(0);
    const totals = aggregate(scores, RULES);
    expect(totals.perRule).toEqual({
      'no-full-card-storage': { tp: 0, fp: 0, fn: 1, unlabelled: 0 },
      'no-undeclared-cookie': { tp: 1, fp: 1, fn: 0, unlabelled: 1 },
      'no-pii-to-undeclared-third-party': { tp: 0, fp: 0, fn: 0, unlabelled: 0 },
    });
    expect(totals.total).toEqual({ tp: 1, fp: 1, fn: 1, unlabelled: 1 });
    expect(totals.total).toEqual(sumCounts([umami.total, dub.total]));
  });

  it('sums nothing to zeros', () => {
    expect(aggregate([], RULES).total).toEqual({ tp: 0, fp: 0, fn: 0, unlabelled: 0 });
  });
});

describe('formatReport', () => {
  const score = scoreRepo(
    [
      label({
        path: 'src/a.ts',
        line: 1,
        rule: 'no-undeclared-cookie',
        expect: 'finding',
        why: 'cookie x',
      }),
      label({
        path: 'src/a.ts',
        line: 5,
        rule: 'no-undeclared-cookie',
        expect: 'finding',
        why: 'cookie y',
      }),
      label({
        path: 'src/a.ts',
        line: 9,
        rule: 'no-undeclared-cookie',
        expect: 'clean',
        why: 'declared',
      }),
    ],
    [
      finding('src/a.ts', 1, 'no-undeclared-cookie'),
      finding('src/a.ts', 9, 'no-undeclared-cookie', 'Cookie `z` is set'),
      finding(
        'src/b.ts',
        3,
        'no-undeclared-cookie',
        `Cookie \`w\` is set ${'and more '.repeat(20)}`,
      ),
    ],
    RULES,
  );
  const run = {
    front: 'scanner' as const,
    findings: [],
    durationMs: 1234,
    files: 2,
    analysed: 2,
    problems: [{ file: 'src/c.ts', kind: 'crash' as const, detail: 'the engine failed: boom' }],
    notes: [],
    fileList: [],
  };
  const result: EvalResult = {
    version: 1,
    fronts: ['scanner'],
    rules: RULES,
    checkouts: '/checkouts',
    repos: [
      {
        name: 'demo',
        meta: { name: 'demo', repo: 'o/demo', commit: 'a'.repeat(40), stack: 'x' },
        checkout: '/checkouts/demo',
        status: 'ran',
        problems: [],
        labels: { finding: 2, clean: 1 },
        fronts: { scanner: { run, score } },
      },
      {
        name: 'gone',
        meta: { name: 'gone', repo: 'o/gone', commit: 'b'.repeat(40), stack: 'x' },
        checkout: '/checkouts/gone',
        status: 'missing-checkout',
        hint: 'git clone https://github.com/o/gone.git /checkouts/gone',
        problems: [],
        labels: { finding: 0, clean: 0 },
        fronts: {},
      },
    ],
    totals: { scanner: aggregate([score], RULES) },
  };
  const text = formatReport(result);

  it('lists every FN, FP and unlabelled finding for triage', () => {
    expect(text).toContain('FN  src/a.ts:5  no-undeclared-cookie  [missed by scanner]  cookie y');
    expect(text).toContain('FP  src/a.ts:9  no-undeclared-cookie  [scanner]  Cookie `z` is set');
    expect(text).toContain('labelled clean: declared');
    expect(text).toContain(
      `??  src/b.ts:3  no-undeclared-cookie  [scanner]  ${shortMessage(`Cookie \`w\` is set ${'and more '.repeat(20)}`)}`,
    );
  });

  it('reports crashes, wall time, missing checkouts and the summary', () => {
    expect(text).toContain('scanner crash: src/c.ts: the engine failed: boom');
    expect(text).toMatch(/^demo +1\.2 s$/m);
    expect(text).toContain('gone: no checkout at /checkouts/gone. Get it with:');
    expect(text).toContain('git clone https://github.com/o/gone.git /checkouts/gone');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'scanner: precision 0.50 recall 0.50 (TP 1, FP 1, FN 1, unlabelled 1)',
    );
  });

  it('cuts messages to 80 characters on one line', () => {
    expect(shortMessage('a\n  b')).toBe('a b');
    expect(shortMessage('x'.repeat(100))).toHaveLength(80);
  });
});
