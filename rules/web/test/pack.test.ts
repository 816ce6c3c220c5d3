import { fileURLToPath } from 'node:url';
import { describeRulePack } from '@pledge/rule-tester';
import { describe, expect, it } from 'vitest';
import pack from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const policy = fileURLToPath(new URL('policy.yaml', import.meta.url));

// The pack's meta-test: a docs page per rule whose examples run, message ids used, schema
// descriptions, the docs URL the pack's own, the recommended config built from metadata.
describeRulePack(pack, { packageDir, policy });

describe('@pledge/rules-web', () => {
  it('is an ESLint plugin under the pledge-web namespace, every rule recommended', () => {
    expect(pack.meta.namespace).toBe('pledge-web');
    expect(Object.keys(pack.rules)).toEqual([
      'no-undeclared-third-party-script',
      'cookie-attributes',
    ]);
    expect(pack.configs.recommended.rules).toEqual({
      'pledge-web/no-undeclared-third-party-script': 'error',
      'pledge-web/cookie-attributes': 'error',
    });
  });

  it('needs the rule API it uses (flow.matchPatterns came with 1.1)', () => {
    expect(pack.pledge.coreApi).toBe('^1.1.0');
  });
});
