import { noPiiInClientStorage } from './rules/no-pii-in-client-storage/rule.js';
import { noPiiInUrl } from './rules/no-pii-in-url/rule.js';
import { noPiiInLogs } from './rules/no-pii-in-logs/rule.js';
import type { PledgeRule } from '@pledge/core/rules';

/** The pack's rules; `pnpm gen rule` adds to this list. */
export const rules: PledgeRule[] = [
  noPiiInLogs,
  noPiiInUrl,
  noPiiInClientStorage,
  // rules: generated entries go above this line
];
