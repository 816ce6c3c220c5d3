import { createRequire } from 'node:module';
import { definePack, type PledgeRule } from '@pledge/core/rules';
import { catalogs } from './catalogs.js';
import { requireUnsubscribeInMarketingEmail } from './rules/require-unsubscribe-in-marketing-email/rule.js';

// The published name and version, as ESLint's cache and `pledge scan` report them.
const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

/** The pack's rules. */
export const rules: readonly PledgeRule[] = [requireUnsubscribeInMarketingEmail];

export { catalogs, requireUnsubscribeInMarketingEmail };

/**
 * Rules for the Mailing List Information promise: every marketing email offers an opt-out.
 * An ESLint plugin (`configs.recommended`) that `pledge scan` loads too.
 */
export default definePack({
  name,
  version,
  coreApi: '^1.0.0',
  rules,
  catalogs,
  docsUrl: (id) =>
    `https://github.com/pledge-dev/pledge/blob/main/rules/mailing/src/rules/${id}/README.md`,
});
