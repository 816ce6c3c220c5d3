// The demo app lints itself with Pledge, as a user's project would.
import pledge from '@pledge/eslint-plugin';

export default [{ ignores: ['scripts/**', 'test/**', '*.config.*'] }, pledge.configs.recommended];
