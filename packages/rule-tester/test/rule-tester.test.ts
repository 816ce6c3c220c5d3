import { fileURLToPath } from 'node:url';
import { RuleTester } from '../src/index.js';
import { auditPack } from './audit-pack/src/index.js';
import { noEmailInAuditLog } from './audit-pack/src/rules/no-email-in-audit-log/rule.js';

// The test pack's rule through every front end, typed ESLint included: the pack's sink
// (`auditLog.record` from `@acme/audit`) is only known through the pack's catalogs.

const POLICY_TEXT = `version: 1
organization: Acme, Inc.
document: { url: https://acme.example/privacy, effective: 2024-01-01 }
clauses:
  security: { section: Security }
firstParty: { hosts: [acme.example] }
`;

const POLICY_FILE = fileURLToPath(new URL('audit-pack/pledge.policy.yaml', import.meta.url));

const tester = new RuleTester({
  policy: POLICY_TEXT,
  pack: auditPack,
  frontEnds: ['engine', 'eslint', 'eslint-typed', 'scanner'],
});

tester.run('no-email-in-audit-log', noEmailInAuditLog, {
  valid: [
    `import { auditLog } from '@acme/audit';
export function signIn(user: { id: string }) {
  auditLog.record('sign-in', user.id);
}
`,
    {
      name: 'another logger is not the audit log',
      code: `import { record } from './local-log';
export function signIn(user: { email: string }) {
  record('sign-in', user.email);
}
`,
    },
    {
      name: 'a name-classified address is below the configured confidence',
      code: `import { auditLog } from '@acme/audit';
export function signIn(user: { email: string }) {
  auditLog.record('sign-in', user.email);
}
`,
      options: { minConfidence: 1 },
    },
    {
      name: 'a TSX file',
      filename: 'components/AuditButton.tsx',
      code: `import { auditLog } from '@acme/audit';
export function AuditButton(props: { userId: string }) {
  return <button onClick={() => auditLog.record('click', props.userId)}>Go</button>;
}
`,
    },
  ],
  invalid: [
    {
      name: 'an email address recorded',
      code: `import { auditLog } from '@acme/audit';
export function signIn(user: { id: string; email: string }) {
  auditLog.record('sign-in', user.email);
}
`,
      errors: [
        {
          messageId: 'emailLogged',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 41,
          data: { source: '`user.email`', sink: 'the audit log' },
          suggestions: [
            {
              messageId: 'suggestRedact',
              output: `import { auditLog } from '@acme/audit';
export function signIn(user: { id: string; email: string }) {
  auditLog.record('sign-in', '[redacted]');
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { auditLog } from '@acme/audit';
export function invite(inviteeEmail: string, user: { id: string; email: string }) {
  auditLog.record('invite', { to: inviteeEmail });
  auditLog.record('invite', { from: user.id });
  auditLog.record('invite', user.email);
}
`,
      errors: [
        { messageId: 'emailLogged', line: 3, column: 3 },
        { messageId: 'emailLogged', line: 5, column: 3, data: { sink: 'the audit log' } },
      ],
    },
    {
      // Only type information sees that `account` holds an email address: the engine and
      // untyped ESLint report nothing here, and their tests check that they still differ.
      name: 'a typed object with an email address',
      code: `import { auditLog } from '@acme/audit';
interface Account { id: string; email: string }
export function close(account: Account) {
  auditLog.record('close', JSON.stringify(account));
}
`,
      frontEnds: ['eslint-typed', 'scanner'],
      errors: [{ messageId: 'emailLogged', line: 4, column: 3 }],
    },
    {
      name: 'JavaScript, against a policy file',
      filename: 'audit.mjs',
      policy: POLICY_FILE,
      code: `import { auditLog } from '@acme/audit';
export function invite(inviteeEmail) {
  auditLog.record('invite', inviteeEmail);
}
`,
      errors: [{ messageId: 'emailLogged', line: 3, column: 3 }],
    },
  ],
});
