import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, readBaseline } from '../src/baseline.js';
import type { ScanFinding } from '../src/types.js';
import { runCli, tempProject } from './scan-helpers.js';

const SIGNUP = `import Mixpanel from 'mixpanel';
const mixpanel = Mixpanel.init('token');

export function onSignup(user: { email: string; phoneNumber: string }) {
  mixpanel.track('signup', { email: user.email });
}
`;

describe('pledge baseline, then pledge scan --baseline', () => {
  it('fails only on findings the baseline does not hold, and counts matched, new and fixed', async () => {
    const root = tempProject({ 'src/signup.ts': SIGNUP });

    const written = await runCli(root, ['baseline']);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(written.stderr).toBe('pledge: wrote 1 finding(s) to pledge-baseline.json.\n');
    const file = readFileSync(join(root, 'pledge-baseline.json'), 'utf8');
    const baseline = JSON.parse(file) as {
      findings: { fingerprint: string; ruleId: string; file: string; message: string }[];
    };
    expect(baseline).toMatchObject({
      version: 1,
      tool: '@pledge/scanner',
      findings: [{ ruleId: 'no-pii-to-undeclared-third-party', file: 'src/signup.ts' }],
    });
    expect(baseline.findings[0]!.fingerprint).toMatch(/^v1:[0-9a-f]{32}$/);
    expect(baseline.findings[0]!.message).toContain('`user.contact.email`');
    // Stable: regenerating it gives the same bytes.
    await runCli(root, ['baseline']);
    expect(readFileSync(join(root, 'pledge-baseline.json'), 'utf8')).toBe(file);

    // Unchanged code: clean against the baseline, failing without it.
    expect((await runCli(root, ['scan', '--format', 'json'])).code).toBe(1);
    const clean = await runCli(root, [
      'scan',
      '--format',
      'json',
      '--baseline',
      'pledge-baseline.json',
    ]);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({
      findings: [{ inBaseline: true }],
      baseline: { file: 'pledge-baseline.json', matched: 1, new: 0, fixed: 0 },
    });

    // Code moves down and a new leak appears: only the new one fails.
    writeFileSync(
      join(root, 'src/signup.ts'),
      SIGNUP.replace(
        'export function',
        '// Called by the signup route.\n\nexport function',
      ).replace(
        "  mixpanel.track('signup', { email: user.email });",
        "  mixpanel.track('signup', { email: user.email });\n  mixpanel.track('verified', { phone: user.phoneNumber });",
      ),
    );
    const newer = await runCli(root, [
      'scan',
      '--format',
      'json',
      '--baseline',
      'pledge-baseline.json',
    ]);
    expect(newer.code).toBe(1);
    expect(JSON.parse(newer.stdout)).toMatchObject({
      findings: [
        { line: 7, inBaseline: true },
        { line: 8, inBaseline: false, category: 'user.contact.phone_number' },
      ],
      baseline: { matched: 1, new: 1, fixed: 0 },
    });

    // The old leak is fixed, the new one accepted into a fresh baseline.
    writeFileSync(
      join(root, 'src/signup.ts'),
      SIGNUP.replace("  mixpanel.track('signup', { email: user.email });\n", ''),
    );
    const fixed = await runCli(root, [
      'scan',
      '--format',
      'json',
      '--baseline',
      'pledge-baseline.json',
    ]);
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout)).toMatchObject({
      findings: [],
      baseline: { matched: 0, new: 0, fixed: 1 },
    });
  });

  it('writes to --output (creating its folder) and rejects a missing or broken baseline with exit 2', async () => {
    const root = tempProject({ 'src/signup.ts': SIGNUP });
    const written = await runCli(root, ['baseline', 'src', '--output', 'ci/accepted.json']);
    expect(written).toMatchObject({
      code: 0,
      stderr: 'pledge: wrote 1 finding(s) to ci/accepted.json.\n',
    });
    expect(readBaseline(join(root, 'ci/accepted.json')).findings).toHaveLength(1);

    const missing = await runCli(root, ['scan', '--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'nope.json: the baseline file does not exist. Create it with `pledge baseline --output',
    );
    writeFileSync(join(root, 'broken.json'), '{ "findings": 3 }');
    const broken = await runCli(root, ['scan', '--baseline', 'broken.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json: not a Pledge baseline');
  });
});

describe('applyBaseline', () => {
  const finding = (fingerprint: string): ScanFinding => ({
    ruleId: 'r',
    messageId: 'm',
    message: 'm',
    severity: 'error',
    file: 'a.ts',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    flow: [],
    excerpt: '',
    fingerprint,
  });

  it('matches fingerprints as a multiset', () => {
    const entry = (fingerprint: string) => ({
      fingerprint,
      ruleId: 'r',
      file: 'a.ts',
      message: 'm',
    });
    const baseline = {
      version: 1,
      tool: '@pledge/scanner',
      fingerprintVersion: 'v1',
      findings: [entry('a'), entry('b'), entry('b')],
    } as const;
    const findings = [finding('a'), finding('a'), finding('b')];
    const { findings: marked, summary } = applyBaseline(
      findings,
      findings,
      { ...baseline, findings: [...baseline.findings] },
      'base.json',
    );
    expect(marked.map((f) => f.inBaseline)).toEqual([true, false, true]);
    expect(summary).toEqual({ file: 'base.json', matched: 2, new: 1, fixed: 1 });
  });
});
