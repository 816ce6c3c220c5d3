import { createRequire } from 'node:module';
import { definePack } from '@pledge/core/rules';
import { catalogs } from './catalogs.js';
import { rules } from './rules.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

export { catalogs, rules };

/**
 * Pledge rules for the Security and Log Data promises: personal data stays out of logs, URLs and browser storage.
 * An ESLint plugin (`configs.recommended`) that `pledge scan` loads too.
 */
export default definePack({
  name,
  version,
  namespace: 'pledge-security',
  coreApi: '^1.1.0',
  rules,
  catalogs,
  docsUrl: (id) =>
    `https://github.com/pledge-dev/pledge/blob/main/rules/security/src/rules/${id}/README.md`,
});
