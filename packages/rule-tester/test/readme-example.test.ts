// The README's RuleTester example, run (readme.test.ts keeps the two the same).
import { fileURLToPath } from 'node:url';
import { RuleTester } from '../src/index.js';
import { auditPack as pack } from './audit-pack/src/index.js';
import { noEmailInAuditLog } from './audit-pack/src/rules/no-email-in-audit-log/rule.js';

const POLICY = fileURLToPath(new URL('audit-pack/pledge.policy.yaml', import.meta.url));

const tester = new RuleTester({
  policy: POLICY, // a path, or the policy's YAML text
  pack, // so that the pack's catalog entries (sinks, SDKs, ...) apply
});

tester.run('no-email-in-audit-log', noEmailInAuditLog, {
  valid: [
    `import { auditLog } from '@acme/audit';
auditLog.record('sign-in', user.id);
`,
    {
      name: 'below the configured confidence',
      code: `import { auditLog } from '@acme/audit';
auditLog.record('sign-in', user.email);
`,
      options: { minConfidence: 1 },
    },
  ],
  invalid: [
    {
      code: `import { auditLog } from '@acme/audit';
auditLog.record('sign-in', user.email);
`,
      errors: [
        {
          messageId: 'emailLogged',
          line: 2,
          column: 1,
          data: { sink: 'the audit log' },
          suggestions: [
            {
              messageId: 'suggestRedact',
              output: `import { auditLog } from '@acme/audit';
auditLog.record('sign-in', '[redacted]');
`,
            },
          ],
        },
      ],
    },
  ],
});
