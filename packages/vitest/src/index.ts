export {
  canary,
  forgetCanaries,
  registeredCanaries,
  type Canary,
  type CanaryAddress,
  type CanaryCard,
  type CanaryEncoding,
  type CanaryOptions,
} from './canary.js';
export {
  checkSetCookies,
  parseSetCookie,
  setCookieHeaders,
  type CookieProblem,
  type SetCookie,
} from './cookies.js';
export {
  createPledgeGuard,
  isLoopbackHost,
  PledgeNetworkError,
  PledgeViolationError,
  type GuardedRequest,
  type GuardMode,
  type PledgeGuard,
  type PledgeGuardOptions,
  type RequestAnswer,
  type RequestParty,
  type RequestSource,
  type RespondContext,
  type Violation,
} from './guard.js';
export { getPledgeGuard, getPledgeGuardOrThrow, installPledgeGuard } from './install.js';
export {
  installPledgeMatchers,
  pledgeMatchers,
  type CookieMatcherOptions,
  type PledgeMatchers,
} from './matchers.js';
export { scanRequest } from './payload.js';
export { pledge, type PledgePluginOptions, type PledgeProvidedOptions } from './plugin.js';
export {
  getPledgePolicy,
  getPledgePolicyOrThrow,
  resolvePolicy,
  setPledgePolicy,
  type PolicySource,
} from './policy.js';
export {
  describeFinding,
  redact,
  scanText,
  scanValue,
  type Finding,
  type ScanOptions,
} from './scan.js';
