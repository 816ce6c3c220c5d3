// The demo app lints itself with Pledge, as a user's project would: the core rules and every
// first-party pack.
import pledge from '@pledge/eslint-plugin';
import mailing from '@pledge/rules-mailing';
import security from '@pledge/rules-security';
import web from '@pledge/rules-web';

export default [
  { ignores: ['scripts/**', 'test/**', 'dist/**', '*.config.*'] },
  pledge.configs.recommended,
  security.configs.recommended,
  web.configs.recommended,
  mailing.configs.recommended,
];
