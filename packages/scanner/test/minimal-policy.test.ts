import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from './scan-helpers.js';

// A minimal hand-written policy (no `document`, no `clauses`): the scan runs, and each finding
// states the promise it breaks instead of citing a clause; no format links to a missing URL.

const POLICY = `version: 1
organization: Example Shop, Inc.
firstParty:
  hosts: [shop.example]
cookies:
  declared:
    - { name: session_id, duration: session }
`;

const SOURCE = `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  res.cookie('promo_seen', '1');
  res.send('ok');
});
`;

describe('a minimal policy', () => {
  const root = tempProject(
    { 'pledge.policy.yaml': POLICY, 'src/app.ts': SOURCE },
    { policy: false },
  );

  it('is valid for `pledge policy check`', async () => {
    const { code, stdout } = await runCli(root, ['policy', 'check']);
    expect(code).toBe(0);
    expect(stdout).toContain("no human policy linked: findings state each rule's promise");
  });

  it('gives findings that state the promise, in every format, without an empty link', async () => {
    const json = await runCli(root, ['scan', '--format', 'json', '--no-progress']);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as {
      policy: { url: string };
      findings: { ruleId: string; message: string; clause?: unknown }[];
    };
    expect(result.policy.url).toBe('');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['no-undeclared-cookie']);
    expect(result.findings[0]?.clause).toBeUndefined();
    expect(result.findings[0]?.message).toContain('promo_seen');
    for (const format of ['pretty', 'sarif', 'markdown', 'github']) {
      const { code, stdout } = await runCli(root, ['scan', '--format', format, '--no-progress']);
      expect(code, format).toBe(1);
      expect(stdout, format).not.toMatch(/\]\(\)| \(\)$|\(undefined\)|#undefined/m);
      expect(stdout, format).not.toContain('"url": ""');
    }
    const map = await runCli(root, ['map', '--format', 'markdown', '--no-progress']);
    expect(map.code).toBe(0);
    expect(map.stdout).toContain('Policy of Example Shop, Inc.');
  });
});
