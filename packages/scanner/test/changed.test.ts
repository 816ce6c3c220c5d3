import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../src/changed.js';
import { scan } from '../src/scan.js';
import { git, gitInit, runCli, tempProject, writeFiles } from './scan-helpers.js';

const TRACKING = `import Mixpanel from 'mixpanel';
const mixpanel = Mixpanel.init('token');

export function track(event: string, properties: object) {
  mixpanel.track(event, properties);
}
`;

const ROUTES = `import { track } from './tracking';

export function onSignup(user: { email: string }) {
  track('signup', { email: user.email });
}

export function onLogin(user: { email: string }) {
  track('login', { email: user.email });
}
`;

describe('--changed-since on a temporary git repository', () => {
  it('reports only findings on changed lines, with the fingerprints of a full scan', async () => {
    const root = tempProject({
      'src/tracking.ts': TRACKING,
      'src/routes.ts': ROUTES,
      'src/legacy.ts': ROUTES.replace(/on(Signup|Login)/g, 'old$1'),
    });
    writeFiles(root, { '.gitignore': 'pledge-baseline.json\n' });
    gitInit(root);
    git(root, 'checkout', '--quiet', '-b', 'feature');

    // On the branch: a new call in an existing file (code above it moves down), a file renamed
    // with an edit, and a new untracked file.
    writeFileSync(
      join(root, 'src/routes.ts'),
      ROUTES.replace(
        'export function onLogin',
        "export function onReset(user: { email: string }) {\n  track('reset', { email: user.email });\n}\n\nexport function onLogin",
      ),
    );
    git(root, 'mv', 'src/legacy.ts', 'src/old-routes.ts');
    writeFileSync(
      join(root, 'src/old-routes.ts'),
      ROUTES.replace(/on(Signup|Login)/g, 'old$1').replace("'login'", "'old-login'"),
    );
    git(root, 'commit', '--quiet', '-am', 'reset flow');
    writeFiles(root, {
      'src/new-page.ts': `import { track } from './tracking';\nexport const view = (email: string) => track('view', { email });\n`,
    });

    const full = await scan({ root });
    expect(full.findings.map((f) => `${f.file}:${String(f.line)}`)).toEqual([
      'src/new-page.ts:2',
      'src/old-routes.ts:4',
      'src/old-routes.ts:8',
      'src/routes.ts:4',
      'src/routes.ts:8',
      'src/routes.ts:12',
    ]);

    const changed = await scan({ root, changedSince: 'main' });
    expect(changed.changedSince).toBe('main');
    expect(changed.findings.map((f) => `${f.file}:${String(f.line)}`)).toEqual([
      'src/new-page.ts:2',
      'src/old-routes.ts:8',
      'src/routes.ts:8',
    ]);
    // The same finding has the same fingerprint in both scans.
    for (const finding of changed.findings) {
      const same = full.findings.find((f) => f.file === finding.file && f.line === finding.line);
      expect(finding.fingerprint).toBe(same?.fingerprint);
    }
    // Nothing was skipped, and the whole program was analysed (the sink is in an unchanged file).
    expect(changed.stats).toMatchObject({ files: 4, analysed: 4 });

    // Uncommitted edits count as changed too.
    writeFileSync(join(root, 'src/routes.ts'), ROUTES.replace("track('signup'", "track('sign_up'"));
    const dirty = await scan({ root, changedSince: 'main' });
    expect(dirty.findings.map((f) => `${f.file}:${String(f.line)}`)).toEqual([
      'src/new-page.ts:2',
      'src/old-routes.ts:8',
      'src/routes.ts:4',
    ]);
  });

  it('end to end with the CLI: exit 1 only for new findings on changed lines; a bad ref is exit 2', async () => {
    const root = tempProject({ 'src/tracking.ts': TRACKING, 'src/routes.ts': ROUTES });
    gitInit(root);
    const unchanged = await runCli(root, ['scan', '--format', 'json', '--changed-since', 'HEAD']);
    expect(unchanged.code).toBe(0);
    expect(JSON.parse(unchanged.stdout)).toMatchObject({ changedSince: 'HEAD', findings: [] });

    writeFileSync(
      join(root, 'src/routes.ts'),
      `${ROUTES}\nexport const again = (email: string) => track('again', { email });\n`,
    );
    const touched = await runCli(root, ['scan', '--format', 'json', '--changed-since', 'HEAD']);
    expect(touched.code).toBe(1);
    expect(JSON.parse(touched.stdout)).toMatchObject({
      findings: [{ file: 'src/routes.ts', line: 11 }],
    });

    const bad = await runCli(root, ['scan', '--changed-since', 'no-such-branch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('`no-such-branch` is not a commit of this repository');
    const option = await runCli(root, ['scan', '--changed-since=--output=x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('is not a git revision');
  });

  it('is exit 2 outside a git repository', async () => {
    const root = tempProject({ 'a.ts': '' });
    const result = await runCli(root, ['scan', '--changed-since', 'main']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /git rev-parse --show-toplevel failed: fatal: not a git repository/,
    );
  });
});

describe('parseUnifiedDiff', () => {
  it('reads added and changed lines, renames, deletions and quoted paths', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1111111..2222222 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -3,0 +4,2 @@ export function a() {',
      '+one',
      '+two',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      '@@ -20,3 +21,0 @@',
      '-gone',
      'diff --git a/old name.ts b/new name.ts',
      'similarity index 90%',
      'rename from old name.ts',
      'rename to new name.ts',
      '--- a/old name.ts',
      '+++ b/new name.ts',
      '@@ -1 +1 @@',
      'diff --git a/deleted.ts b/deleted.ts',
      '--- a/deleted.ts',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      'diff --git "a/caf\\303\\251.ts" "b/caf\\303\\251.ts"',
      '--- "a/caf\\303\\251.ts"',
      '+++ "b/caf\\303\\251.ts"',
      '@@ -0,0 +1 @@',
    ].join('\n');
    const changed = parseUnifiedDiff(diff, '/repo');
    expect(
      Object.fromEntries(
        [...changed].map(([file, lines]) => [file, lines === 'all' ? 'all' : [...lines]]),
      ),
    ).toEqual({
      '/repo/src/a.ts': [4, 5, 12],
      '/repo/new name.ts': [1],
      '/repo/café.ts': [1],
    });
  });
});
