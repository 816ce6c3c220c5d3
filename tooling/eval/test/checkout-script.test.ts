import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCheckout, loadRepo } from '../src/data.js';
import { CORE_RULES } from '../src/run.js';

// scripts/checkout.sh clones from GitHub, which CI cannot reach: here it clones from a local
// "GitHub" (PLEDGE_EVAL_GIT_BASE) holding a repository whose pinned commit is not its latest.

const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'checkout.sh');
const POLICY = join(import.meta.dirname, 'fixtures', 'repos', 'tiny', 'pledge.policy.yaml');

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
  }).trim();
}

describe.skipIf(process.platform === 'win32')('scripts/checkout.sh', () => {
  const temp = mkdtempSync(join(tmpdir(), 'pledge-eval-checkout-'));
  afterAll(() => {
    rmSync(temp, { recursive: true, force: true });
  });

  it('clones each repository at its pinned commit, and goes on past one it cannot get', () => {
    const origin = join(temp, 'github', 'acme', 'shop.git');
    mkdirSync(join(origin, 'src'), { recursive: true });
    git(origin, 'init', '--quiet', '--initial-branch=main');
    writeFileSync(join(origin, 'src', 'a.ts'), 'export const a = 1;\n');
    git(origin, 'add', '-A');
    git(origin, 'commit', '--quiet', '-m', 'pinned');
    const pinned = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(join(origin, 'src', 'b.ts'), 'export const b = 2;\n');
    git(origin, 'add', '-A');
    git(origin, 'commit', '--quiet', '-m', 'later');

    const data = join(temp, 'repos');
    for (const [name, repo] of [
      ['shop', 'acme/shop'],
      ['gone', 'acme/gone'],
    ] as const) {
      mkdirSync(join(data, name), { recursive: true });
      writeFileSync(
        join(data, name, 'repo.json'),
        JSON.stringify({ name, repo, commit: pinned, stack: 'TypeScript' }),
      );
      writeFileSync(join(data, name, 'pledge.policy.yaml'), readFileSync(POLICY));
      writeFileSync(
        join(data, name, 'labels.yaml'),
        '- { path: src/a.ts, line: 1, rule: no-full-card-storage, expect: clean, why: A constant. }\n',
      );
    }

    const checkouts = join(temp, 'checkouts');
    const run = spawnSync('bash', [SCRIPT, checkouts], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PLEDGE_EVAL_DATA: data,
        PLEDGE_EVAL_GIT_BASE: `file://${join(temp, 'github')}`,
      },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('gone: could not clone');
    expect(run.stdout).toContain(`${join(checkouts, 'shop')} is at ${pinned}`);
    expect(git(join(checkouts, 'shop'), 'rev-parse', 'HEAD')).toBe(pinned);

    const { data: shop } = loadRepo(join(data, 'shop'), 'shop', CORE_RULES);
    expect(shop).toBeDefined();
    if (shop) expect(checkCheckout(shop, join(checkouts, 'shop'))).toEqual([]);
  });

  it('prints its usage without a directory', () => {
    const run = spawnSync('bash', [SCRIPT], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('tooling/eval/scripts/checkout.sh DIR [NAME...]');
  });
});
