import { cookieAttributes } from './rules/cookie-attributes/rule.js';
import { noUndeclaredThirdPartyScript } from './rules/no-undeclared-third-party-script/rule.js';
import type { PledgeRule } from '@pledge/core/rules';

/** The pack's rules; `pnpm gen rule` adds to this list. */
export const rules: PledgeRule[] = [
  noUndeclaredThirdPartyScript,
  cookieAttributes,
  // rules: generated entries go above this line
];
