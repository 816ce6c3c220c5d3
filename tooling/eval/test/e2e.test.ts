import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, main } from '../src/cli.js';
import type { EvalResult } from '../src/run.js';

// The whole evaluation on a tiny repository (test/fixtures/checkouts/tiny, labelled in
// test/fixtures/repos/tiny): every front end, scored exactly. Its labels hold one case of each
// kind: a TP on a plain line, a TP through endLine (the finding is inside a multi-line call), a
// TP through `also`, a correct clean label, a deliberately wrong clean label (FP), a
// deliberately wrong finding label (FN) and one unlabelled finding.

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Captures what the CLI writes. */
function sink(): { text: string; write(chunk: string): boolean } {
  return {
    text: '',
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

describe('pledge-eval on the fixture repositories', () => {
  const temp = mkdtempSync(join(tmpdir(), 'pledge-eval-e2e-'));
  const stdout = sink();
  const stderr = sink();
  let status: number;
  let result: EvalResult;

  beforeAll(async () => {
    status = await main(
      [
        '--data',
        join(FIXTURES, 'repos'),
        '--repos',
        'checkouts',
        '--front',
        'scanner,eslint',
        '--front',
        'eslint-typed',
        // The core rules and one pack rule, whose labels are in a file of their own.
        '--rule',
        'no-full-card-storage,no-undeclared-cookie,no-pii-to-undeclared-third-party',
        '--rule',
        'require-unsubscribe-in-marketing-email',
        '--json',
        join(temp, 'out', 'result.json'),
      ],
      { cwd: FIXTURES, env: {}, stdout, stderr },
    );
    result = JSON.parse(readFileSync(join(temp, 'out', 'result.json'), 'utf8')) as EvalResult;
  });
  afterAll(() => {
    rmSync(temp, { recursive: true, force: true });
  });

  it('runs the repository that has a checkout and exits 0', () => {
    expect(stderr.text).not.toContain('FAILED');
    expect(status).toBe(EXIT.ok);
    expect(result.repos.map((r) => [r.name, r.status])).toEqual([
      ['absent', 'missing-checkout'],
      ['tiny', 'ran'],
    ]);
  });

  it('scores every front end exactly', () => {
    const tiny = result.repos.find((r) => r.name === 'tiny');
    expect(Object.keys(tiny?.fronts ?? {})).toEqual(['scanner', 'eslint', 'eslint-typed']);
    for (const front of ['scanner', 'eslint', 'eslint-typed'] as const) {
      const outcome = tiny?.fronts[front];
      expect(outcome?.run.error).toBeUndefined();
      expect(outcome?.run.problems).toEqual([]);
      expect(outcome?.run.files).toBe(5);
      expect(outcome?.score.perRule, front).toEqual({
        'no-full-card-storage': { tp: 1, fp: 0, fn: 0, unlabelled: 0 },
        'no-undeclared-cookie': { tp: 1, fp: 1, fn: 0, unlabelled: 1 },
        'no-pii-to-undeclared-third-party': { tp: 1, fp: 0, fn: 1, unlabelled: 0 },
        'require-unsubscribe-in-marketing-email': { tp: 1, fp: 0, fn: 0, unlabelled: 0 },
      });
      expect(result.totals[front]?.total).toEqual({ tp: 4, fp: 1, fn: 1, unlabelled: 1 });
    }
  });

  it('matched the multi-line call inside its range and the send at its `also` place', () => {
    const tps = result.repos.find((r) => r.name === 'tiny')?.fronts.scanner?.score.truePositives;
    expect(
      tps?.map((tp) => [tp.label.path, tp.label.line, tp.findings.map((f) => f.line)]),
    ).toEqual([
      ['src/billing.ts', 8, [8]],
      ['src/cookies.ts', 8, [9]],
      ['src/analytics.ts', 3, [6]],
      ['src/newsletter.ts', 4, [4]],
    ]);
  });

  it('prints the triage lists, how to get the missing checkout and the summary lines', () => {
    expect(stdout.text).toContain(
      'FN  src/analytics.ts:9  no-pii-to-undeclared-third-party  [missed by all]',
    );
    expect(stdout.text).toContain('FP  src/cookies.ts:14  no-undeclared-cookie  [all]');
    expect(stdout.text).toContain('??  src/cookies.ts:15  no-undeclared-cookie  [all]');
    expect(stdout.text).toContain(
      `git clone https://github.com/pledge-dev/absent-eval-fixture.git ${join(FIXTURES, 'checkouts', 'absent')} && git -C ${join(FIXTURES, 'checkouts', 'absent')} checkout 89abcdef0123456789abcdef0123456789abcdef`,
    );
    expect(stdout.text.trimEnd().split('\n').slice(-3)).toEqual([
      'scanner: precision 0.80 recall 0.80 (TP 4, FP 1, FN 1, unlabelled 1)',
      'eslint: precision 0.80 recall 0.80 (TP 4, FP 1, FN 1, unlabelled 1)',
      'eslint-typed: precision 0.80 recall 0.80 (TP 4, FP 1, FN 1, unlabelled 1)',
    ]);
  });
});

describe('pledge-eval usage', () => {
  const run = async (argv: string[], env: Record<string, string> = {}) => {
    const stdout = sink();
    const stderr = sink();
    const status = await main(argv, { cwd: FIXTURES, env, stdout, stderr });
    return { status, stdout: stdout.text, stderr: stderr.text };
  };

  it('needs to know where the checkouts are', async () => {
    const { status, stderr } = await run(['--data', 'repos']);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toContain('say where the checkouts are: --repos DIR or PLEDGE_EVAL_REPOS=DIR');
  });

  it('rejects an unknown front end, repository and rule', async () => {
    const front = await run(['--repos', 'checkouts', '--front', 'scanner,tslint']);
    expect(front.status).toBe(EXIT.usage);
    expect(front.stderr).toContain(
      'unknown front end "tslint"; choose from scanner, eslint, eslint-typed.',
    );
    const repo = await run(['--data', 'repos', '--repo', 'nope'], {
      PLEDGE_EVAL_REPOS: 'checkouts',
    });
    expect(repo.status).toBe(EXIT.usage);
    expect(repo.stderr).toContain('no such repository');
    expect(repo.stderr).toContain('Known: absent, tiny.');
    const rule = await run(['--data', 'repos', '--rule', 'no-pii-in-log'], {
      PLEDGE_EVAL_REPOS: 'checkouts',
    });
    expect(rule.status).toBe(EXIT.usage);
    expect(rule.stderr).toContain('no such rule: no-pii-in-log.');
    expect(rule.stderr).toContain('no-pii-in-logs');
  });

  it('exits 2 when no repository has a checkout, saying how to get it', async () => {
    const { status, stdout } = await run(['--data', 'repos', '--repo', 'absent'], {
      PLEDGE_EVAL_REPOS: 'checkouts',
    });
    expect(status).toBe(EXIT.usage);
    expect(stdout).toContain('absent: no checkout at');
  });
});
