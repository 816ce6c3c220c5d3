import { fileURLToPath } from 'node:url';
import { describeRulePack } from '@pledge/rule-tester';
import { describe, expect, it } from 'vitest';
import pack from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const policy = fileURLToPath(new URL('policy.yaml', import.meta.url));

// The pack's meta-test: a docs page per rule whose examples run, message ids used, schema
// descriptions, the docs URL the pack's own, the recommended config built from metadata.
describeRulePack(pack, { packageDir, policy });

describe('@pledge/rules-security', () => {
  it('is an ESLint plugin under the pledge-security namespace, every rule recommended', () => {
    expect(pack.meta.namespace).toBe('pledge-security');
    expect(Object.keys(pack.rules)).toEqual([
      'no-pii-in-logs',
      'no-pii-in-url',
      'no-pii-in-client-storage',
    ]);
    expect(pack.configs.recommended.rules).toEqual({
      'pledge-security/no-pii-in-logs': 'error',
      'pledge-security/no-pii-in-url': 'error',
      'pledge-security/no-pii-in-client-storage': 'error',
    });
  });

  it('adds log and browser-storage sinks to the catalogs of a run, nothing else', () => {
    const catalogs = pack.pledge.catalogs;
    const kinds = new Set((catalogs.storage ?? []).map((sink) => sink.kind));
    expect([...kinds].sort()).toEqual(['browser-storage', 'log']);
    expect(catalogs.sdks ?? []).toEqual([]);
    expect(catalogs.cookies ?? []).toEqual([]);
  });

  it('needs the rule API it uses (flow.matchPatterns came with 1.1)', () => {
    expect(pack.pledge.coreApi).toBe('^1.1.0');
  });
});
