import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCE_EXTENSIONS } from '@pledge/scanner';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkCheckout,
  formatProblem,
  loadRepo,
  parseLabels,
  parseRepoJson,
  type DataProblem,
} from '../src/data.js';
import { ALL_RULES } from '../src/run.js';

const FILE = 'repos/demo/labels.yaml';
const FIXTURES = join(import.meta.dirname, 'fixtures');

function labels(text: string, paths?: string[]): ReturnType<typeof parseLabels> {
  return parseLabels(text, FILE, { rules: ALL_RULES, paths });
}

/** `line:column: message` of each problem, for compact expectations. */
function where(problems: readonly DataProblem[]): string[] {
  return problems.map((p) => `${String(p.line)}:${String(p.column)}: ${p.message}`);
}

describe('parseLabels', () => {
  it('reads labels with their positions', () => {
    const result = labels(
      [
        '- { path: src/a.ts, line: 3, rule: no-full-card-storage, expect: finding, why: Stores the PAN. }',
        '- path: src/b.ts',
        '  line: 10',
        '  endLine: 12',
        '  also: ["src/c.ts:4"]',
        '  rule: no-undeclared-cookie',
        '  expect: clean',
        '  why: Declared.',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.labels).toEqual([
      {
        path: 'src/a.ts',
        line: 3,
        also: [],
        rule: 'no-full-card-storage',
        expect: 'finding',
        why: 'Stores the PAN.',
        source: { file: FILE, line: 1, column: 3, index: 1 },
      },
      {
        path: 'src/b.ts',
        line: 10,
        endLine: 12,
        also: [{ path: 'src/c.ts', line: 4 }],
        rule: 'no-undeclared-cookie',
        expect: 'clean',
        why: 'Declared.',
        source: { file: FILE, line: 2, column: 3, index: 2 },
      },
    ]);
  });

  it('reads an empty file as no labels', () => {
    expect(labels('')).toEqual({ labels: [], problems: [] });
    expect(labels('# nothing yet\n')).toEqual({ labels: [], problems: [] });
    expect(labels('[]\n')).toEqual({ labels: [], problems: [] });
  });

  it('rejects an unknown rule, suggesting the nearest', () => {
    const result = labels(
      '- { path: src/a.ts, line: 3, rule: no-undeclared-cookies, expect: finding, why: x }',
    );
    expect(result.labels).toEqual([]);
    expect(where(result.problems)).toEqual([
      `1:36: entry #1: unknown rule "no-undeclared-cookies"; did you mean "no-undeclared-cookie"? Labels name a rule of the evaluation: ${ALL_RULES.join(', ')}.`,
    ]);
  });

  it('rejects missing fields, wrong values and unknown keys', () => {
    const result = labels(
      [
        '- path: src/a.ts',
        '  line: 0',
        '  endline: 4',
        '  expect: maybe',
        '- path: src/b.ts',
        '  line: 9',
        '  endLine: 7',
        '  rule: no-full-card-storage',
        '  expect: finding',
        '  why: ""',
      ].join('\n'),
    );
    expect(result.labels).toEqual([]);
    expect(where(result.problems)).toEqual([
      '3:3: entry #1: unknown key "endline"; did you mean "endLine"? Known keys: path, line, endLine, also, rule, expect, why.',
      '2:9: entry #1: "line" must be a line number (a whole number from 1).',
      '1:3: entry #1: "rule" is required.',
      '4:11: entry #1: "expect" must be "finding" (the rule should report here) or "clean" (it should not); got "maybe".',
      '1:3: entry #1: "why" is required: one sentence a reviewer can check.',
      '7:12: entry #2: "endLine" (7) is before "line" (9).',
      '10:8: entry #2: "why" must be a non-empty sentence.',
    ]);
  });

  it('rejects paths that cannot be matched', () => {
    const result = labels(
      [
        '- { path: /abs/a.ts, line: 1, rule: no-full-card-storage, expect: clean, why: x }',
        '- { path: "src\\\\a.ts", line: 1, rule: no-full-card-storage, expect: clean, why: x }',
        '- { path: src/../a.ts, line: 1, rule: no-full-card-storage, expect: clean, why: x }',
        '- { path: src/schema.prisma, line: 1, rule: no-full-card-storage, expect: clean, why: x }',
        '- { path: src/types.d.ts, line: 1, rule: no-full-card-storage, expect: clean, why: x }',
        '- { path: scripts/seed.ts, line: 1, rule: no-full-card-storage, expect: clean, why: x }',
        '- { path: src/a.ts, line: 1, also: [src/b.ts, "lib/c.ts:3"], rule: no-full-card-storage, expect: clean, why: x }',
      ].join('\n'),
      ['src', 'app.ts'],
    );
    expect(result.labels).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'entry #1: "path" must be relative to the checkout: "/abs/a.ts".',
      'entry #2: "path" must use / separators: "src\\a.ts".',
      'entry #3: "path" must not contain empty, "." or ".." segments: "src/../a.ts".',
      `entry #4: "path" must be a source file the front ends analyse (${SOURCE_EXTENSIONS.join(', ')}; not .d.ts): "src/schema.prisma".`,
      `entry #5: "path" must be a source file the front ends analyse (${SOURCE_EXTENSIONS.join(', ')}; not .d.ts): "src/types.d.ts".`,
      'entry #6: "path" scripts/seed.ts is outside repo.json\'s paths (src, app.ts), so no front end scans it.',
      'entry #7: "also" entry "src/b.ts" is not "path:line".',
      'entry #7: "also" entry "lib/c.ts:3" is outside repo.json\'s paths.',
    ]);
  });

  it('rejects duplicate labels, naming both entries', () => {
    const result = labels(
      [
        '- { path: src/a.ts, line: 3, rule: no-full-card-storage, expect: finding, why: x }',
        '- { path: src/a.ts, line: 3, rule: no-full-card-storage, expect: finding, why: y }',
      ].join('\n'),
    );
    expect(where(result.problems)).toEqual([
      `2:3: entry #2: duplicate of entry #1 (src/a.ts:3, no-full-card-storage) at ${FILE}:1:3; remove one.`,
    ]);
  });

  it('rejects a finding label and a clean label on the same line, even through `also`', () => {
    const result = labels(
      [
        '- { path: src/a.ts, line: 3, endLine: 6, rule: no-undeclared-cookie, expect: finding, why: x }',
        '- { path: src/b.ts, line: 1, also: ["src/a.ts:5"], rule: no-undeclared-cookie, expect: clean, why: y }',
        '- { path: src/a.ts, line: 4, rule: no-full-card-storage, expect: clean, why: "another rule, no conflict" }',
      ].join('\n'),
    );
    expect(where(result.problems)).toEqual([
      `2:3: entry #2: contradicts entry #1 (src/a.ts:3-6, no-undeclared-cookie) at ${FILE}:1:3: both cover src/a.ts:5 for no-undeclared-cookie, one expecting a finding and the other none; narrow endLine/also so they do not meet.`,
    ]);
  });

  it('rejects overlapping ranges, but lets labels of one kind share an `also` place', () => {
    const overlapping = labels(
      [
        '- { path: src/a.ts, line: 3, endLine: 6, rule: no-undeclared-cookie, expect: finding, why: x }',
        '- { path: src/a.ts, line: 6, rule: no-undeclared-cookie, expect: finding, why: y }',
      ].join('\n'),
    );
    expect(where(overlapping.problems)).toEqual([
      `2:3: entry #2: overlaps entry #1 (src/a.ts:3-6, no-undeclared-cookie) at ${FILE}:1:3 at src/a.ts:6: one finding there would match both; merge them or narrow endLine.`,
    ]);
    const sharedHelper = labels(
      [
        '- { path: src/a.ts, line: 3, also: ["src/mail.ts:20"], rule: no-pii-to-undeclared-third-party, expect: clean, why: x }',
        '- { path: src/b.ts, line: 8, also: ["src/mail.ts:20"], rule: no-pii-to-undeclared-third-party, expect: clean, why: y }',
      ].join('\n'),
    );
    expect(sharedHelper.problems).toEqual([]);
    expect(sharedHelper.labels).toHaveLength(2);
  });

  it('rejects a document that is not a list, and invalid YAML, with positions', () => {
    expect(where(labels('path: src/a.ts\nline: 3\n').problems)).toEqual([
      '1:1: expected a list of labels (`- path: …`), one entry per labelled line.',
    ]);
    const broken = labels('- { path: src/a.ts, line: 3\n');
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(broken.problems[0]?.message).toMatch(/^not valid YAML: /);
  });
});

describe('parseRepoJson', () => {
  const valid = {
    name: 'umami',
    repo: 'umami-software/umami',
    commit: 'c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1',
    stack: 'Next.js, Prisma',
    paths: ['src'],
    notes: 'n',
  };

  it('reads a valid repo.json', () => {
    const result = parseRepoJson(JSON.stringify(valid, null, 2), 'repo.json', 'umami');
    expect(result.problems).toEqual([]);
    expect(result.meta).toEqual(valid);
    expect(result.pathPositions).toEqual([{ line: 7, column: 5 }]);
  });

  it('rejects a short commit, a wrong name, a bad repo, bad paths and unknown keys', () => {
    const result = parseRepoJson(
      JSON.stringify(
        { ...valid, name: 'Umami', repo: 'umami', commit: 'c0ea3ae', paths: ['../x'], path: 'src' },
        null,
        2,
      ),
      'repo.json',
      'umami',
    );
    expect(result.meta).toBeUndefined();
    expect(where(result.problems)).toEqual([
      '10:3: unknown key "path"; did you mean "paths"? Known keys: name, repo, commit, stack, paths, notes.',
      '2:11: "name" is "Umami" but the folder is "umami"; they must be the same.',
      '3:11: "repo" must be "owner/name" as on GitHub, e.g. "umami-software/umami"; got "umami".',
      '4:13: "commit" must be a full commit id, 40 lowercase hex digits; got "c0ea3ae".',
      '7:5: "paths" entry "../x" must not contain empty, "." or ".." segments.',
    ]);
  });

  it('rejects missing keys and invalid JSON', () => {
    expect(where(parseRepoJson('{ "name": "umami" }', 'repo.json', 'umami').problems)).toEqual([
      '1:1: "repo" is required.',
      '1:1: "commit" is required.',
      '1:1: "stack" is required.',
    ]);
    const broken = parseRepoJson('{ "name": "umami", }', 'repo.json', 'umami');
    expect(broken.meta).toBeUndefined();
    expect(broken.problems[0]?.message).toMatch(/^not valid JSON: /);
  });
});

describe('loadRepo and checkCheckout', () => {
  const temp = mkdtempSync(join(tmpdir(), 'pledge-eval-data-'));
  afterAll(() => {
    rmSync(temp, { recursive: true, force: true });
  });

  it('names each missing file', () => {
    const dir = join(temp, 'empty');
    mkdirSync(dir);
    const { data, problems } = loadRepo(dir, 'empty', ALL_RULES);
    expect(data).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${join(dir, 'repo.json')}:1:1: error: repo.json is missing.`,
      `${join(dir, 'pledge.policy.yaml')}:1:1: error: pledge.policy.yaml is missing.`,
      `${join(dir, 'labels.yaml')}:1:1: error: labels.yaml is missing.`,
    ]);
  });

  it('reports an invalid policy with its position', () => {
    const dir = join(temp, 'tiny-bad-policy');
    cpSync(join(FIXTURES, 'repos', 'tiny'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'repo.json'),
      readFixture('repo.json').replace('"tiny"', '"tiny-bad-policy"'),
    );
    writeFileSync(join(dir, 'pledge.policy.yaml'), 'version: 1\norganisation: Tiny\n');
    const { data, problems } = loadRepo(dir, 'tiny-bad-policy', ALL_RULES);
    expect(data).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === join(dir, 'pledge.policy.yaml'))).toBe(true);
    expect(problems.map((p) => p.message).join('\n')).toContain('the policy is invalid: ');
  });

  it('checks labelled files and lines against a checkout', () => {
    const { data } = loadRepo(join(FIXTURES, 'repos', 'tiny'), 'tiny', ALL_RULES);
    expect(data).toBeDefined();
    if (!data) return;
    expect(checkCheckout(data, join(FIXTURES, 'checkouts', 'tiny'))).toEqual([]);

    const checkout = join(temp, 'short-checkout');
    mkdirSync(join(checkout, 'src'), { recursive: true });
    writeFileSync(join(checkout, 'src', 'billing.ts'), 'one\ntwo\nthree\n');
    writeFileSync(join(checkout, 'src', 'analytics.ts'), 'one\n'.repeat(8));
    const problems = checkCheckout(data, checkout).map((p) => `${String(p.line)}: ${p.message}`);
    expect(problems).toEqual([
      '2: entry #1 (src/billing.ts:8, no-full-card-storage): line 8 is beyond the end of src/billing.ts (3 lines).',
      '7: entry #2 (src/billing.ts:9, no-full-card-storage): line 9 is beyond the end of src/billing.ts (3 lines).',
      '12: entry #3 (src/cookies.ts:8-12, no-undeclared-cookie): "path" src/cookies.ts: no such file in the checkout.',
      '18: entry #4 (src/cookies.ts:13, no-undeclared-cookie): "path" src/cookies.ts: no such file in the checkout.',
      '23: entry #5 (src/cookies.ts:14, no-undeclared-cookie): "path" src/cookies.ts: no such file in the checkout.',
      '34: entry #7 (src/analytics.ts:9, no-pii-to-undeclared-third-party): line 9 is beyond the end of src/analytics.ts (8 lines).',
      // From labels.require-unsubscribe-in-marketing-email.yaml: a rule's own labels file.
      '2: entry #1 (src/newsletter.ts:4, require-unsubscribe-in-marketing-email): "path" src/newsletter.ts: no such file in the checkout.',
    ]);
  });

  it("checks a git checkout's HEAD against the pinned commit, and the paths exist", () => {
    const { data } = loadRepo(join(FIXTURES, 'repos', 'tiny'), 'tiny', ALL_RULES);
    if (!data) throw new Error('the fixture data is invalid');
    const checkout = join(temp, 'git-checkout');
    cpSync(join(FIXTURES, 'checkouts', 'tiny'), checkout, { recursive: true });
    git(checkout, 'init', '--quiet', '--initial-branch=main');
    git(checkout, 'add', '-A');
    git(checkout, 'commit', '--quiet', '-m', 'initial');
    const head = git(checkout, 'rev-parse', 'HEAD').trim();
    expect(where(checkCheckout(data, checkout))).toEqual([
      `1:1: the checkout ${checkout} is at ${head}, but the labels are for ${data.meta.commit}: run \`git -C ${checkout} checkout ${data.meta.commit}\`.`,
    ]);
    rmSync(join(checkout, '.git'), { recursive: true, force: true });
    rmSync(join(checkout, 'src'), { recursive: true, force: true });
    expect(where(checkCheckout(data, checkout))[0]).toBe(
      `6:13: "paths" entry "src" does not exist in the checkout ${checkout}.`,
    );
  });
});

function readFixture(file: string): string {
  return readFileSync(join(FIXTURES, 'repos', 'tiny', file), 'utf8');
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    },
  });
}
