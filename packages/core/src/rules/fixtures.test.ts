import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '@pledge/policy';
import { describe, expect, it } from 'vitest';
import { coreRules } from '../index.js';
import { readFixtures } from '../testing/fixtures.js';
import { runOnCode } from '../testing/run.js';

const policy = loadPolicy(
  join(import.meta.dirname, '../../../../apps/demo/pledge.policy.yaml'),
).policy;
if (!policy) throw new Error('the demo policy must load');

describe.each(Object.keys(coreRules))('%s fixtures (engine)', (ruleId) => {
  const rule = coreRules[ruleId]!;
  const fixtures = readFixtures(join(import.meta.dirname, ruleId, 'fixtures'), ruleId);

  it('has fixtures with findings and fixtures without', () => {
    expect(fixtures.some((f) => f.expectedLines.length > 0)).toBe(true);
    expect(fixtures.some((f) => f.expectedLines.length === 0)).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const findings = runOnCode(rule, fixture.code, policy, fixture.name);
    expect([...new Set(findings.map((f) => f.location.start.line))]).toEqual(fixture.expectedLines);
  });
});

it('every rule folder is a rule', () => {
  const folders = readdirSync(import.meta.dirname, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  expect(folders).toEqual(Object.keys(coreRules).sort());
});
