import { fileURLToPath } from 'node:url';
import { describeRulePack } from '@pledge/rule-tester';
import { describe, expect, it } from 'vitest';
import pack from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const policy = fileURLToPath(new URL('policy.yaml', import.meta.url));

// The pack's meta-test: a docs page per rule whose examples run, message ids used, schema
// descriptions, the docs URL the pack's own, the recommended config built from metadata.
describeRulePack(pack, { packageDir, policy });

describe('@pledge/rules-mailing', () => {
  it('is an ESLint plugin under the pledge-mailing namespace', () => {
    expect(pack.meta.namespace).toBe('pledge-mailing');
    expect(Object.keys(pack.rules)).toEqual(['require-unsubscribe-in-marketing-email']);
    expect(pack.configs.recommended.rules).toEqual({
      'pledge-mailing/require-unsubscribe-in-marketing-email': 'error',
    });
  });

  it('adds the email transports the built-in catalog lacks', () => {
    const ids = (pack.pledge.catalogs.sdks ?? []).map((recipe) => recipe.id);
    expect(ids).toEqual(['nestjs-mailer', 'email-templates']);
  });
});
