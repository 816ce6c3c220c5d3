import { RuleTester } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { noPiiInLogs } from './rule.js';

const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));

new RuleTester({ policy, pack }).run('no-pii-in-logs', noPiiInLogs, {
  valid: [
    "track('signup_completed');",
    "analytics.track('order_placed', { total: 42, currency: 'EUR' });",
    // Not a listed function.
    'declare const user: { email: string }; console.info(user.email);',
    {
      name: 'another function, through the options',
      code: 'declare const user: { email: string }; track(user.email);',
      options: { functions: ['identify'] },
    },
  ],
  invalid: [
    {
      code: 'declare const user: { email: string }; track(user.email);',
      errors: [{ messageId: 'personalData', line: 1 }],
    },
    {
      code: [
        'declare const form: { phoneNumber: string };',
        'const phone = form.phoneNumber;',
        "analytics.track('lead', { phone });",
      ].join('\n'),
      errors: [{ messageId: 'personalData', line: 3 }],
    },
    {
      name: 'a listed method, through the options',
      code: 'declare const user: { email: string }; segment.identify(user.email);',
      options: { functions: ['identify'] },
      errors: [{ messageId: 'personalData' }],
    },
  ],
});
