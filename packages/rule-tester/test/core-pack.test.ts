import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import { definePack } from '@pledge/core/rules';
import { describeRulePack } from '../src/index.js';

// Pledge's own rules, as a pack, keep the conventions a pack is held to: docs pages whose
// examples run, message ids used, options described.

const corePack = definePack({
  name: '@pledge/core',
  version: '0.0.0',
  coreApi: '^1.0.0',
  namespace: 'pledge',
  rules: Object.values(coreRules),
});

describeRulePack(corePack, {
  packageDir: fileURLToPath(new URL('../../core', import.meta.url)),
  policy: fileURLToPath(new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url)),
});
