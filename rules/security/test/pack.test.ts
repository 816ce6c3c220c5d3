import { fileURLToPath } from 'node:url';
import { describeRulePack } from '@pledge/rule-tester';
import pack from '../src/index.js';

// The pack's meta-test: a docs page per rule, examples that run, message ids used, schema
// descriptions, the recommended config built from rule metadata.
describeRulePack(pack, {
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  policy: fileURLToPath(new URL('policy.yaml', import.meta.url)),
});
